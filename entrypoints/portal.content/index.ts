import { defineContentScript } from '#imports';
import { startPortalContent } from '../../lib/portal/main.ts';

export default defineContentScript({
  matches: ['https://portal.nhs.net/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Off the page's load path: nothing here is urgent, and the page's own work comes first.
    ctx.requestIdleCallback(() => startPortalContent(ctx, window), { timeout: 1000 });
  },
});
