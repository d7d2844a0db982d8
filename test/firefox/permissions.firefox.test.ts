/**
 * Where Firefox differs from Chrome on permissions. The portal host permission comes with the
 * install; an optional one (Outlook on the web) is asked for from a click on our page, Firefox
 * shows its own prompt, and the answer is honoured either way. Firefox refuses a request that is
 * not inside a user's click, which is why the product calls it before any await.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  buttonNamed,
  clickButton,
  eventually,
  firefoxUnavailable,
  launchFirefox,
  statusLines,
  type FirefoxSession,
} from './harness.ts';
import { OUTLOOK } from './journeys.ts';

const skip = firefoxUnavailable();

interface PermissionsApi {
  getAll(): Promise<{ origins: string[]; permissions: string[] }>;
  request(p: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
}

describe.skipIf(skip)('permissions in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  // Functions given to probe() run in the page: they cannot close over anything here.
  const granted = () =>
    session.probe(() =>
      (globalThis as unknown as { browser: { permissions: PermissionsApi } }).browser.permissions.getAll(),
    );
  /** The page with the Outlook opt-in (options, or the popup in older builds). */
  async function outlookPage(name: RegExp) {
    for (const file of OUTLOOK.pages) {
      const page = await session.openExtensionPage(file);
      if (await buttonNamed(page, name, undefined, 5000).catch(() => undefined)) return page;
      await page.close();
    }
    throw new Error(`No page has a button ${String(name)}`);
  }
  const says = async (page: Page, pattern: RegExp) => (await statusLines(page)).some((l) => pattern.test(l));

  it('the portal host permission came with the install; Outlook is not granted until asked for', async () => {
    const now = await granted();
    expect(now.origins).toContain('https://portal.nhs.net/*');
    expect(now.origins.filter((o) => OUTLOOK.origins.includes(o))).toEqual([]);
  });

  it('a request outside a click is refused by Firefox', async () => {
    const refused = await session.probe(() =>
      (globalThis as unknown as { browser: { permissions: PermissionsApi } }).browser.permissions
        .request({ permissions: ['notifications'] })
        .then(
          () => 'granted',
          (error: Error) => error.message,
        ),
    );
    expect(refused).toMatch(/user input handler/);
  });

  it('"Count Outlook on the web" opens Firefox\'s own prompt; declining keeps it off', async () => {
    const page = await outlookPage(OUTLOOK.turnOn);
    await clickButton(page, OUTLOOK.turnOn);
    expect(await session.answerPermissionPrompt(false)).toBe(true);
    await eventually(() => says(page, OUTLOOK.notTurnedOn), 'the declined message');
    expect((await granted()).origins.filter((o) => OUTLOOK.origins.includes(o))).toEqual([]);
    await page.close();
  });

  it('accepting grants the Outlook hosts and the background registers its script; stopping removes them', async () => {
    const page = await outlookPage(OUTLOOK.turnOn);
    await clickButton(page, OUTLOOK.turnOn);
    expect(await session.answerPermissionPrompt(true)).toBe(true);
    await eventually(() => says(page, OUTLOOK.turnedOn), 'the accepted message');
    const now = await granted();
    expect(now.origins).toEqual(expect.arrayContaining([...OUTLOOK.origins]));
    // The background heard permissions.onAdded and registered the Outlook content script.
    const scripts = await eventually(async () => {
      const list = await session.probe(() =>
        (
          globalThis as unknown as {
            browser: { scripting?: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } };
          }
        ).browser.scripting?.getRegisteredContentScripts(),
      );
      return list?.length ? list : undefined;
    }, 'the Outlook content script');
    expect(scripts.flatMap((s) => s.matches ?? [])).toEqual(expect.arrayContaining([...OUTLOOK.origins]));
    // A new page shows it on, offering to stop.
    await page.close();
    const again = await outlookPage(OUTLOOK.turnOff);
    await clickButton(again, OUTLOOK.turnOff);
    await eventually(() => says(again, OUTLOOK.turnedOff), 'the stopped message');
    expect((await granted()).origins.filter((o) => OUTLOOK.origins.includes(o))).toEqual([]);
    await again.close();
  });

  it('made no network request and reported no error', async () => {
    expect(session.proxy.stray()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
