/**
 * When the welcome page opens: on install with the welcome not yet done; never on
 * update or a browser update; never again once finished or skipped. An install or update never
 * overwrites stored settings (docs/decisions.md check 3). Chromium cannot produce a real "update" for
 * an extension loaded with --load-extension (a relaunch reports "install", runtime.reload()
 * disables it), so the update case is proven here with the real wiring and a fake browser.
 */
import { describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background/main.ts';
import { fakeDeps, memoryStorage } from './helpers.ts';

type Browser = typeof browser;

async function installWith(reason: 'install' | 'update' | 'chrome_update', initial: Record<string, unknown> = {}) {
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
  // fake-browser has no permissions.contains; other background features ask it at start.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => false) as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => []) as never);
  const deps = fakeDeps({ storage: memoryStorage(initial) });
  startBackground(fakeBrowser as unknown as Browser, deps);
  await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false } as never);
  // onInstalled work is a chain of promises only (memory storage, mocked browser calls, no timers), so
  // one macrotask turn runs it to the end, including the tab it opens or does not open. Not a sleep:
  // every queued microtask runs before the next macrotask.
  await new Promise((r) => setImmediate(r));
  const opened = create.mock.calls.map(([props]) => String((props as { url?: string }).url));
  return { opened, storage: deps.storage };
}

const done = {
  settings: {
    v: 2,
    data: {
      sector: 'dental',
      remindersEnabled: false,
      reminderDaysAhead: 3,
      hintsEnabled: true,
      welcomeDone: true,
      dsptReminder: false,
    },
  },
};
const notDone = {
  settings: {
    v: 2,
    data: {
      sector: 'dental',
      remindersEnabled: false,
      reminderDaysAhead: 3,
      hintsEnabled: true,
      welcomeDone: false,
      dsptReminder: false,
    },
  },
};

describe('welcome page on install, not on update', () => {
  it('install with empty storage → defaults written and welcome.html opened once', async () => {
    const { opened, storage } = await installWith('install');
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/\/welcome\.html$/);
    expect(storage.data.settings).toMatchObject({ v: 2, data: { welcomeDone: false } });
  });

  it.each(['update', 'chrome_update'] as const)(
    '%s → no welcome, even when it was never finished; settings untouched',
    async (reason) => {
      const { opened, storage } = await installWith(reason, notDone);
      expect(opened).toEqual([]);
      expect(storage.data.settings).toEqual(notDone.settings);
    },
  );

  it('install again once finished (Chromium reports a profile relaunch as "install") → no welcome, settings untouched', async () => {
    const { opened, storage } = await installWith('install', done);
    expect(opened).toEqual([]);
    expect(storage.data.settings).toEqual(done.settings);
  });
});
