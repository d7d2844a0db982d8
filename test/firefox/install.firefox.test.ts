/**
 * Journey 1 in Firefox ESR: installing the built add-on. The badge says "?" (nothing known yet),
 * the background is an event page (Firefox MV3 has no service worker), the welcome tab opens once,
 * and nothing leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE, POPUP } from './journeys.ts';
import {
  builtManifest,
  eventually,
  firefoxUnavailable,
  launchFirefox,
  textOf,
  type FirefoxSession,
} from './harness.ts';

const skip = firefoxUnavailable();

describe.skipIf(skip)('install in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is Firefox ESR over WebDriver BiDi, with the add-on installed under its gecko id', async () => {
    expect(await session.browser.version()).toMatch(/^firefox\/\d+\.\d+/);
    expect(session.geckoId).toBe('{ff8e947c-c32f-4df0-b448-4fbf860a4043}');
  });

  it('the toolbar badge is "?" and its title names the extension', async () => {
    const badge = await eventually(async () => {
      const b = await session.badge();
      return b.text === BADGE.unknown ? b : undefined;
    }, 'badge "?"');
    expect(badge.title).toMatch(/NHSmail Companion/);
  });

  it('the background is an event page, not a service worker', async () => {
    const manifest = builtManifest();
    expect(manifest.background?.service_worker).toBeUndefined();
    expect(manifest.background?.scripts).toEqual(['background.js']);
    expect(await session.background.isEventPage()).toBe(true);
    expect(await session.background.state()).toBe('running');
  });

  it('the welcome tab opens once on install', async () => {
    const tabs = await eventually(async () => {
      const t = await session.extensionTabs('welcome.html');
      return t.length ? t : undefined;
    }, 'the welcome tab');
    expect(tabs).toHaveLength(1);
    const heading = await eventually(() => textOf(tabs[0]!, 'h1'), 'the welcome heading');
    expect(heading).toBe('Welcome to NHSmail Companion');
  });

  it('the popup opened in a tab says nothing is known yet', async () => {
    const popup = await session.openExtensionPage(POPUP.file);
    expect(await eventually(() => textOf(popup, POPUP.stage), 'the status card')).toBe(POPUP.stages.unknown);
    expect(await popup.evaluate(() => document.body.textContent)).toContain(POPUP.independent);
    await popup.close();
  });

  it('nothing went to the network and no page reported an error', async () => {
    expect(session.proxy.stray()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
