import { eachField, type Rule, type RuleCitation, type RuleWords } from '../model.ts';
import { checkPersonalEmail, EMAIL_FORMAT_MESSAGE } from '../../../validators.ts';

export const personalEmail: Rule = {
  id: 'personal-email',
  appliesTo: () => true,
  evaluate: (model) =>
    eachField(model, 'email', (f) => {
      const r = checkPersonalEmail(f.value);
      return r.ok || r.problem === 'empty' ? undefined : { severity: 'error', problem: r.problem };
    }),
};

/** What the rule says for each problem; the background sends it, so the content script does not ship it. */
export const words: RuleWords = {
  'nhs-net':
    'This is an @nhs.net address, so this person may already have an NHSmail account. Registering them again makes a duplicate: if unsure, ask before applying. Otherwise give their personal email address.',
  format: EMAIL_FORMAT_MESSAGE,
};

/** Where the rule and its wording come from; kept out of the rule object so the content script does not ship it. */
export const citation: RuleCitation = {
  source: [
    { ref: 'S004', note: 'Existing NHSmail users must not be entered; personal, non-NHS email' },
    { ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/' },
  ],
  reviewed: '2026-11-23',
};
