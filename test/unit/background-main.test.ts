/** docs/decisions.md check 1: every listener is registered synchronously, before any promise settles. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background/main.ts';
import { fakeDeps } from './helpers.ts';

type Browser = Parameters<typeof startBackground>[0];

describe('background wiring', () => {
  it('registers onMessage, onAlarm, onInstalled and onStartup synchronously', () => {
    const spies = {
      message: vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener'),
      alarm: vi.spyOn(fakeBrowser.alarms.onAlarm, 'addListener'),
      installed: vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener'),
      startup: vi.spyOn(fakeBrowser.runtime.onStartup, 'addListener'),
    };
    startBackground(fakeBrowser as unknown as Browser, fakeDeps());
    // No await above: if any of these were added after a promise, they would still be zero here.
    for (const spy of Object.values(spies)) expect(spy).toHaveBeenCalledTimes(1);
  });

  it('answers a real request through sendResponse with the gate applied', async () => {
    startBackground(fakeBrowser as unknown as Browser, fakeDeps());
    const fromPopup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const replies: unknown[] = [];
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page:get-status' }, fromPopup, (r: unknown) =>
      replies.push(r),
    );
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    expect(replies[0]).toMatchObject({ ok: true, data: { accounts: [] } });

    const fromElsewhere = { id: 'someone-else', url: 'https://evil.example/' };
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page:erase-all', confirm: 'erase' },
      fromElsewhere,
      (r: unknown) => replies.push(r),
    );
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    expect(replies[1]).toEqual({ ok: false, error: 'Refused: sender is not this extension' });
  });

  it('the hourly alarm refreshes the badge', async () => {
    const deps = fakeDeps();
    startBackground(fakeBrowser as unknown as Browser, deps);
    await vi.waitFor(() => expect(deps.badges.length).toBeGreaterThan(0));
    const before = deps.badges.length;
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'nhsc-tick',
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(() => expect(deps.badges.length).toBeGreaterThan(before));
  });
});
