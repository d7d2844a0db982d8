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
import type { ScriptContext } from './script-context.ts';
import { isPageChange } from './own-changes.ts';
import { PageLook } from './page-look.ts';

export const DEBOUNCE_MS = 250;

/** Calls `onView` with each new address, deferred until the address is the new one. */
export function onPageView(ctx: ScriptContext, win: Window, onView: (href: string) => void): void {
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

export function watchPageUntil<T>(ctx: ScriptContext, win: Window, options: WatchOptions<T>): void {
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

/** One of several things read from the same page in one pass (see `sharePageLooks`). */
export interface PageReader {
  /** A new page view began: drop whatever the previous one showed. */
  onNewView?: () => void;
  /**
   * A first glance that costs next to nothing: false when the page cannot be one `read` would act on, so
   * an ordinary page never runs the reader (or compiles its code). It may say yes too often, never too rarely.
   */
  glance?: (doc: Document, url: URL) => boolean;
  /** Reads the page through the shared look; true once it has what it needs for this page view. */
  read: (look: PageLook, url: URL) => boolean;
}

/**
 * Several readers, one watcher: each pass takes one `PageLook` that every reader still looking shares, so the
 * page's controls, headings and texts are read once per pass rather than once per reader. The watch ends, as
 * `watchPageUntil`'s does, when every reader is done with the page view or the time is up.
 */
export function sharePageLooks(
  ctx: ScriptContext,
  win: Window,
  forMs: number,
  readers: readonly (PageReader | undefined)[],
): void {
  const active = readers.filter((r): r is PageReader => r !== undefined);
  if (!active.length) return;
  let done = new Set<PageReader>();
  watchPageUntil(ctx, win, {
    forMs,
    onNewView: () => {
      done = new Set();
      for (const reader of active) reader.onNewView?.();
    },
    detect: (doc, url) => {
      let look: PageLook | undefined;
      for (const reader of active) {
        if (done.has(reader) || (reader.glance && !reader.glance(doc, url))) continue;
        if (reader.read((look ??= new PageLook(doc)), url)) done.add(reader);
      }
      return done.size === active.length ? true : undefined;
    },
    onFound: () => undefined,
  });
}
