import { defineContentScript } from '#imports';
import { REGISTRATION_MATCHES } from '../../lib/origins.ts';
import { startRegistrationContent } from '../../lib/content/registration/main.ts';

// A separate script from portal.content so that ordinary portal pages never load the registration
// checklist, hints and dialog (content-script budget, docs/decisions.md Budgets).
export default defineContentScript({
  matches: REGISTRATION_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startRegistrationContent(ctx, window);
  },
});
