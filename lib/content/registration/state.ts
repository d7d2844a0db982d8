/**
 * State: what the registration script knows about this page (the person's settings and ticks from
 * the background, the form and its recognised fields, sector and step) and what it derives from
 * that — the model, the rules' findings, the checklist and the check before submitting. No DOM
 * writes and no browser API: the controller (main.ts) changes it, the view (render.ts) reads it.
 */
import type { SectorId } from '../../knowledge/sector-ids.ts';
import type { PageContext } from '../../protocol.ts';
import { normaliseOds } from '../../validators.ts';
import type { RegistrationKnowledge } from '../kit/registration-facts.ts';
import { checklistEntries, unmetBeforeSubmit, withProof, type ChecklistEntry, type Unmet } from './checklist.ts';
import { stepFromText, type RegistrationStep } from './detect.ts';
import type { FieldRecord } from './fields.ts';
import { buildModel, type Finding, type FormModel } from './model.ts';
import { evaluateRules } from './rules/registry.ts';
import type { RegistrationWords } from './words.ts';

export type RegistrationContext = PageContext & { registration?: RegistrationKnowledge };

/** The words the background sent; none before its reply. */
export const wordsOf = (s: RegistrationState): RegistrationWords => s.context.registrationWords ?? {};

export interface RegistrationState {
  context: RegistrationContext;
  /** The sector the person chose in the panel, when the page does not say. */
  chosen?: SectorId;
  collapsed: boolean;
  /** "Hide on this page", or the context went away. */
  hidden: boolean;
  /** Hints dismissed with "Not now": for this page only. */
  notNow: Set<string>;
  /** Fields (by stable key) the person has left, or tried to submit: only these show hints. */
  touched: Set<string>;
  /** The form, or the form-like area of an app with no <form>. */
  form?: Element;
  records: FieldRecord[];
  /** Open shadow roots found so far: searched for fields and observed like the page. */
  roots: ShadowRoot[];
  /** True when the sector came from the address or the page's headings. */
  sectorKnown: boolean;
  detected?: SectorId;
  /** The text of the headings of the form's own area, then of the whole page: the step is read from them. */
  headings: readonly string[];
  /** "Copy this page's layout": the report shown to the person, and what happened when copying. */
  layout?: { report: string; status?: 'copied' | 'refused' };
}

export function createState(): RegistrationState {
  return {
    context: { settings: { hintsEnabled: true }, ticks: {}, dismissedHints: [] },
    collapsed: true,
    hidden: false,
    notNow: new Set(),
    touched: new Set(),
    records: [],
    roots: [],
    sectorKnown: false,
    headings: [],
  };
}

export const sectorOf = (s: RegistrationState): SectorId | undefined =>
  s.detected ?? s.chosen ?? s.context.settings.sector;

export function tickedOf(s: RegistrationState): Set<string> {
  const sector = sectorOf(s);
  return new Set(sector ? (s.context.ticks[sector] ?? []) : []);
}

/** The step the headings name, the form's own area first; none before the background's words. */
export function stepOf(s: RegistrationState): RegistrationStep | undefined {
  const steps = s.context.registration?.steps ?? [];
  for (const text of s.headings) {
    const step = stepFromText(text, steps, wordsOf(s));
    if (step) return step;
  }
  return undefined;
}

export const modelOf = (s: RegistrationState): FormModel =>
  buildModel({ sector: sectorOf(s), step: stepOf(s) }, s.records);

const odsRule = (s: RegistrationState) => s.context.registration?.sectors.find((x) => x.id === sectorOf(s))?.ods;

export function findingsOf(s: RegistrationState, m: FormModel, final: boolean): Finding[] {
  if (!s.context.settings.hintsEnabled) return [];
  const ods = odsRule(s);
  const dismissed = new Set([...s.notNow, ...s.context.dismissedHints]);
  return evaluateRules(m, { final, ...(ods ? { ods } : {}) }, wordsOf(s), dismissed);
}

function odsCode(s: RegistrationState, m: FormModel): string | undefined {
  const typed = m.fields.find((f) => f.kind === 'ods' && f.value.trim());
  return typed ? normaliseOds(typed.value) : s.context.settings.odsCode;
}

/** The sector's checklist, with what the form itself proves (from the final check's findings). */
export function itemsOf(s: RegistrationState, m: FormModel, final = findingsOf(s, m, true)): ChecklistEntry[] {
  const sector = sectorOf(s);
  const items =
    sector && s.context.registration ? checklistEntries(s.context.registration, wordsOf(s), sector, odsCode(s, m)) : [];
  return withProof(items, m, final, wordsOf(s));
}

/** The check before submitting, on the fields as they are now. */
export function unmetOf(s: RegistrationState): Unmet[] {
  const m = modelOf(s);
  const final = findingsOf(s, m, true);
  return unmetBeforeSubmit(m, final, itemsOf(s, m, final), tickedOf(s), wordsOf(s));
}
