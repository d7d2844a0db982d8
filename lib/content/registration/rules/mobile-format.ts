import { eachField, type Rule, type RuleCitation, type RuleWords } from '../model.ts';
import { checkMobile, MOBILE_MESSAGES } from '../../../validators.ts';

export const mobileFormat: Rule = {
  id: 'mobile-format',
  appliesTo: () => true,
  evaluate: (model) =>
    eachField(model, 'mobile', (f) => {
      const r = checkMobile(f.value);
      return r.ok || r.problem === 'empty' ? undefined : { severity: 'error', problem: r.problem };
    }),
};

/** What the rule says for each problem: the validators' words, as wherever a mobile is checked; sent by the background. */
export const words: RuleWords = MOBILE_MESSAGES;

/** Where the rule and its wording come from; kept out of the rule object so the content script does not ship it. */
export const citation: RuleCitation = {
  source: [
    { ref: 'S004', note: "new user's mobile phone number (must start '07')" },
    {
      ref: 'https://support.nhs.net/knowledge-base/local-organisation-to-national-administration-service-nas-transfer-process/',
      note: 'UK mobile',
    },
  ],
  reviewed: '2026-11-23',
};
