/**
 * Watches a portal page for a signed-in session and reports it once per page view. Portal pages
 * may render late (single-page app), so we look again on DOM changes, debounced, for a short while,
 * then stop: no observer is left running on a page with nothing to do.
 */
import type { ContentScriptContext } from '#imports';
import { detectSignIn, type SignInVerdict } from './sign-in-detect.ts';

export const WATCH_FOR_MS = 15_000;
const DEBOUNCE_MS = 250;

export function watchForSignIn(
  ctx: ContentScriptContext,
  win: Window,
  report: (verdict: SignInVerdict) => void,
): void {
  let reportedFor: string | undefined;
  let observer: MutationObserver | undefined;
  let debounce: number | undefined;
  let stopAt = 0;

  const stop = () => {
    observer?.disconnect();
    observer = undefined;
    if (debounce !== undefined) win.clearTimeout(debounce);
    debounce = undefined;
  };

  const check = () => {
    debounce = undefined;
    const here = win.location.href;
    if (reportedFor === here) return stop();
    const verdict = detectSignIn(win.document, new URL(here));
    if (verdict.signedIn) {
      reportedFor = here;
      stop();
      report(verdict);
    } else if (Date.now() > stopAt) {
      stop();
    }
  };

  const start = () => {
    stop();
    stopAt = Date.now() + WATCH_FOR_MS;
    check();
    if (reportedFor === win.location.href || !ctx.isValid) return;
    observer = new MutationObserver((mutations) => {
      // Our own injected UI changes nothing about the sign-in state.
      if (mutations.every((m) => (m.target as Element).closest?.('[data-nhsc-host]'))) return;
      if (debounce === undefined) debounce = ctx.setTimeout(check, DEBOUNCE_MS);
      if (Date.now() > stopAt) stop();
    });
    observer.observe(win.document.body ?? win.document.documentElement, { childList: true, subtree: true });
    ctx.setTimeout(() => (observer ? check() : undefined), WATCH_FOR_MS + DEBOUNCE_MS);
  };

  ctx.onInvalidated(stop);
  ctx.addEventListener(win, 'wxt:locationchange', start);
  start();
}
