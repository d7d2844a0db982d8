import { eachField, type Rule, type RuleCitation } from '../model.ts';
import { checkOds, odsMessage } from '../../../validators.ts';

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
    return eachField(
      model,
      'ods',
      (f) => {
        const check = checkOds(f.value, ods);
        const message = odsMessage(check, { hint: ods.hint, ...(ods.sectorName ? { name: ods.sectorName } : {}) });
        if (!message) return undefined;
        return { severity: check.kind === 'unconfirmed-format' ? 'warn' : 'error', message };
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
