/**
 * What the portal content script does on each page. It stays idle on pages it has no business
 * with: sign-in detection is a few DOM queries and stops by itself. The registration portal has its
 * own content script (entrypoints/registration.content).
 */
import type { ContentScriptContext } from '#imports';
import { sendToBackground } from '../platform/messaging.ts';
import { detectSignIn } from './sign-in-detect.ts';
import { watchPageUntil } from './watch-page.ts';
import { startPageHints } from '../hints/start.ts';

/** Portal pages that render their signed-in bar late get this long to show it. */
const SIGN_IN_WATCH_MS = 15_000;

/** Marks the page so a second copy of the script (e.g. after an extension update) stays out. */
export const INJECTED_MARKER = 'data-nhsc-injected';

export function startPortalContent(ctx: ContentScriptContext, win: Window): void {
  if (win.top !== win) return;
  const root = win.document.documentElement;
  root.setAttribute(INJECTED_MARKER, '');
  ctx.onInvalidated(() => root.removeAttribute(INJECTED_MARKER));

  watchPageUntil(ctx, win, {
    forMs: SIGN_IN_WATCH_MS,
    detect: (doc, url) => {
      const verdict = detectSignIn(doc, url);
      return verdict.signedIn ? verdict : undefined;
    },
    onFound: (verdict) =>
      void sendToBackground({
        type: 'content:sign-in-seen',
        pageKind: 'portal-signed-in',
        ...(verdict.account ? { account: verdict.account } : {}),
      }),
  });

  startPageHints(ctx, win);
}
