/**
 * The projection of lib/knowledge that the registration content script needs: ids, names, ODS
 * formats and checklist wording. The background computes it from the knowledge base (the only
 * source of facts) and sends it with `content:get-page-context`, so the portal bundle carries no
 * knowledge data, sources or zod (docs/decisions.md Budgets: portal script ≤ 15 KB gz).
 */
import type { SectorId } from '../../knowledge/sector-ids.ts';

export interface SlicedSector {
  id: SectorId;
  name: string;
  ods: { pattern: string; confirmed: boolean; hint: string };
}

export interface SlicedChecklistItem {
  id: string;
  sectorIds: readonly SectorId[];
  step: string;
  label: string;
  detail: string;
  severity: 'must' | 'advice';
  link?: { url: string; text: string };
}

interface SectorLike {
  id: SectorId;
  name: string;
  ods: { pattern: string; confirmed: boolean; hint: string };
}
interface ItemLike {
  id: string;
  sectorIds: readonly SectorId[];
  step: string;
  label: string;
  detail: string;
  severity: 'must' | 'advice';
  link?: { url: string; text: string } | undefined;
}

export function sliceSectors(sectors: readonly SectorLike[]): SlicedSector[] {
  return sectors.map((s) => ({
    id: s.id,
    name: s.name,
    ods: { pattern: s.ods.pattern, confirmed: s.ods.confirmed, hint: s.ods.hint },
  }));
}

export function sliceChecklist(items: readonly ItemLike[]): SlicedChecklistItem[] {
  return items.map((i) => ({
    id: i.id,
    sectorIds: [...i.sectorIds],
    step: i.step,
    label: i.label,
    detail: i.detail,
    severity: i.severity,
    ...(i.link ? { link: { url: i.link.url, text: i.link.text } } : {}),
  }));
}

export interface RegistrationKnowledge {
  steps: readonly string[];
  sectors: readonly SlicedSector[];
  checklist: readonly SlicedChecklistItem[];
}

export function projectRegistrationKnowledge(
  sectors: readonly SectorLike[],
  items: readonly ItemLike[],
  steps: readonly string[],
): RegistrationKnowledge {
  return { steps: [...steps], sectors: sliceSectors(sectors), checklist: sliceChecklist(items) };
}
