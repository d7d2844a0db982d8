/**
 * The sector's checklist from the knowledge base (as projected by the background, in the order of
 * checklistForSector), as the panel shows it, and the decision the
 * check before submitting makes: which must-do items are unticked and which fields fail.
 */
import type { SectorId } from '../../knowledge/sector-ids.ts';
import type { FieldKind } from './fields.ts';
import type { RegistrationKnowledge } from '../kit/registration-facts.ts';
import type { Finding, FormModel } from './model.ts';
import type { RegistrationWords } from './words.ts';

/**
 * How the form itself answers an item: its fields are there and valid ("met"), there with a
 * problem ("problem"), or not on this page ("elsewhere"). Items the form cannot prove have none
 * and are ticked by the person.
 */
export type Proof = 'met' | 'problem' | 'elsewhere';

export interface ChecklistEntry {
  id: string;
  label: string;
  detail: string;
  must: boolean;
  step: string;
  link?: { url: string; text: string };
  proof?: Proof;
}

/**
 * The kind of field that proves an item, for the items the form proves: the background says which
 * with its checklist (`proved-by/item-id`, lib/content/registration/words.ts PROVED_BY).
 */
const provedBy = (words: RegistrationWords, itemId: string) => words[`proved-by/${itemId}`] as FieldKind | undefined;

/** Each proved item's state on this form, from the final check's findings. */
export function withProof(
  items: readonly ChecklistEntry[],
  model: FormModel,
  final: readonly Finding[],
  words: RegistrationWords,
): ChecklistEntry[] {
  return items.map((item) => {
    const kind = provedBy(words, item.id);
    if (!kind) return item;
    const fields = model.fields.filter((f) => f.kind === kind);
    const bad = fields.some((f) => final.some((x) => x.field === f.index && x.severity === 'error'));
    const proof: Proof = !fields.length ? 'elsewhere' : bad || !fields.some((f) => f.value.trim()) ? 'problem' : 'met';
    return { ...item, proof };
  });
}

/** Must-do items not done yet: unticked ones the person confirms, proved ones with a problem. */
export function leftToDo(items: readonly ChecklistEntry[], ticked: ReadonlySet<string>): number {
  return items.filter((i) => i.must && (i.proof ? i.proof === 'problem' : !ticked.has(i.id))).length;
}

/**
 * Items for a sector, as the background sent them with `must` for the panel. A link with words for
 * when the ODS code is known (`code-link/item-id`, the DSPT search) goes straight to the
 * organisation then: its address with the code after it (docs/sources.md §4.3).
 */
export function checklistEntries(
  k: RegistrationKnowledge,
  words: RegistrationWords,
  sector: SectorId,
  odsCode?: string,
): ChecklistEntry[] {
  const items = k.steps.flatMap((step) => k.checklist.filter((i) => i.step === step && i.sectorIds.includes(sector)));
  return items.map((item) => {
    let link = item.link;
    const byCode = words[`code-link/${item.id}`];
    if (link && byCode && odsCode && /^[A-Z0-9]{1,9}$/.test(odsCode)) {
      link = { url: `${link.url}/${odsCode}`, text: byCode.replace('{code}', odsCode) };
    }
    return { ...item, must: item.severity === 'must', ...(link ? { link } : {}) };
  });
}

export type Unmet = { kind: 'field'; field: number; text: string } | { kind: 'item'; itemId: string; text: string };

/**
 * The check before submitting, each unmet thing once: first the must-do items only the person can
 * confirm (unticked), then the fields the form shows wrong. Items the form proves are never listed
 * as items — a wrong or missing field is listed as that field, once.
 */
export function unmetBeforeSubmit(
  model: FormModel,
  findings: readonly Finding[],
  items: readonly ChecklistEntry[],
  ticked: ReadonlySet<string>,
  words: RegistrationWords,
): Unmet[] {
  const out: Unmet[] = [];
  for (const item of items) {
    if (item.must && !item.proof && !provedBy(words, item.id) && !ticked.has(item.id))
      out.push({ kind: 'item', itemId: item.id, text: `Not ticked: ${item.label}.` });
  }
  const seen = new Set<number>();
  for (const f of findings) {
    if (f.severity !== 'error' || seen.has(f.field)) continue;
    seen.add(f.field);
    const field = model.fields[f.field];
    if (!field) continue;
    const same = model.fields.filter((x) => x.kind === field.kind);
    const who = same.length > 1 ? ` (${same.indexOf(field) + 1} of ${same.length})` : '';
    out.push({ kind: 'field', field: f.field, text: `${words[`field/${field.kind}`]}${who}: ${f.message}` });
  }
  return out;
}
