import { defineContentScript } from '#imports';
import { startRegistrationContent } from '../../lib/portal/registration.ts';

// A separate script from portal.content so that ordinary portal pages never load the registration
// checklist, hints and dialog (content-script budget, ENGINEERING.md).
export default defineContentScript({
  matches: ['https://portal.nhs.net/Registration*', 'https://portal.nhs.net/registration*'],
  runAt: 'document_idle',
  main(ctx) {
    startRegistrationContent(ctx, window);
  },
});
