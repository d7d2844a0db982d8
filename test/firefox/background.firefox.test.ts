/**
 * Journey 6 in Firefox ESR: the background is an event page (Firefox MV3 has no service worker)
 * and Firefox stops it when idle. Stopped, it loses nothing: the badge stays, storage is the same,
 * and the next popup or portal page wakes it and is answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickButton,
  eventually,
  firefoxUnavailable,
  launchFirefox,
  textOf,
  typeLastSignInDate,
  type FirefoxSession,
} from './harness.ts';
import { BADGE, POPUP, SIGN_IN, accountsIn, daysAgo, isoDateInLondon, settingsIn } from './journeys.ts';

const skip = firefoxUnavailable();

describe.skipIf(skip)('background event page stopped and woken in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({ routes: [SIGN_IN.signedIn] });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('"my last sign-in was on" 45 days ago, typed in the popup: inactive, badge "!"', async () => {
    const popup = await session.openExtensionPage(POPUP.file);
    await typeLastSignInDate(popup, daysAgo(45).iso);
    await clickButton(popup, POPUP.saveDate);
    await eventually(async () => (await textOf(popup, POPUP.stage)) === POPUP.stages.inactive, 'stage Inactive');
    await eventually(async () => (await session.badge()).text === BADGE.inactive, 'badge "!"');
    const records = Object.values(accountsIn(await session.stored()));
    expect(records.map((r) => isoDateInLondon(new Date(r.lastActivityAt)))).toEqual([daysAgo(45).iso]);
    await popup.close();
  });

  it('stopped, it keeps the badge and the data; opening the popup wakes it and shows the same', async () => {
    const before = await session.stored();
    expect(Object.keys(accountsIn(before))).toHaveLength(1);
    await session.background.terminate();
    // Reading the badge and storage from an extension page does not wake it.
    expect((await session.badge()).text).toBe(BADGE.inactive);
    expect(await session.stored()).toEqual(before);
    expect(await session.background.state()).toBe('stopped');

    const popup = await session.openExtensionPage(POPUP.file);
    await eventually(async () => (await textOf(popup, POPUP.stage)) === POPUP.stages.inactive, 'the popup answered');
    expect(await session.background.state()).toBe('running');
    expect((await session.badge()).text).toBe(BADGE.inactive);
    expect(await session.stored()).toEqual(before);
    await popup.close();
  });

  it("stopped again, a portal page's message wakes it and is recorded; nothing else lost", async () => {
    const before = await session.stored();
    await session.background.terminate();
    expect((await session.badge()).text).toBe(BADGE.inactive);
    const page = await session.openPortal(SIGN_IN.signedIn.url);
    // Recorded for today only if the woken background got the message.
    const accounts = await eventually(async () => {
      const a = accountsIn(await session.stored());
      const at = a[SIGN_IN.signedIn.account]?.lastActivityAt;
      return at !== undefined && isoDateInLondon(new Date(at)) === isoDateInLondon() ? a : undefined;
    }, 'the sign-in recorded by the woken background');
    expect(await session.background.state()).toBe('running');
    expect(Object.keys(accounts)).toContain(SIGN_IN.signedIn.account);
    expect(settingsIn(await session.stored())).toEqual(settingsIn(before));
    await page.close();
    // The popup, answered by the same woken background, lists today's sign-in among its accounts.
    const popup = await session.openExtensionPage(POPUP.file);
    await eventually(
      async () =>
        (await popup.$$eval(POPUP.lastSignIn, (lines) => lines.map((l) => l.textContent ?? ''))).some((t) =>
          t.includes(POPUP.today()),
        ),
      'today in the popup',
    );
    await popup.close();
  });

  it('made no request outside the portal fixtures and reported no error', async () => {
    expect(session.proxy.stray()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});

describe.skipIf(skip)('Firefox suspends the idle event page by itself', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    // Firefox stops an idle event page after extensions.background.idle.timeout (30 s by default).
    session = await launchFirefox({
      routes: [SIGN_IN.signedIn],
      prefs: { 'extensions.background.idle.timeout': 1000 },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('suspended when idle; a portal page wakes it and the popup then shows today', async () => {
    await eventually(async () => (await session.background.state()) === 'stopped', 'Firefox to suspend it', 20_000);
    expect((await session.badge()).text).toBe(BADGE.unknown);
    const page = await session.openPortal(SIGN_IN.signedIn.url);
    await eventually(async () => accountsIn(await session.stored())[SIGN_IN.signedIn.account], 'the sign-in recorded');
    await eventually(async () => (await session.badge()).text === BADGE.active, 'the badge to clear');
    await page.close();

    await eventually(async () => (await session.background.state()) === 'stopped', 'suspended again', 20_000);
    const popup = await session.openExtensionPage(POPUP.file);
    const line = await eventually(async () => {
      const text = await textOf(popup, POPUP.lastSignIn);
      return text?.includes(POPUP.today()) ? text : undefined;
    }, 'the popup to show today');
    expect(line).toContain(POPUP.today());
    await popup.close();
    expect(session.proxy.stray()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
