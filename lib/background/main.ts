/**
 * Wires the background logic to the browser. The only place the worker touches `browser.*`.
 * Every listener is added synchronously, before any promise settles, so a worker woken by an
 * event still receives it (docs/decisions.md check 1).
 */
import type { browser as wxtBrowser } from 'wxt/browser';

type Browser = typeof wxtBrowser;
import { checkMessage, originOfUrl } from './gate.ts';
import { TICK_ALARM, createBackgroundService, type BackgroundDeps } from './service.ts';
import { INACTIVITY_POLICY } from '../knowledge/policy.ts';
import { OUTLOOK_MATCHES, PORTAL_URL } from '../origins.ts';
import { replyError } from '../protocol.ts';
import type { StorageArea } from './storage.ts';
import { syncOutlookContentScript, type OutlookRegistrationDeps } from './outlook-registration.ts';
import { DSPT_SEARCH_URL, dsptStatusLink } from '../dspt.ts';

/** WXT types getURL to known files; pages added by later features are looked up by name. */
function extensionUrl(browser: Browser, path: string): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}

export function backgroundDeps(browser: Browser): BackgroundDeps {
  const local = browser.storage.local as unknown as StorageArea;
  return {
    storage: {
      get: (keys) => local.get(keys),
      set: (items) => local.set(items),
      remove: (keys) => local.remove(keys),
    },
    now: () => Date.now(),
    thresholds: INACTIVITY_POLICY,
    setBadge: async (badge) => {
      const action = browser.action;
      await action.setBadgeText({ text: badge.text });
      await action.setBadgeBackgroundColor({ color: badge.background });
      await action.setBadgeTextColor?.({ color: badge.textColour });
      await action.setTitle({ title: badge.title });
    },
    alarms: {
      get: (name) => browser.alarms.get(name),
      create: async (name, info) => {
        await browser.alarms.create(name, info);
      },
    },
    notifications: {
      permitted: () => browser.permissions.contains({ permissions: ['notifications'] }),
      show: async (id, title, message) => {
        await browser.notifications.create(id, {
          type: 'basic',
          iconUrl: extensionUrl(browser, '/icon/128.png'),
          title,
          message,
        });
      },
    },
    outlookPermitted: () => browser.permissions.contains({ origins: OUTLOOK_MATCHES }),
    // Enterprise policy (lib/background/managed.ts). Firefox without a policy rejects; some builds lack the area.
    managed: async () => {
      const area = (browser.storage as { managed?: { get(keys: null): Promise<unknown> } }).managed;
      return area ? area.get(null) : {};
    },
  };
}

export function startBackground(browser: Browser, deps: BackgroundDeps = backgroundDeps(browser)) {
  const service = createBackgroundService(deps);
  const self = {
    runtimeId: browser.runtime.id,
    extensionOrigin: originOfUrl(browser.runtime.getURL('/')) ?? '',
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const gate = checkMessage(message, sender, self);
    if (!gate.ok) {
      sendResponse(replyError(`Refused: ${gate.reason}`));
      return false;
    }
    service
      .handle(gate.message)
      .then(sendResponse, (error: unknown) =>
        sendResponse(replyError(error instanceof Error ? error.message : String(error))),
      );
    // Replying through sendResponse + `return true` works in Chrome, Firefox and WXT's fake browser.
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) void service.refresh();
  });

  browser.runtime.onInstalled.addListener((details) => {
    void service.onInstalled().then(async () => {
      if (details.reason !== 'install') return;
      const view = await service.statusView();
      if (!view.settings.welcomeDone) await browser.tabs.create({ url: extensionUrl(browser, '/welcome.html') });
    });
  });

  browser.runtime.onStartup.addListener(() => void service.refresh());

  // A policy changed while running: recompute at once, so badge, reminders and pages follow it.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void service.refresh();
  });

  // Optional APIs exist only once granted; a click on our notification opens the next steps.
  browser.notifications?.onClicked.addListener((id) => {
    const stage = id.split(':')[1] ?? '';
    void browser.notifications.clear(id);
    if (stage === 'dspt') {
      // The DSPT reminder opens the organisation's published status, or the search without an ODS code.
      void service
        .statusView()
        .then((view) => browser.tabs.create({ url: dsptStatusLink(view.settings.odsCode)?.url ?? DSPT_SEARCH_URL }));
      return;
    }
    const url =
      stage === 'deleted' || stage === 'before-gone' ? extensionUrl(browser, '/popup.html#next-steps') : PORTAL_URL;
    void browser.tabs.create({ url });
  });

  const outlook: OutlookRegistrationDeps = {
    permitted: () => browser.permissions.contains({ origins: OUTLOOK_MATCHES, permissions: ['scripting'] }),
    scripting: () => (browser as unknown as { scripting?: ReturnType<OutlookRegistrationDeps['scripting']> }).scripting,
  };
  const syncOutlook = () =>
    void syncOutlookContentScript(outlook).catch((error: unknown) =>
      console.warn('NHSmail Companion: Outlook script', error),
    );
  try {
    browser.permissions.onAdded.addListener(() => {
      syncOutlook();
      void service.refresh();
    });
    browser.permissions.onRemoved.addListener(() => {
      syncOutlook();
      void service.refresh();
    });
  } catch {
    // Not every test double or browser build has permission events; the hourly tick covers it.
  }

  syncOutlook();
  void service.refresh();
  return service;
}
