/**
 * Watches a page until a detector finds what it looks for, then reports it once per page view.
 * Pages may render late (single-page apps), so we look again on DOM changes, debounced, for a
 * short while, then stop: no observer is left running on a page with nothing to do. Hash and
 * history navigation (WXT's `wxt:locationchange`) start a new page view.
 */
import type { ContentScriptContext } from '#imports';

const DEBOUNCE_MS = 250;

export interface WatchOptions<T> {
  /** Returns what was found, or undefined to keep looking. */
  detect: (doc: Document, url: URL) => T | undefined;
  onFound: (found: T) => void;
  /** How long to keep looking after each page view starts. */
  forMs: number;
}

export function watchPageUntil<T>(ctx: ContentScriptContext, win: Window, options: WatchOptions<T>): void {
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
    const found = options.detect(win.document, new URL(here));
    if (found !== undefined) {
      reportedFor = here;
      stop();
      options.onFound(found);
    } else if (Date.now() > stopAt) {
      stop();
    }
  };

  const start = () => {
    stop();
    stopAt = Date.now() + options.forMs;
    check();
    if (reportedFor === win.location.href || !ctx.isValid) return;
    observer = new MutationObserver((mutations) => {
      // Our own injected UI changes nothing about what the page shows.
      if (mutations.every((m) => (m.target as Element).closest?.('[data-nhsc-host]'))) return;
      if (debounce === undefined) debounce = ctx.setTimeout(check, DEBOUNCE_MS);
      if (Date.now() > stopAt) stop();
    });
    observer.observe(win.document.body ?? win.document.documentElement, { childList: true, subtree: true });
    ctx.setTimeout(() => (observer ? check() : undefined), options.forMs + DEBOUNCE_MS);
  };

  ctx.onInvalidated(stop);
  // WXT raises locationchange from the Navigation API's `navigate` event, before the new address is
  // committed: look on the next task, when location.href is the new page's.
  ctx.addEventListener(win, 'wxt:locationchange', () => ctx.setTimeout(start, 0));
  start();
}
