import { fieldsOf, type Rule, type RuleCitation, type RuleWords } from '../model.ts';
import { checkMobile, repeatedIndexes } from '../../../validators.ts';

export const duplicateMobile: Rule = {
  id: 'duplicate-mobile',
  appliesTo: () => true,
  evaluate(model) {
    const fields = fieldsOf(model, 'mobile');
    const values = fields.map((f) => {
      const r = checkMobile(f.value);
      return r.ok ? r.value : '';
    });
    return repeatedIndexes(values, String).map((i) => ({
      field: fields[i]!.index,
      severity: 'error',
      problem: 'repeated',
    }));
  },
};

/** What the rule says for each problem; the background sends it, so the content script does not ship it. */
export const words: RuleWords = {
  repeated:
    'This mobile number is already given for another person. Each person needs their own; it can be used only once.',
};

/** Where the rule and its wording come from; kept out of the rule object so the content script does not ship it. */
export const citation: RuleCitation = {
  source: [
    { ref: 'S004', note: 'only used once within the registration portal' },
    { ref: 'https://notts-care-ig.net/nhs-mail/', note: 'Not using unique email addresses and mobile phone numbers' },
  ],
  reviewed: '2026-11-23',
};
