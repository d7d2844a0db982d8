import { defineContentScript } from '#imports';
import { startOutlookSignIn } from '../lib/content/sign-in/main.ts';
import { startSecureEmailHint } from '../lib/content/secure-email/main.ts';

// Registered at run time by lib/background/outlook-registration.ts once the user grants the optional
// Outlook hosts; `matches` stays empty so the hosts never become required permissions.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    // Off the page's load path: nothing here is urgent, and the page's own work comes first.
    ctx.requestIdleCallback(
      () => {
        startOutlookSignIn(ctx, window);
        // The secure-email hint in the compose pane (lib/content/secure-email/main.ts).
        startSecureEmailHint(ctx, window);
      },
      { timeout: 1000 },
    );
  },
});
