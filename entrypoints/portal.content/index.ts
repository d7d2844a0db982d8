import { defineContentScript } from '#imports';
import { startLayoutReport } from '../../lib/content/layout/main.ts';
import { startPageHints } from '../../lib/content/page-hints/main.ts';
import { startPortalSignIn } from '../../lib/content/sign-in/main.ts';
import { PORTAL_MATCH } from '../../lib/origins.ts';

// Every portal page: notice a signed-in session, show a page hint where one applies, and answer the
// popup's "Copy this page's layout" (a listener only; the report is made when asked). The
// registration portal has its own script (entrypoints/registration.content).
export default defineContentScript({
  matches: [PORTAL_MATCH],
  runAt: 'document_idle',
  main(ctx) {
    startLayoutReport(ctx, window);
    // Off the page's load path: nothing here is urgent, and the page's own work comes first.
    ctx.requestIdleCallback(
      () => {
        startPortalSignIn(ctx, window);
        startPageHints(ctx, window);
      },
      { timeout: 1000 },
    );
  },
});
