import { eachField, type Rule, type RuleCitation, type RuleWords } from '../model.ts';
import { checkPresent } from '../../../validators.ts';

export const authCodePresent: Rule = {
  id: 'auth-code-present',
  // Only optometry applications use the NHSBSA code (docs/sources.md §4.6).
  appliesTo: (page) => page.sector === 'optometry',
  evaluate: (model, settings) =>
    settings.final
      ? eachField(model, 'auth-code', (f) =>
          checkPresent(f.value).ok ? undefined : { severity: 'error', problem: 'empty' },
        )
      : [],
};

/** What the rule says for each problem; the background sends it, so the content script does not ship it. */
export const words: RuleWords = {
  empty: 'Enter the NHSBSA authentication code. Without it the application is not processed.',
};

/** Where the rule and its wording come from; kept out of the rule object so the content script does not ship it. */
export const citation: RuleCitation = {
  source: [{ ref: 'S002', note: 'the application will not be processed' }, { ref: 'S001' }, { ref: 'S003' }],
  reviewed: '2026-11-23',
};
