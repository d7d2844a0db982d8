import { defineContentScript } from '#imports';
import { startPortalContent } from '../../lib/portal/main.ts';

export default defineContentScript({
  matches: ['https://portal.nhs.net/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPortalContent(ctx, window);
  },
});
