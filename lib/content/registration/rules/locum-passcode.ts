import { eachField, type Rule, type RuleCitation, type RuleWords } from '../model.ts';
import { checkLocumPasscode } from '../../../validators.ts';

export const locumPasscode: Rule = {
  id: 'locum-passcode',
  appliesTo: (page) => page.sector === 'gp-locum',
  evaluate: (model, settings) =>
    eachField(model, 'otp', (f) => {
      const r = checkLocumPasscode(f.value);
      if (r.ok || (r.problem === 'empty' && !settings.final)) return undefined;
      return { severity: 'error', problem: 'format' };
    }),
};

/** What the rule says for each problem; the background sends it, so the content script does not ship it. */
export const words: RuleWords = {
  format: 'Enter the 6-digit individual one-time passcode from the email that invited you to register.',
};

/** Where the rule and its wording come from; kept out of the rule object so the content script does not ship it. */
export const citation: RuleCitation = {
  source: [
    {
      ref: 'https://support.nhs.net/knowledge-base/registering-gp-locums/',
      note: 'a 6-digit figure sent with your email invitation',
    },
  ],
  reviewed: '2026-11-23',
};
