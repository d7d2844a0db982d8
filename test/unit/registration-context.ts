/**
 * The background's answer to content:get-page-context on a registration page, for tests that start the
 * registration script without a background: the real registration knowledge and wording, default settings.
 */
import { projectRegistrationKnowledge } from '../../lib/content/kit/registration-facts.ts';
import { registrationWords } from '../../lib/content/registration/words.ts';
import { CHECKLIST_ITEMS } from '../../lib/knowledge/checklists.ts';
import { CHECKLIST_STEPS } from '../../lib/knowledge/schema.ts';
import { SECTORS } from '../../lib/knowledge/sectors.ts';

export const registration = projectRegistrationKnowledge(SECTORS, CHECKLIST_ITEMS, CHECKLIST_STEPS);
export const words = registrationWords(registration);

export const pageContextAnswer = () => ({
  ok: true,
  data: {
    settings: { hintsEnabled: true },
    ticks: {},
    dismissedHints: [],
    registration,
    registrationWords: words,
  },
});
