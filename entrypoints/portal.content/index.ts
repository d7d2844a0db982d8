import { defineContentScript } from '#imports';
import { startLayoutReport } from '../../lib/content/layout/main.ts';
import { HINT_WATCH_MS, pageHintReader } from '../../lib/content/page-hints/main.ts';
import { portalSignInReader } from '../../lib/content/sign-in/main.ts';
import { sharePageLooks } from '../../lib/content/kit/page-watch.ts';
import { PORTAL_MATCH } from '../../lib/origins.ts';

// Every portal page: notice a signed-in session, show a page hint where one applies, and answer the
// popup's "Copy this page's layout" (a listener only; the report is made when asked). The
// registration portal has its own script (entrypoints/registration.content).
export default defineContentScript({
  matches: [PORTAL_MATCH],
  runAt: 'document_idle',
  main(ctx) {
    startLayoutReport(ctx, window);
    // Off the page's load path: nothing here is urgent, and the page's own work comes first. Sign-in
    // detection and the page hints share each look at the page (docs/decisions.md D29).
    ctx.requestIdleCallback(
      () => sharePageLooks(ctx, window, HINT_WATCH_MS, [portalSignInReader(ctx, window), pageHintReader(ctx, window)]),
      { timeout: 1000 },
    );
  },
});
