import { eachField, type Rule, type RuleCitation, type RuleWords } from '../model.ts';
import { checkCqcContactId } from '../../../validators.ts';

export const cqcContactId: Rule = {
  id: 'cqc-contact-id',
  appliesTo: (page) => page.sector !== 'optometry' && page.sector !== 'gp-locum',
  evaluate: (model) =>
    eachField(model, 'cqc-contact', (f) => {
      const r = checkCqcContactId(f.value);
      return r.ok || r.problem === 'empty' ? undefined : { severity: 'warn', problem: 'format' };
    }),
};

/** What the rule says for each problem; the background sends it, so the content script does not ship it. */
export const words: RuleWords = {
  format:
    "CQC Contact IDs usually look like 1-xxxxxx or CON1-xxxxxx. It is the Registered Manager's ID on their certificate.",
};

/** Where the rule and its wording come from; kept out of the rule object so the content script does not ship it. */
export const citation: RuleCitation = {
  source: [
    { ref: 'https://support.nhs.net/?p=710' },
    { ref: 'https://support.nhs.net/knowledge-base/registration-routes' },
  ],
  reviewed: '2026-11-23',
};
