import { eachField, type Rule, type RuleCitation, type RuleWords } from '../model.ts';
import { checkOds, odsMessage } from '../../../validators.ts';
import type { SlicedSector } from '../../kit/registration-facts.ts';

/**
 * The ODS code against the sector's format. Where the knowledge base marks the format unconfirmed
 * (optometry), the hint is a warning only and never appears in the check before submitting.
 */
export const odsFormat: Rule = {
  id: 'ods-format',
  appliesTo: (page) => page.sector !== undefined,
  evaluate(model, settings) {
    if (!settings.ods) return [];
    const { ods } = settings;
    return eachField(model, 'ods', (f) => {
      const check = checkOds(f.value, ods);
      if (check.kind === 'characters') return { severity: 'error', problem: 'characters' };
      if (check.kind === 'format') return { severity: 'error', problem: `format/${model.sector}` };
      if (check.kind === 'unconfirmed-format')
        return { severity: 'warn', problem: `unconfirmed-format/${model.sector}` };
      return undefined;
    });
  },
};

/** What the rule says: a format's words name the sector and repeat its hint, so there are some for each sector. */
export function wordsFor(sectors: readonly SlicedSector[]): RuleWords {
  const out: Record<string, string> = { characters: odsMessage({ kind: 'characters' })! };
  for (const s of sectors) {
    const sector = { name: s.name, hint: s.ods.hint };
    out[`format/${s.id}`] = odsMessage({ kind: 'format', code: '' }, sector)!;
    out[`unconfirmed-format/${s.id}`] = odsMessage({ kind: 'unconfirmed-format', code: '' }, sector)!;
  }
  return out;
}

/** Where the rule and its wording come from; kept out of the rule object so the content script does not ship it. */
export const citation: RuleCitation = {
  source: [
    {
      ref: 'https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services',
      note: 'Formats per sector in lib/knowledge/sectors.ts',
    },
  ],
  reviewed: '2026-11-23',
};
