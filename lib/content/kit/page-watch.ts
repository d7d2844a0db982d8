/**
 * The one page watcher for content scripts. A page view starts when the script starts and again
 * whenever the address changes (hash or history navigation); in each view the watcher looks at the
 * page now and again on page changes, debounced, until its detector finds something or a time
 * limit passes, then stops: no observer is left running on a page with nothing to do.
 *
 * Address changes: WXT raises `wxt:locationchange` from the Navigation API's `navigate` event,
 * which Chromium fires *before* the new address is committed, so the new view starts on the next
 * task, when `location.href` is the new page's. `hashchange` is watched too (older engines).
 */
import type { ContentScriptContext } from '#imports';
import { isPageChange } from './own-changes.ts';

export const DEBOUNCE_MS = 250;

/** Calls `onView` with each new address, deferred until the address is the new one. */
export function onPageView(ctx: ContentScriptContext, win: Window, onView: (href: string) => void): void {
  let current = win.location.href;
  const maybeNew = () =>
    ctx.setTimeout(() => {
      const here = win.location.href;
      if (here === current || !ctx.isValid) return;
      current = here;
      onView(here);
    }, 0);
  ctx.addEventListener(win, 'wxt:locationchange', maybeNew);
  ctx.addEventListener(win, 'hashchange', maybeNew);
}

export interface WatchOptions<T> {
  /** Returns what was found, or undefined to keep looking. */
  detect: (doc: Document, url: URL) => T | undefined;
  onFound: (found: T) => void;
  /** A new page view began: drop whatever the previous one showed. */
  onNewView?: () => void;
  /** How long to keep looking after each page view starts. */
  forMs: number;
}

export function watchPageUntil<T>(ctx: ContentScriptContext, win: Window, options: WatchOptions<T>): void {
  let observer: MutationObserver | undefined;
  let debounce: number | undefined;
  let stopAt = 0;
  let found = false;

  const stop = () => {
    observer?.disconnect();
    observer = undefined;
    if (debounce !== undefined) win.clearTimeout(debounce);
    debounce = undefined;
  };

  const look = () => {
    debounce = undefined;
    if (found || !ctx.isValid) return stop();
    const result = options.detect(win.document, new URL(win.location.href));
    if (result !== undefined) {
      found = true;
      stop();
      options.onFound(result);
    } else if (Date.now() > stopAt) {
      stop();
    }
  };

  const start = () => {
    stop();
    found = false;
    stopAt = Date.now() + options.forMs;
    look();
    if (found || !ctx.isValid) return;
    observer = new MutationObserver((mutations) => {
      if (Date.now() > stopAt) return stop();
      if (debounce === undefined && isPageChange(mutations)) debounce = ctx.setTimeout(look, DEBOUNCE_MS);
    });
    observer.observe(win.document.body ?? win.document.documentElement, { childList: true, subtree: true });
    // One last look when time is up, in case the page changed during the final debounce.
    ctx.setTimeout(() => (observer ? look() : undefined), options.forMs + DEBOUNCE_MS);
  };

  ctx.onInvalidated(stop);
  onPageView(ctx, win, () => {
    options.onNewView?.();
    start();
  });
  start();
}
