/**
 * Sign-in tracking end to end in Chromium with the built extension (docs/decisions.md check 17–19):
 * a signed-in portal page updates the record, the popup and the badge; sign-in pages and other
 * domains never count; a stopped worker and a relaunched profile keep everything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { currentWorker, eventually, launchExtension, stopServiceWorkers, type ExtensionSession } from './harness.ts';

const TODAY_WORDS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
}).format(new Date());

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function storedSignIns(s: ExtensionSession): Promise<Record<string, unknown>> {
  const worker = await currentWorker(s);
  return worker.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: { get(k: string): Promise<Record<string, { data: { accounts: Record<string, unknown> } }>> };
          };
        };
      }
    ).chrome;
    const stored = await c.storage.local.get('signIns');
    return stored.signIns?.data.accounts ?? {};
  });
}

describe('sign-in tracking in Chromium', () => {
  it('the worker starts, the badge is "?" and the popup says nothing is known yet', async () => {
    session = await launchExtension();
    await eventually(async () => (await session!.badge()).text === '?', 'badge "?"');
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByTestId('stage').first().textContent()).toBe('Not known yet');
    await expect.poll(() => popup.getByText('Independent tool, not provided by NHS England').count()).toBe(1);
    expect(session.strayRequests).toEqual([]);
  });

  it('a signed-in portal page records today; the popup shows the date and the badge leaves "?"', async () => {
    session = await launchExtension();
    await session.route([{ url: 'https://portal.nhs.net/', fixture: 'portal/signed-in-home.html' }]);
    const page = await session.context.newPage();
    await page.goto('https://portal.nhs.net/');
    const accounts = await eventually(async () => {
      const a = await storedSignIns(session!);
      return Object.keys(a).length ? a : undefined;
    }, 'a sign-in record');
    expect(Object.keys(accounts)).toEqual(['jo.bloggs@nhs.net']);
    await eventually(async () => (await session!.badge()).text === '', 'badge cleared');
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByTestId('last-sign-in').textContent()).toContain(`${TODAY_WORDS} (today)`);
    await expect.poll(() => popup.getByTestId('stage').textContent()).toBe('Active');
    // The page was left alone: our only trace is the marker attribute.
    expect(await page.locator('h1').textContent()).toBe('Welcome to NHSmail');
  });

  it('a portal page that renders late still counts, once', async () => {
    session = await launchExtension();
    await session.route([{ url: 'https://portal.nhs.net/Home', fixture: 'portal/signed-in-late.html' }]);
    const page = await session.context.newPage();
    await page.goto('https://portal.nhs.net/Home');
    const accounts = await eventually(async () => {
      const a = await storedSignIns(session!);
      return Object.keys(a).length ? a : undefined;
    }, 'late sign-in');
    expect(Object.keys(accounts)).toEqual(['late.user@nhs.net']);
  });

  it('sign-in, forgotten-password, error and other-domain pages never count', async () => {
    session = await launchExtension();
    await session.route([
      { url: 'https://portal.nhs.net/Home/Login', fixture: 'portal/sign-in.html' },
      { url: 'https://portal.nhs.net/forgotpassword/', fixture: 'portal/forgotten-password.html' },
      { url: 'https://portal.nhs.net/Home/Error', fixture: 'portal/error.html' },
      { url: 'https://portal.nhs.net/Other', fixture: 'portal/signed-in-other-domain.html' },
    ]);
    const page = await session.context.newPage();
    for (const url of ['Home/Login', 'forgotpassword/', 'Home/Error', 'Other']) {
      await page.goto(`https://portal.nhs.net/${url}`);
      await page.waitForTimeout(400);
    }
    expect(await storedSignIns(session)).toEqual({});
    expect((await session.badge()).text).toBe('?');
  });

  it('"My last sign-in was on" 45 days ago → "!" red and the popup says inactive with the deletion date; survives a worker stop and a relaunch', async () => {
    session = await launchExtension();
    const popup = await session.openPopup();
    const today = new Date();
    const fortyFiveDaysAgo = new Date(today.getTime() - 45 * 86_400_000);
    const iso = fortyFiveDaysAgo.toISOString().slice(0, 10);
    const deletion = new Date(fortyFiveDaysAgo.getTime() + 60 * 86_400_000);
    const deletionWords = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(deletion);

    await popup.getByLabel('My last sign-in was on').fill(iso);
    await popup.getByRole('button', { name: 'Save date' }).click();
    await expect.poll(() => popup.getByTestId('stage').textContent()).toBe('Inactive');
    await expect.poll(() => popup.getByTestId('next-deadline').textContent()).toContain(`Deleted on ${deletionWords}`);
    const badge = await session.badge();
    expect(badge.text).toBe('!');
    expect(badge.colour.slice(0, 3)).toEqual([213, 40, 27]);
    expect(badge.title).toMatch(/^NHSmail Companion \(unofficial\): account inactive\. /);

    // Check 18: a stopped worker answers the popup and messaging just the same.
    await stopServiceWorkers(session);
    const again = await session.openPopup();
    await expect.poll(() => again.getByTestId('stage').textContent()).toBe('Inactive');
    expect((await session.badge()).text).toBe('!');

    // Check 19: a relaunched profile keeps the data and re-creates the alarm.
    const profile = session.userDataDir;
    await session.close({ keepProfile: true });
    session = await launchExtension({ userDataDir: profile });
    const relaunched = await session.openPopup();
    await expect.poll(() => relaunched.getByTestId('stage').textContent()).toBe('Inactive');
    const alarms = await eventually(async () => {
      const w = await currentWorker(session!);
      const list = await w.evaluate(() =>
        (
          globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string }[]> } } }
        ).chrome.alarms.getAll(),
      );
      return list.length ? list : undefined;
    }, 'alarm re-created');
    expect(alarms.map((a) => a.name)).toEqual(['nhsc-tick']);
    expect((await session.badge()).text).toBe('!');
  });

  it('a future date is refused with a clear message and nothing changes', async () => {
    session = await launchExtension();
    const popup = await session.openPopup();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await popup.getByLabel('My last sign-in was on').fill(tomorrow);
    await popup.getByRole('button', { name: 'Save date' }).click();
    await expect
      .poll(() => popup.getByRole('alert').first().textContent())
      .toMatch(/\bThe date cannot be in the future\./);
    expect(await storedSignIns(session)).toEqual({});
  });
});
