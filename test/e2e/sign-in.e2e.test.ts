/**
 * Sign-in tracking end to end in Chromium with the built extension (docs/decisions.md check 17–19):
 * a signed-in portal page updates the record, the popup and the badge; sign-in pages and other
 * domains never count; a stopped worker and a relaunched profile keep everything.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  FIXTURES,
  ROOT,
  currentWorker,
  eventually,
  launchExtension,
  screenshotPath,
  storedEverything,
  stopServiceWorkers,
  type ExtensionSession,
} from './harness.ts';
import { londonDay } from './london-days.ts';

/** The assumed layouts' expected verdicts (test/fixtures/portal/verdicts.json), shared with the unit test. */
const VERDICTS = (
  JSON.parse(readFileSync(path.join(FIXTURES, 'portal/verdicts.json'), 'utf8')) as {
    cases: { fixture: string; url: string; verdict: string; trap?: string }[];
  }
).cases;
const TRAPS = VERDICTS.filter((c) => c.trap);

/** Types an ISO date into the popup's Day, Month and Year fields (the NHS.UK date input). */
async function fillDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  // The date entry sits under "Enter the date of your last sign-in" in the popup's account card.
  const entry = page.getByTestId('date-entry');
  if (!(await entry.evaluate((el) => (el as HTMLDetailsElement).open)))
    await page.getByText('Enter the date of your last sign-in').click();
  await page.getByLabel('Day').fill(String(Number(day)));
  await page.getByLabel('Month').fill(String(Number(month)));
  await page.getByLabel('Year').fill(year!);
}

/** axe-core's violations inside one part of an extension page (the rest of the popup has its own tests). */
async function axeViolationsIn(page: Page, selector: string): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (include) => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run({ include: [include] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, selector);
}

// One browser for the file; reset() forgets every sign-in, note and permission between tests.
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension({ reusable: true });
});
/** A browser of a test's own, where sharing cannot work; closed after that test. */
let own: ExtensionSession | undefined;
/** The profile a test relaunched: the harness leaves a profile it was given, so this file removes it. */
let relaunchedProfile: string | undefined;
afterEach(async () => {
  await own?.close();
  own = undefined;
  if (relaunchedProfile) rmSync(relaunchedProfile, { recursive: true, force: true });
  relaunchedProfile = undefined;
  await session.reset();
});
afterAll(async () => {
  await session?.close();
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
    await eventually(async () => (await session.badge()).text === '?', 'badge "?"');
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByTestId('stage').first().textContent()).toBe('Not known yet');
    await expect.poll(() => popup.getByText('Independent tool, not provided by NHS England').count()).toBe(1);
    expect(session.strayRequests).toEqual([]);
  });

  it('a signed-in portal page records today; the popup shows the date and the badge leaves "?"', async () => {
    await session.route([{ url: 'https://portal.nhs.net/', fixture: 'portal/signed-in-home.html' }]);
    const page = await session.context.newPage();
    await page.goto('https://portal.nhs.net/');
    const accounts = await eventually(async () => {
      const a = await storedSignIns(session);
      return Object.keys(a).length ? a : undefined;
    }, 'a sign-in record');
    expect(Object.keys(accounts)).toEqual(['jo.bloggs@nhs.net']);
    await eventually(async () => (await session.badge()).text === '', 'badge cleared');
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByTestId('last-sign-in').textContent()).toContain(`${londonDay(0).words} (today)`);
    await expect.poll(() => popup.getByTestId('stage').textContent()).toBe('Active');
    // The page was left alone: our only trace is the marker attribute.
    expect(await page.locator('h1').textContent()).toBe('Welcome to NHSmail');
  });

  it('a portal page that renders late still counts, once', async () => {
    await session.route([{ url: 'https://portal.nhs.net/Home', fixture: 'portal/signed-in-late.html' }]);
    const page = await session.context.newPage();
    await page.goto('https://portal.nhs.net/Home');
    const accounts = await eventually(async () => {
      const a = await storedSignIns(session);
      return Object.keys(a).length ? a : undefined;
    }, 'late sign-in');
    expect(Object.keys(accounts)).toEqual(['late.user@nhs.net']);
  });

  it('sign-in, forgotten-password, error and other-domain pages never count', async () => {
    await session.route([
      { url: 'https://portal.nhs.net/Home/Login', fixture: 'portal/sign-in.html' },
      { url: 'https://portal.nhs.net/forgotpassword/', fixture: 'portal/forgotten-password.html' },
      { url: 'https://portal.nhs.net/Home/Error', fixture: 'portal/error.html' },
      { url: 'https://portal.nhs.net/Other', fixture: 'portal/signed-in-other-domain.html' },
      { url: 'https://portal.nhs.net/', fixture: 'portal/signed-in-home.html' },
    ]);
    const page = await session.context.newPage();
    for (const url of ['Home/Login', 'forgotpassword/', 'Home/Error', 'Other']) {
      await page.goto(`https://portal.nhs.net/${url}`);
      // The script marks <html> as it starts and looks at the page at once: by then it has decided.
      await page.locator('html[data-nhsc-injected]').waitFor({ state: 'attached' });
    }
    expect(await storedSignIns(session)).toEqual({});
    await expect.poll(async () => (await session.badge()).text).toBe('?');
    // A signed-in page last, as a sentinel: messages are handled in order, so once its record is
    // stored, any sign-in wrongly reported by the pages above would have been stored before it.
    await page.goto('https://portal.nhs.net/');
    const accounts = await eventually(async () => {
      const a = await storedSignIns(session);
      return Object.keys(a).length ? a : undefined;
    }, 'the sentinel sign-in');
    expect(Object.keys(accounts)).toEqual(['jo.bloggs@nhs.net']);
  });

  it('sign-in traps never count: every trap layout leaves an "unsure" note and no sign-in (docs/decisions.md D24)', async () => {
    // Each trap at its own address, so every page is a new page view with its own report.
    const routes = TRAPS.map((c, i) => ({ ...c, url: `${c.url.replace(/[?#].*$/, '')}?trap=${i}` }));
    await session.route([
      ...routes.map((r) => ({ url: r.url, fixture: `portal/${r.fixture}` })),
      { url: 'https://portal.nhs.net/Profile/SharedMailboxes', fixture: 'portal/shared-mailbox.html' },
    ]);
    expect(TRAPS.length).toBe(11);
    const page = await session.context.newPage();
    const worker = await currentWorker(session);
    for (const route of routes) {
      await worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }
        ).chrome.storage.local.remove('signInUnsure'),
      );
      await page.goto(route.url);
      // The script reports an undecided page at its first look: the note proves it looked and decided "unsure".
      await eventually(
        async () => (await storedEverything(session)).signInUnsure,
        `the unsure note for ${route.fixture}`,
      );
    }
    expect(await storedSignIns(session)).toEqual({});
    await expect.poll(async () => (await session.badge()).text).toBe('?');
    // A signed-in page last, as a sentinel (messages are handled in order): only its account is recorded.
    await page.goto('https://portal.nhs.net/Profile/SharedMailboxes');
    const accounts = await eventually(async () => {
      const a = await storedSignIns(session);
      return Object.keys(a).length ? a : undefined;
    }, 'the sentinel sign-in');
    expect(Object.keys(accounts)).toEqual(['alex.smith@nhs.net']);
  });

  it('when unsure, the popup asks; one click records today and the badge and status show it', async () => {
    await session.route([{ url: 'https://portal.nhs.net/', fixture: 'portal/session-expired-dialog.html' }]);
    const page = await session.context.newPage();
    await page.goto('https://portal.nhs.net/');
    await eventually(async () => (await storedEverything(session)).signInUnsure, 'the unsure note');
    await expect.poll(async () => (await session.badge()).text).toBe('?');

    const popup = await session.openPopup();
    await popup.setViewportSize({ width: 360, height: 700 });
    const ask = popup.getByTestId('unsure-sign-in');
    await expect
      .poll(() => ask.textContent())
      .toBe(
        'Information: Did you sign in today?You are on the NHSmail portal, but we could not tell whether you are signed in.I used NHSmail today',
      );
    expect(await axeViolationsIn(popup, '[data-testid="unsure-sign-in"]')).toEqual([]);
    await popup.screenshot({ path: screenshotPath('popup-unsure-sign-in.png'), fullPage: true });
    // Keyboard only: focus the button and press Enter.
    await ask.getByRole('button', { name: 'I used NHSmail today' }).focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.getByTestId('unsure-saved').textContent())
      .toBe(`Saved: you used NHSmail today, ${londonDay(0).words}.`);
    await expect.poll(() => popup.getByTestId('stage').textContent()).toBe('Active');
    await expect.poll(() => popup.getByTestId('last-sign-in').textContent()).toContain(`${londonDay(0).words} (today)`);
    await eventually(async () => (await session.badge()).text === '', 'badge cleared');
    // A fresh popup has nothing left to ask.
    const again = await session.openPopup();
    await expect.poll(() => again.getByTestId('stage').textContent()).toBe('Active');
    expect(await again.getByTestId('unsure-sign-in').count()).toBe(0);
    // The page itself was left alone.
    expect(await page.locator('[role="dialog"] strong').textContent()).toBe('Your session has expired');
    expect(session.strayRequests).toEqual([]);
  });

  it('"Copy this page\'s layout": the popup shows the active portal page\'s structure read-only and copies it only on Copy', async () => {
    await session.route([
      { url: 'https://portal.nhs.net/Profile', fixture: 'portal/session-expired-native-dialog.html' },
    ]);
    const page = await session.context.newPage();
    await page.goto('https://portal.nhs.net/Profile');
    // Something typed on the page, and a name and number in its text: none of it may reach the report.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'tel';
      input.autocomplete = 'tel';
      input.setAttribute('aria-label', 'Mobile number for Priya Kowalski');
      document.getElementById('app')!.append(input);
    });
    await page.locator('input[type="tel"]').fill('07700 900123');

    const popup = await session.openPopup();
    await popup.setViewportSize({ width: 360, height: 700 });
    // The popup asks the active tab: make the portal page active, then open the popup afresh beside it.
    await page.bringToFront();
    await popup.reload();
    const section = popup.getByTestId('layout-report');
    await section.getByRole('button', { name: "Show this page's layout" }).click();
    const box = section.getByRole('textbox', { name: "This page's layout (check it before you copy it)" });
    const report = await box.inputValue();
    expect(await box.getAttribute('readonly')).toBe('');
    expect(report).toBe(
      [
        'html',
        '  head',
        '    title',
        '      "My Profile"',
        '  body',
        '    div role="banner"',
        '      button type="button" aria-label="Account menu for [email]" aria-haspopup="menu"',
        '        "[word]"',
        '      div role="menu"',
        '        span role="menuitem"',
        '          "Profile"',
        '        span role="menuitem"',
        '          "Log out"',
        '    div id="app"',
        '      h1',
        '        "My Profile"',
        '      input type="tel" autocomplete="tel" aria-label="Mobile number for [word] [word]" [value]',
        '    dialog open',
        '      p',
        '        "Session timed out. Please sign in again."',
        '      button type="button"',
        '        "OK"',
      ].join('\n'),
    );
    expect(report).not.toMatch(/07700|900123|Priya|Kowalski|sam\.patel2|nhs\.net/);

    // The test reads the clipboard from a web page (an extension page's origin cannot be granted clipboard-read).
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://portal.nhs.net' });
    const clipboard = () => page.bringToFront().then(() => page.evaluate(() => navigator.clipboard.readText()));
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    // Showing the report copied nothing.
    expect(await clipboard()).toBe('before');
    await popup.bringToFront();
    await section.screenshot({ path: screenshotPath('popup-layout-report.png') });
    expect(await axeViolationsIn(popup, '[data-testid="layout-report"]')).toEqual([]);
    await section.getByRole('button', { name: "Copy this page's layout" }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toBe("Copied this page's layout.");
    expect(await clipboard()).toBe(report);
    expect(session.strayRequests).toEqual([]);
  });

  it('"My last sign-in was on" 45 days ago → "!" red and the popup says inactive with the deletion date; survives a worker stop and a relaunch', async () => {
    // A browser of its own: it is relaunched from its profile.
    own = await launchExtension();
    const popup = await own.openPopup();
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

    await fillDate(popup, iso);
    await popup.getByRole('button', { name: 'Save date' }).click();
    await expect.poll(() => popup.getByTestId('stage').textContent()).toBe('Inactive');
    // The inactive card gives the deletion date in its next step, as the earliest it can be.
    await expect
      .poll(() =>
        popup.getByText(`it can be deleted from ${deletionWords} (at the earliest)`, { exact: false }).count(),
      )
      .toBe(1);
    const badge = await own.badge();
    expect(badge.text).toBe('!');
    expect(badge.colour.slice(0, 3)).toEqual([213, 40, 27]);
    expect(badge.title).toMatch(/^NHSmail Companion \(unofficial\): account inactive\. /);

    // Check 18: a stopped worker answers the popup and messaging just the same.
    await stopServiceWorkers(own);
    const again = await own.openPopup();
    await expect.poll(() => again.getByTestId('stage').textContent()).toBe('Inactive');
    await expect.poll(async () => (await own!.badge()).text).toBe('!');

    // Check 19: a relaunched profile keeps the data and re-creates the alarm.
    const profile = own.userDataDir;
    await own.close({ keepProfile: true });
    relaunchedProfile = profile;
    own = await launchExtension({ userDataDir: profile });
    const relaunched = await own.openPopup();
    // A relaunched browser starts the worker, runs onInstalled and then answers: give it time on a busy machine.
    await expect.poll(() => relaunched.getByTestId('stage').textContent(), { timeout: 15_000 }).toBe('Inactive');
    const alarms = await eventually(async () => {
      const w = await currentWorker(own!);
      const list = await w.evaluate(() =>
        (
          globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string }[]> } } }
        ).chrome.alarms.getAll(),
      );
      return list.length ? list : undefined;
    }, 'alarm re-created');
    expect(alarms.map((a) => a.name)).toEqual(['nhsc-tick']);
    await expect.poll(async () => (await own!.badge()).text).toBe('!');
  });

  it('a future date is refused with a clear message and nothing changes', async () => {
    const popup = await session.openPopup();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await fillDate(popup, tomorrow);
    await popup.getByRole('button', { name: 'Save date' }).click();
    // The popup's Day, Month and Year check refuses it before anything is sent.
    await expect
      .poll(() => popup.locator('#last-sign-in-error').textContent())
      .toBe('Error: Date must be today or in the past');
    expect(await storedSignIns(session)).toEqual({});
  });
});
