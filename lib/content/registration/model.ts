/**
 * Model: the plain data the rules decide on. Built from the collected field records and the page
 * verdicts; it holds values only in memory, for this page, and never goes into a message.
 */
import type { SectorId } from '../../knowledge/sector-ids.ts';
import type { FieldKind, FieldRecord } from './fields.ts';
import type { RegistrationStep } from './detect.ts';

export interface ModelField {
  /** Position in `FormModel.fields`, which is document order. */
  index: number;
  kind: FieldKind;
  value: string;
  group: number;
}

export interface PageModel {
  sector?: SectorId;
  step?: RegistrationStep;
}

export interface FormModel extends PageModel {
  fields: readonly ModelField[];
}

export interface RuleSettings {
  /** True for the check before submitting: empty required answers count then, not while typing. */
  final: boolean;
  /** The sector's ODS format from the knowledge base, when the sector is known. */
  ods?: { pattern: string; confirmed: boolean };
}

export interface Finding {
  ruleId: string;
  /** Index into `FormModel.fields`. */
  field: number;
  /** Errors are listed in the check before submitting; warnings only show beside the field. */
  severity: 'error' | 'warn';
  /** Which of the rule's problems: its key in the rule file's `words`. */
  problem: string;
  /** The rule's words for the problem, as the background sent them (lib/content/registration/words.ts). */
  message: string;
}

/** What a rule returns; `evaluateRules` adds the rule's id and each problem's words. */
export type RuleFinding = Omit<Finding, 'ruleId' | 'message'>;

/** A rule's words for each of its problems (rule files export them beside the rule as `words`). */
export type RuleWords = Readonly<Record<string, string>>;

export interface RuleSource {
  ref: string;
  note?: string;
}

/** One hint = one rule object in one file under lib/content/registration/rules (docs/decisions.md H2). */
export interface Rule {
  /** kebab-case, equal to the file name. */
  id: string;
  appliesTo(page: PageModel): boolean;
  evaluate(model: FormModel, settings: RuleSettings): RuleFinding[];
}

/**
 * Each rule file also exports `citation`: the sources and the date its wording was last compared with its source
 * (docs/sources.md), and `words`: what it says for each problem. Both stay out of the rule object, so the content
 * script ships neither; the background sends the words (lib/content/registration/words.ts).
 */
export interface RuleCitation {
  source: readonly RuleSource[];
  reviewed: string;
}

export function buildModel(page: PageModel, records: readonly Pick<FieldRecord, 'kind' | 'el' | 'group'>[]): FormModel {
  return {
    ...page,
    fields: records.map((r, index) => ({ index, kind: r.kind, value: r.el.value, group: r.group })),
  };
}

export function fieldsOf(model: FormModel, kind: FieldKind): readonly ModelField[] {
  return model.fields.filter((f) => f.kind === kind);
}

/** Helper for the common shape "each field of a kind, checked alone". */
export function eachField(
  model: FormModel,
  kind: FieldKind,
  check: (field: ModelField) => Pick<Finding, 'severity' | 'problem'> | undefined,
): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const field of fieldsOf(model, kind)) {
    const finding = check(field);
    if (finding) out.push({ ...finding, field: field.index });
  }
  return out;
}
