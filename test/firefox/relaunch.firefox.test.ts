/**
 * Journey 7 in Firefox ESR: a relaunch with the same profile keeps the data. A temporary add-on is
 * gone after a restart, so this one is sideloaded: a pointer file in the profile's extensions
 * folder (unsigned, which ESR allows with xpinstall.signatures.required off). The first launch is
 * a real first install (welcome tab, "?" badge); the second starts the same add-on from the
 * profile with its data, its alarm and no welcome tab.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chooseSector,
  eventually,
  firefoxUnavailable,
  holdsFor,
  launchFirefox,
  statusLines,
  submitFormOf,
  textOf,
  type FirefoxSession,
} from './harness.ts';
import { BADGE, OPTIONS, POPUP, SIGN_IN, accountsIn, isoDateInLondon, settingsIn } from './journeys.ts';

const skip = firefoxUnavailable();
/** AddonManager.SCOPE_PROFILE: installed in (here: sideloaded into) the profile. */
const SCOPE_PROFILE = 1;

describe.skipIf(skip)('relaunching Firefox with the same profile', () => {
  let session: FirefoxSession | undefined;
  let profileDir: string | undefined;
  let first: Record<string, unknown> = {};
  afterAll(async () => {
    await session?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it('first launch: the sideloaded add-on installs, records a sign-in and saves a setting', async () => {
    session = await launchFirefox({ install: 'sideload', routes: [SIGN_IN.signedIn] });
    profileDir = session.profileDir;
    expect(await session.addon()).toMatchObject({ active: true, temporary: false, scope: SCOPE_PROFILE });
    // A first install: the welcome tab and the "?" badge.
    expect(await session.extensionTabs('welcome.html')).toHaveLength(1);
    await eventually(async () => (await session!.badge()).text === BADGE.unknown, 'badge "?"');
    // Host permission for the portal came with the install: the content script runs and reports.
    const portal = await session.openPortal(SIGN_IN.signedIn.url);
    await eventually(async () => accountsIn(await session!.stored())[SIGN_IN.signedIn.account], 'the sign-in');
    await eventually(async () => (await session!.badge()).text === BADGE.active, 'the badge to clear');
    await portal.close();

    const options = await session.openExtensionPage(OPTIONS.file);
    await options.waitForSelector(OPTIONS.odsCode);
    await chooseSector(options, OPTIONS.choice.sector);
    await submitFormOf(options, OPTIONS.odsCode);
    await eventually(async () => (await statusLines(options)).some((l) => OPTIONS.saved.test(l)), 'the saved message');
    first = await eventually(async () => {
      const s = await session!.stored();
      return settingsIn(s).sector === OPTIONS.choice.sector ? s : undefined;
    }, 'the stored setting');
    expect(session.proxy.stray()).toEqual([]);
    await session.close({ keepProfile: true });
    session = undefined;
  });

  it('second launch, same profile: the add-on, its data, the badge and the alarm are all there', async () => {
    expect(profileDir).toBeDefined();
    // If the first launch failed half-way, its Firefox still holds the profile.
    await session?.close({ keepProfile: true });
    session = await launchFirefox({ profileDir, install: 'already-in-profile', routes: [SIGN_IN.signedIn] });
    expect(await session.addon()).toMatchObject({ active: true, temporary: false, scope: SCOPE_PROFILE });
    const stored = await session.stored();
    expect(accountsIn(stored)).toEqual(accountsIn(first));
    expect(settingsIn(stored)).toEqual(settingsIn(first));
    expect(isoDateInLondon(new Date(accountsIn(stored)[SIGN_IN.signedIn.account]!.lastActivityAt))).toBe(
      isoDateInLondon(),
    );
    await eventually(async () => (await session!.badge()).text === BADGE.active, 'the badge from the stored data');
    const alarms = await eventually(async () => {
      const list = await session!.probe(() =>
        (
          globalThis as unknown as { browser: { alarms: { getAll(): Promise<{ name: string }[]> } } }
        ).browser.alarms.getAll(),
      );
      return list.length ? list : undefined;
    }, 'the alarm');
    expect(alarms.map((a) => a.name)).toEqual(['nhsc-tick']);

    const popup = await session.openExtensionPage(POPUP.file);
    const line = await eventually(async () => {
      const text = await textOf(popup, POPUP.lastSignIn);
      return text?.includes(POPUP.today()) ? text : undefined;
    }, 'the popup to show today');
    expect(line).toContain(POPUP.today());
    expect(await textOf(popup, POPUP.stage)).toBe(POPUP.stages.active);
    // Not a new install: no welcome tab.
    await holdsFor(async () => (await session!.extensionTabs('welcome.html')).length === 0, 'no welcome tab', 1000);
    expect(session.proxy.stray()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
