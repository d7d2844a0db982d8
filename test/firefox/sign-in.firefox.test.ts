/**
 * Journey 2 in Firefox ESR: sign-in tracking. Pages served at https://portal.nhs.net/... by the
 * loopback proxy: the sign-in page and the forgotten-password page never count; a signed-in page
 * records today, and the popup (opened in a tab) shows the date in words, UK style, London time.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, firefoxUnavailable, holdsFor, launchFirefox, textOf, type FirefoxSession } from './harness.ts';
import { BADGE, POPUP, PORTAL_SCRIPT_MARKER, SIGN_IN, accountsIn, dateInWords, isoDateInLondon } from './journeys.ts';

const skip = firefoxUnavailable();

/** Navigates the tab and waits until the portal content script has looked at the page. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await eventually(
    () =>
      page.evaluate(
        (expected, marker) => location.href === expected && document.documentElement.hasAttribute(marker),
        url,
        PORTAL_SCRIPT_MARKER,
      ),
    `the portal content script on ${url}`,
  );
}

describe.skipIf(skip)('sign-in tracking in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({ routes: [...SIGN_IN.neverCount, SIGN_IN.signedIn] });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the sign-in page and the forgotten-password page never count as a sign-in', async () => {
    const page = await session.browser.newPage();
    for (const p of SIGN_IN.neverCount) await visit(page, p.url);
    // The content script ran on each (marker) and reports at once when it sees a sign-in: nothing may arrive.
    await holdsFor(
      async () =>
        Object.keys(accountsIn(await session.stored())).length === 0 && (await session.badge()).text === BADGE.unknown,
      'no sign-in recorded and the badge still "?"',
      1500,
    );
    expect(session.proxy.served()).toEqual(SIGN_IN.neverCount.map((p) => new URL(p.url).pathname));
    await page.close();
  });

  it('a signed-in portal page records today; the badge clears; the popup shows the date in words', async () => {
    const page = await session.openPortal(SIGN_IN.signedIn.url);
    const accounts = await eventually(async () => {
      const a = accountsIn(await session.stored());
      return Object.keys(a).length ? a : undefined;
    }, 'a sign-in record');
    expect(Object.keys(accounts)).toEqual([SIGN_IN.signedIn.account]);
    expect(isoDateInLondon(new Date(accounts[SIGN_IN.signedIn.account]!.lastActivityAt))).toBe(isoDateInLondon());
    await eventually(async () => (await session.badge()).text === BADGE.active, 'the badge to clear');
    // The page was left alone.
    expect(await textOf(page, 'h1')).toBe('Welcome to NHSmail');

    const popup = await session.openExtensionPage(POPUP.file);
    const line = await eventually(async () => {
      const text = await textOf(popup, POPUP.lastSignIn);
      return text?.includes('(today)') ? text : undefined;
    }, 'the last sign-in line');
    expect(line).toContain(`${dateInWords()} (today)`);
    expect(line).toMatch(
      /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
    );
    expect(await textOf(popup, POPUP.stage)).toBe(POPUP.stages.active);
    await popup.close();
    await page.close();
  });

  it('nothing went to the network but the portal fixtures, and no page reported an error', async () => {
    expect(session.proxy.stray()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
