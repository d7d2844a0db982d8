/**
 * What the portal content script does on each page. It stays idle on pages it has no business
 * with: sign-in detection is a few DOM queries and stops by itself; registration and page hints
 * start only where their page detectors say so.
 */
import type { ContentScriptContext } from '#imports';
import { sendToBackground } from '../platform/messaging.ts';
import { watchForSignIn } from './sign-in-watch.ts';

/** Marks the page so a second copy of the script (e.g. after an extension update) stays out. */
export const INJECTED_MARKER = 'data-nhsc-injected';

export function startPortalContent(ctx: ContentScriptContext, win: Window): void {
  if (win.top !== win) return;
  const root = win.document.documentElement;
  if (root.hasAttribute(INJECTED_MARKER)) root.removeAttribute(INJECTED_MARKER);
  root.setAttribute(INJECTED_MARKER, '');
  ctx.onInvalidated(() => root.removeAttribute(INJECTED_MARKER));

  watchForSignIn(ctx, win, (verdict) => {
    void sendToBackground({
      type: 'content:sign-in-seen',
      pageKind: 'portal-signed-in',
      ...(verdict.account ? { account: verdict.account } : {}),
    });
  });
}
