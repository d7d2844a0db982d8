import { fieldsOf, type Rule, type RuleCitation, type RuleWords } from '../model.ts';
import { normaliseEmail, repeatedIndexes } from '../../../validators.ts';

export const duplicateEmail: Rule = {
  id: 'duplicate-email',
  appliesTo: () => true,
  evaluate(model) {
    const fields = fieldsOf(model, 'email');
    return repeatedIndexes(
      fields.map((f) => f.value),
      normaliseEmail,
    ).map((i) => ({ field: fields[i]!.index, severity: 'error', problem: 'repeated' }));
  },
};

/** What the rule says for each problem; the background sends it, so the content script does not ship it. */
export const words: RuleWords = {
  repeated: 'This email address is already given for another person. Each person needs their own personal address.',
};

/** Where the rule and its wording come from; kept out of the rule object so the content script does not ship it. */
export const citation: RuleCitation = {
  source: [
    { ref: 'S004', note: 'Personal email must be unique per person' },
    { ref: 'https://notts-care-ig.net/nhs-mail/', note: 'Not using unique email addresses and mobile phone numbers' },
  ],
  reviewed: '2026-11-23',
};
