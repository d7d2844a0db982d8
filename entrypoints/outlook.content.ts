import { defineContentScript } from '#imports';
import { startOutlookContent } from '../lib/outlook/main.ts';

// Registered at run time by lib/platform/outlook-registration.ts once the user grants the optional
// Outlook hosts; `matches` stays empty so the hosts never become required permissions.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    // Off the page's load path: nothing here is urgent, and the page's own work comes first.
    ctx.requestIdleCallback(() => startOutlookContent(ctx, window), { timeout: 1000 });
  },
});
