import { eachField, type Rule, type RuleCitation } from '../model.ts';
import { checkOds } from '../../../validators.ts';

/**
 * The ODS code against the sector's format. Where the knowledge base marks the format unconfirmed
 * (optometry), the hint is a warning only and never appears in the check before submitting.
 */
export const odsFormat: Rule = {
  id: 'ods-format',
  appliesTo: (page) => page.sector !== undefined,
  evaluate(model, settings) {
    if (!settings.ods) return [];
    const { pattern, confirmed, hint } = settings.ods;
    return eachField(
      model,
      'ods',
      (f) => {
        const r = checkOds(f.value, pattern);
        if (r.ok || r.problem === 'empty') return undefined;
        return confirmed
          ? { severity: 'error', message: `This does not look like the right ODS code. ${hint}` }
          : { severity: 'warn', message: `Check this ODS code. ${hint}` };
      },
      'ods-format',
    );
  },
};

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
