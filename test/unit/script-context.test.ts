// @vitest-environment happy-dom
/**
 * Our content-script context (docs/decisions.md D30), which the build puts in place of WXT's: it goes for good
 * when the extension goes, takes its timers and listeners with it, and reports changes of address by the
 * Navigation API where the browser has one, by comparing the address each second where it has not.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext, LOCATION_CHANGE, LOCATION_POLL_MS } from '../../lib/content/kit/script-context.ts';

let ctx: ContentScriptContext;
beforeEach(() => {
  vi.useFakeTimers();
  ctx = new ContentScriptContext();
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

describe('ContentScriptContext', () => {
  it('is valid while the extension is there, and for good not once its runtime id has gone', () => {
    expect(fakeBrowser.runtime.id).toBeTruthy();
    expect(ctx.isValid).toBe(true);
    const gone = vi.fn();
    ctx.onInvalidated(gone);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isValid).toBe(false);
    vi.restoreAllMocks();
    expect(ctx.isValid).toBe(false);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('runs a timer while valid, never after it is invalidated', async () => {
    const ran = vi.fn();
    ctx.setTimeout(ran, 100);
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toHaveBeenCalledTimes(1);
    ctx.setTimeout(ran, 100);
    ctx.abort();
    await vi.advanceTimersByTimeAsync(200);
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('removes the listeners it added when it goes; a removed onInvalidated callback is not called', () => {
    const clicked = vi.fn();
    const unsubscribed = vi.fn();
    ctx.addEventListener(document, 'click', clicked);
    ctx.onInvalidated(unsubscribed)();
    document.body.click();
    ctx.abort();
    document.body.click();
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(unsubscribed).not.toHaveBeenCalled();
  });

  it('without the Navigation API, reports a change of address within a second, once, and none after it goes', async () => {
    vi.stubGlobal('navigation', undefined);
    setUrl('https://portal.nhs.net/Home');
    const changed = vi.fn();
    ctx.addEventListener(window, LOCATION_CHANGE, changed);
    await vi.advanceTimersByTimeAsync(LOCATION_POLL_MS * 2);
    expect(changed).not.toHaveBeenCalled();
    setUrl('https://portal.nhs.net/Home#/selfservice');
    await vi.advanceTimersByTimeAsync(LOCATION_POLL_MS);
    expect(changed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(LOCATION_POLL_MS * 3);
    expect(changed).toHaveBeenCalledTimes(1);
    ctx.abort();
    setUrl('https://portal.nhs.net/Profile');
    await vi.advanceTimersByTimeAsync(LOCATION_POLL_MS * 2);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it("with the Navigation API, reports each 'navigate' event, and none after it goes", () => {
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    const changed = vi.fn();
    ctx.addEventListener(window, LOCATION_CHANGE, changed);
    navigation.dispatchEvent(new Event('navigate'));
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed.mock.calls[0]![0]).toBeInstanceOf(Event);
    ctx.abort();
    navigation.dispatchEvent(new Event('navigate'));
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('an idle callback is skipped once the context has gone', async () => {
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) =>
      setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 10),
    );
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    ctx.requestIdleCallback(idle);
    await vi.advanceTimersByTimeAsync(20);
    expect(idle).toHaveBeenCalledTimes(1);
    ctx.requestIdleCallback(idle);
    ctx.abort();
    await vi.advanceTimersByTimeAsync(20);
    expect(idle).toHaveBeenCalledTimes(1);
  });
});
