/** What the injected UI shows: plain data handed down from lib/content/registration/main.ts. */
import type { SectorId } from '../../../knowledge/sector-ids.ts';
import type { ChecklistEntry } from '../checklist.ts';
import type { RegistrationWords } from '../words.ts';

/** A checklist item as the panel shows it: the same record the checklist logic produces. */
export type PanelItem = ChecklistEntry;

export interface PanelView {
  sector?: SectorId;
  /** True when the sector came from the address or the page; false shows the question. */
  sectorKnown: boolean;
  sectors: readonly { id: SectorId; name: string }[];
  items: readonly PanelItem[];
  ticked: ReadonlySet<string>;
  /** Must-do items not done yet (unticked, or proved with a problem). */
  left: number;
  step?: string;
  collapsed: boolean;
  /** The layout report being shown, before anything is copied. */
  layout?: { report: string; status?: 'copied' | 'refused' };
  /** The background's words (the step headings); none before its reply. */
  words: RegistrationWords;
}

export interface PanelActions {
  onSector(id: SectorId | undefined): void;
  onTick(itemId: string, ticked: boolean): void;
  onClear(): void;
  onCollapse(collapsed: boolean): void;
  onHide(): void;
  /** Show this page's layout report (nothing is copied yet). */
  onLayout(): void;
  /** Copy the report shown, from the person's click. */
  onCopyLayout(): void;
  onCloseLayout(): void;
}

export interface Problem {
  text: string;
}

export interface HintView {
  ruleId: string;
  message: string;
  severity: 'error' | 'warn';
}

export interface HintActions {
  onNotNow(ruleId: string): void;
  onNever(ruleId: string): void;
  onWrong(ruleId: string): void;
}
