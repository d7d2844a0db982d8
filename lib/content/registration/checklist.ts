/**
 * The sector's checklist from the knowledge base (as projected by the background, in the order of
 * checklistForSector), as the panel shows it, and the decision the
 * check before submitting makes: which must-do items are unticked and which fields fail.
 */
import type { SectorId } from '../../knowledge/sector-ids.ts';
import type { FieldKind } from './fields.ts';
import type { RegistrationKnowledge } from '../kit/registration-facts.ts';
import type { Finding, FormModel } from './model.ts';

export interface ChecklistEntry {
  id: string;
  label: string;
  detail: string;
  must: boolean;
  step: string;
  link?: { url: string; text: string };
}

const DSPT_SEARCH = 'https://www.dsptoolkit.nhs.uk/OrganisationSearch';

/** Items for a sector; the DSPT link goes straight to the organisation when the ODS code is known (docs/sources.md §4.3). */
export function checklistEntries(k: RegistrationKnowledge, sector: SectorId, odsCode?: string): ChecklistEntry[] {
  const items = k.steps.flatMap((step) => k.checklist.filter((i) => i.step === step && i.sectorIds.includes(sector)));
  return items.map((item) => {
    let link = item.link;
    if (link && link.url === DSPT_SEARCH && odsCode && /^[A-Z0-9]{1,9}$/.test(odsCode)) {
      link = { url: `${DSPT_SEARCH}/${odsCode}`, text: `Check ${odsCode} on the DSPT website` };
    }
    return {
      id: item.id,
      label: item.label,
      detail: item.detail,
      must: item.severity === 'must',
      step: item.step,
      ...(link ? { link } : {}),
    };
  });
}

export const FIELD_NAMES: Record<FieldKind, string> = {
  ods: 'ODS code',
  mobile: 'Mobile number',
  email: 'Personal email address',
  'auth-code': 'Authentication code',
  otp: 'One-time passcode',
  'cqc-location': 'CQC Location ID',
  'cqc-contact': 'CQC Contact ID',
};

export type Unmet = { kind: 'field'; field: number; text: string } | { kind: 'item'; itemId: string; text: string };

/** Field errors first (they are in the form the person is looking at), then unticked must-do items. */
export function unmetBeforeSubmit(
  model: FormModel,
  findings: readonly Finding[],
  items: readonly ChecklistEntry[],
  ticked: ReadonlySet<string>,
): Unmet[] {
  const out: Unmet[] = [];
  const seen = new Set<number>();
  for (const f of findings) {
    if (f.severity !== 'error' || seen.has(f.field)) continue;
    seen.add(f.field);
    const field = model.fields[f.field];
    if (!field) continue;
    const same = model.fields.filter((x) => x.kind === field.kind);
    const who = same.length > 1 ? ` (${same.indexOf(field) + 1} of ${same.length})` : '';
    out.push({ kind: 'field', field: f.field, text: `${FIELD_NAMES[field.kind]}${who}: ${f.message}` });
  }
  for (const item of items) {
    if (item.must && !ticked.has(item.id))
      out.push({ kind: 'item', itemId: item.id, text: `Not ticked: ${item.label}.` });
  }
  return out;
}
