import { eachField, type Rule, type RuleCitation } from '../model.ts';
import { checkPersonalEmail, EMAIL_FORMAT_MESSAGE } from '../../../validators.ts';

export const NHS_NET_MESSAGE =
  'This is an @nhs.net address, so this person may already have an NHSmail account. Registering them again makes a duplicate: if unsure, ask before applying. Otherwise give their personal email address.';

export const personalEmail: Rule = {
  id: 'personal-email',
  appliesTo: () => true,
  evaluate: (model) =>
    eachField(
      model,
      'email',
      (f) => {
        const r = checkPersonalEmail(f.value);
        if (r.ok || r.problem === 'empty') return undefined;
        if (r.problem === 'nhs-net') return { severity: 'error', message: NHS_NET_MESSAGE };
        return { severity: 'error', message: EMAIL_FORMAT_MESSAGE };
      },
      'personal-email',
    ),
};

/** Where the rule and its wording come from; kept out of the rule object so the content script does not ship it. */
export const citation: RuleCitation = {
  source: [
    { ref: 'S004', note: 'Existing NHSmail users must not be entered; personal, non-NHS email' },
    { ref: 'https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/' },
  ],
  reviewed: '2026-11-23',
};
