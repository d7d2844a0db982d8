/**
 * The lifetime of one of our content scripts on one page: the part of WXT's `ContentScriptContext` that our
 * scripts use, made small (docs/decisions.md D30). The build puts this class in place of WXT's own for every
 * content script (the alias in wxt.config.ts), so WXT's entry code constructs this one. WXT's version, on every
 * page and before our code ran, posted a message to the page's own window (which the page can read), dispatched
 * an event on the document and built a location watcher whether or not anything listened for one: about 2 ms on
 * a portal page with nothing to do, against a budget of 2 ms for everything (`npm run bench`).
 *
 * What stays the same: `isValid` turns false for good once the extension is reloaded or updated under the page
 * (the runtime's id goes) or `abort()` is called; timers and listeners made through the context go with it;
 * `addEventListener(window, 'wxt:locationchange', …)` is called on each change of address.
 */
import { browser } from 'wxt/browser';

/** The Navigation API, where the browser has it (Chromium; Firefox from version 147). */
interface NavigationLike {
  addEventListener(type: 'navigate', listener: () => void, options?: AddEventListenerOptions): void;
}

export const LOCATION_CHANGE = 'wxt:locationchange';
/** Without the Navigation API, how often the address is compared (as WXT does). */
export const LOCATION_POLL_MS = 1000;

/** What our content-script code asks of its context; WXT's class and ours both have it. */
export interface ScriptContext {
  readonly isValid: boolean;
  onInvalidated(callback: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  /** Registration code passes documents and shadow roots as targets, as it always has. */
  addEventListener<E extends Event>(
    target: Window | Document,
    type: string,
    handler: (event: E) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/** WXT's entry code calls `new ContentScriptContext(name, options)`; neither is needed here. */
export class ContentScriptContext implements ScriptContext {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;
  private locationHandlers: (() => void)[] | undefined;

  get isValid(): boolean {
    if (!this.signal.aborted && browser.runtime?.id == null) this.abort();
    return !this.signal.aborted;
  }

  abort(): void {
    this.controller.abort();
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    return this.cancelled(
      globalThis.setTimeout(() => this.isValid && handler(), timeout) as unknown as number,
      globalThis.clearTimeout,
    );
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    return this.cancelled(
      globalThis.requestIdleCallback((deadline) => this.signal.aborted || callback(deadline), options),
      globalThis.cancelIdleCallback,
    );
  }

  /** Cancels a timer or callback when the context goes. */
  private cancelled(id: number, cancel: (id: number) => void): number {
    this.onInvalidated(() => cancel(id));
    return id;
  }

  /** A listener that goes with the context; `wxt:locationchange` is raised on each change of address. */
  addEventListener<E extends Event>(
    target: Window | Document,
    type: string,
    handler: (event: E) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (type === LOCATION_CHANGE) {
      if (this.isValid) this.watchLocation().push(() => handler(new Event(LOCATION_CHANGE) as E));
      return;
    }
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /** Started by the first location listener only: a page nobody asks about costs nothing. */
  private watchLocation(): (() => void)[] {
    if (this.locationHandlers) return this.locationHandlers;
    const handlers: (() => void)[] = (this.locationHandlers = []);
    const raise = () => {
      for (const handler of handlers) handler();
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', raise, { signal: this.signal });
    } else {
      let last = location.href;
      const poll = () => {
        if (!this.isValid || location.href === last) return;
        last = location.href;
        raise();
      };
      this.cancelled(setInterval(poll, LOCATION_POLL_MS) as unknown as number, clearInterval);
    }
    return handlers;
  }
}
