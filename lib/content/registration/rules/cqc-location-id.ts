import { eachField, type Rule, type RuleCitation, type RuleWords } from '../model.ts';
import { checkCqcLocationId } from '../../../validators.ts';

export const cqcLocationId: Rule = {
  id: 'cqc-location-id',
  appliesTo: (page) => page.sector !== 'optometry' && page.sector !== 'gp-locum',
  evaluate: (model) =>
    eachField(model, 'cqc-location', (f) =>
      checkCqcLocationId(f.value).ok || !f.value.trim() ? undefined : { severity: 'error', problem: 'contact-id' },
    ),
};

/** What the rule says for each problem; the background sends it, so the content script does not ship it. */
export const words: RuleWords = {
  'contact-id':
    'This looks like a CQC Contact ID. The CQC Location ID is for the site, and is not the CQC Provider ID.',
};

/** Where the rule and its wording come from; kept out of the rule object so the content script does not ship it. */
export const citation: RuleCitation = {
  source: [
    { ref: 'https://support.nhs.net/knowledge-base/registration-routes' },
    { ref: 'https://support.nhs.net/?p=710' },
  ],
  reviewed: '2026-11-23',
};
