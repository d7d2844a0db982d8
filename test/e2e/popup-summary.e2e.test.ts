/**
 * The popup that sums up, end to end in Debian's Chromium (always en-US) with the built extension:
 * a UK date typed as Day, Month and Year is shown back in words and drives the badge; an earlier
 * typed date asks before replacing a seen sign-in and can be undone; the measured height at 360 px
 * in every status; the primary button's contrast in every forced state; axe at 320 and 360 px; a
 * keyboard-only walk; the README picture; "Add to my calendar" downloads a file that reads back with the right day;
 * the DSPT link carries the saved ODS code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  currentWorker,
  launchExtension,
  screenshotPath,
  storedEverything,
  type ExtensionSession,
} from './harness.ts';
import { contrastOfButton } from './contrast.ts';
import { readCalendarDownload } from './ics.ts';
import { londonDay, londonInstantDaysAgo } from './london-days.ts';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Replaces storage: one seen portal sign-in `daysAgo` days ago (none when undefined), and settings. */
async function seed(daysAgo: number | undefined, settings: Record<string, unknown> = {}): Promise<void> {
  const worker = await currentWorker(session);
  await worker.evaluate(
    async ({ at, settings }) => {
      const c = (
        globalThis as unknown as {
          chrome: { storage: { local: { clear(): Promise<void>; set(v: unknown): Promise<void> } } };
        }
      ).chrome;
      await c.storage.local.clear();
      const accounts =
        at === undefined
          ? {}
          : { 'jo.bloggs@nhs.net': { lastActivityAt: at, source: 'portal', recordedAt: at, previous: null } };
      await c.storage.local.set({
        signIns: { v: 3, data: { accounts } },
        settings: {
          v: 1,
          data: { remindersEnabled: true, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true, ...settings },
        },
      });
    },
    { at: daysAgo === undefined ? undefined : londonInstantDaysAgo(daysAgo), settings },
  );
}

async function popupAt(width: number, daysAgo: number | undefined, settings?: Record<string, unknown>): Promise<Page> {
  await seed(daysAgo, settings);
  // At its width from the start, as a popup opens: no layout at another width first.
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 700 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.getByTestId('stage').first().waitFor();
  // The help search, "Add to my calendar" and the DSPT link load together after the status: measure the settled popup.
  await page.getByLabel('What do you need help with?').waitFor();
  return page;
}

/** Opens "Enter the date of your last sign-in" if it is closed. */
async function openDateEntry(page: Page): Promise<void> {
  const details = page.getByTestId('date-entry');
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open)))
    await page.getByText('Enter the date of your last sign-in').click();
}

async function fillDate(page: Page, d: { day: number; month: number; year: number }): Promise<void> {
  await openDateEntry(page);
  await page.getByLabel('Day').fill(String(d.day));
  await page.getByLabel('Month').fill(String(d.month));
  await page.getByLabel('Year').fill(String(d.year));
}

describe('dates that cannot be misread', () => {
  it('the date input has three numeric parts and never the browser date control', async () => {
    const page = await popupAt(360, undefined);
    await openDateEntry(page);
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    for (const name of ['Day', 'Month', 'Year']) {
      expect(await page.getByLabel(name, { exact: true }).getAttribute('inputmode')).toBe('numeric');
    }
    await page.close();
  });

  it('a UK date through Day, Month and Year is shown back in words and drives the badge', async () => {
    // A day of the month from 1 to 12, unlike its month, so a US reading would be another date.
    const daysAgo = [...Array(29).keys()]
      .map((n) => n + 31)
      .find((n) => {
        const d = londonDay(n);
        return d.day <= 12 && d.day !== d.month;
      })!;
    const date = londonDay(daysAgo);
    const page = await popupAt(360, undefined);
    await expect.poll(async () => (await session.badge()).text).toBe('?');
    await fillDate(page, date);
    await page.getByRole('button', { name: 'Save date' }).click();
    await expect.poll(() => page.getByTestId('manual-saved').textContent()).toBe(`Saved: ${date.words}`);
    expect(await page.getByTestId('stage').textContent()).toBe('Inactive');
    expect(await page.getByTestId('last-sign-in').textContent()).toBe(`${date.words} (${daysAgo} days ago)`);
    expect(await page.getByTestId('record-source').textContent()).toBe('Entered by you');
    await expect.poll(async () => (await session.badge()).text).toBe('!');
    // Day 25: active, 5 days left, the badge counts them.
    const recent = londonDay(25);
    await fillDate(page, recent);
    await page.getByRole('button', { name: 'Save date' }).click();
    await expect.poll(() => page.getByTestId('manual-saved').textContent()).toBe(`Saved: ${recent.words}`);
    await expect.poll(async () => (await session.badge()).text).toBe('5');
    await page.close();
  });

  it.each([
    [{ day: '', month: '', year: '' }, 'Enter the date you last used NHSmail'],
    [{ day: '5', month: '', year: '2026' }, 'Date must include a month'],
    [{ day: '31', month: '2', year: '2026' }, 'Date must be a real date'],
    [{ day: '1', month: '1', year: '2099' }, 'Date must be today or in the past'],
  ])('refuses %j with the NHS.UK error message, and saves nothing', async (parts, message) => {
    const page = await popupAt(360, undefined);
    await openDateEntry(page);
    await page.getByLabel('Day').fill(parts.day);
    await page.getByLabel('Month').fill(parts.month);
    await page.getByLabel('Year').fill(parts.year);
    await page.getByRole('button', { name: 'Save date' }).click();
    const error = page.locator('#last-sign-in-error');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toBe(`Error: ${message}`);
    // What they typed is kept.
    expect(await page.getByLabel('Day').inputValue()).toBe(parts.day);
    const stored = (await storedEverything(session)) as { signIns: { data: { accounts: object } } };
    expect(stored.signIns.data.accounts).toEqual({});
    await page.close();
  });

  it('an earlier typed date asks before replacing a seen sign-in; "No" keeps it, "Yes" replaces it, Undo restores it', async () => {
    const page = await popupAt(360, 1);
    const seen = londonDay(1);
    const earlier = londonDay(20);
    expect(await page.getByTestId('record-source').textContent()).toBe('Seen on the NHSmail portal');
    await fillDate(page, earlier);
    await page.getByRole('button', { name: 'Save date' }).click();
    const ask = page.getByTestId('confirm-earlier');
    await ask.waitFor();
    expect(await ask.locator('p').textContent()).toBe(
      `${earlier.words} is earlier than the sign-in on ${seen.words} (seen on the nhsmail portal). The earlier date brings the deadlines closer.`,
    );
    await page.getByRole('button', { name: `No, keep ${seen.words}` }).click();
    expect(await page.getByTestId('last-sign-in').textContent()).toBe(`${seen.words} (1 day ago)`);

    await page.getByRole('button', { name: 'Save date' }).click();
    await page.getByRole('button', { name: `Yes, use ${earlier.words}` }).click();
    await expect.poll(() => page.getByTestId('last-sign-in').textContent()).toBe(`${earlier.words} (20 days ago)`);
    expect(await page.getByTestId('record-source').textContent()).toBe('Entered by you');

    await page.getByRole('button', { name: /Undo the last change/ }).click();
    await expect.poll(() => page.getByTestId('last-sign-in').textContent()).toBe(`${seen.words} (1 day ago)`);
    expect(await page.getByTestId('manual-saved').textContent()).toBe(
      `Undone: the last sign-in is back to ${seen.words}.`,
    );
    expect(await page.getByTestId('record-source').textContent()).toBe('Seen on the NHSmail portal');
    await page.close();
  });
});

const STATUSES: [string, number | undefined][] = [
  ['unknown', undefined],
  ['active', 3],
  ['nearly-inactive', 26],
  ['inactive', 40],
  ['deleted', 70],
  ['gone', 100],
];

describe('a popup that sums up', () => {
  const heights: Record<string, { total: number; nextStepBottom: number }> = {};

  for (const [name, daysAgo] of STATUSES) {
    it(`${name}: at 360 px at most 1,000 px tall, the status and its next step in the first 600 px`, async () => {
      const page = await popupAt(360, daysAgo, { sector: 'optometry' });
      expect(await page.locator('[data-stage]').getAttribute('data-stage')).toBe(name);
      const measured = await page.evaluate(() => {
        const card = document.querySelector('[data-stage]')!;
        // The next step: the card's warning callout, or else its button.
        const step = card.querySelector('.nhsuk-warning-callout__label, .nhsuk-button') ?? card;
        return {
          total: document.documentElement.scrollHeight,
          nextStepBottom: Math.ceil(step.getBoundingClientRect().bottom + window.scrollY),
        };
      });
      heights[name] = measured;
      expect(measured.total).toBeLessThanOrEqual(1000);
      expect(measured.nextStepBottom).toBeLessThanOrEqual(600);
      // Links to the rest: Help, the request emails, Settings.
      const nav = page.getByRole('navigation', { name: 'More from NHSmail Companion' });
      expect(await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        'help.html',
        'help.html#request-templates',
        'options.html',
      ]);
      await page.close();
    });
  }

  it('reports the heights', () => {
    console.log('popup heights at 360 px', JSON.stringify(heights));
    expect(Object.keys(heights)).toEqual(STATUSES.map(([name]) => name));
  });

  it('the help search shows the best results and points to the Help page', async () => {
    const page = await popupAt(360, 3, { sector: 'optometry' });
    expect(await page.locator('[data-need]').count()).toBe(0);
    await page.getByLabel('What do you need help with?').fill('password');
    await expect.poll(() => page.locator('[data-need]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-need]').count()).toBeLessThanOrEqual(3);
    expect(await page.getByTestId('all-topics').getAttribute('href')).toBe('help.html');
    await page.close();
  });
});

describe('beyond the portal', () => {
  it('"Add to my calendar" downloads an .ics that reads back with the last safe day', async () => {
    const page = await popupAt(360, 3, { sector: 'optometry' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to my calendar' }).click(),
    ]);
    const calendar = await readCalendarDownload(download);
    // Signed in 3 days ago: inactive 30 days after that day, so the event is on the 29th day.
    const day = londonDay(3 - 29).basic;
    expect(calendar.fileName).toBe(`nhsmail-deadline-${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}.ics`);
    expect(calendar.value('DTSTART;VALUE=DATE')).toBe(day);
    expect(calendar.value('DTEND;VALUE=DATE')).toBe(londonDay(3 - 30).basic);
    expect(calendar.value('SUMMARY')).toBe('Sign in to NHSmail today to keep your account active');
    expect(calendar.value('TRIGGER;RELATED=START')).toBe('-P3D');
    expect(calendar.lines.filter((l) => l.startsWith('BEGIN:'))).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'BEGIN:VALARM',
    ]);
    expect(await page.getByTestId('calendar-status').textContent()).toMatch(
      /^Saved a calendar file for \d{1,2} [A-Z][a-z]+ \d{4} \(jo\.bloggs@nhs\.net\)\. /,
    );
    await page.close();
  });

  it('no deadline to add: no calendar button', async () => {
    for (const daysAgo of [undefined, 100]) {
      const page = await popupAt(360, daysAgo, { sector: 'optometry' });
      expect(await page.getByRole('button', { name: 'Add to my calendar' }).count()).toBe(0);
      await page.close();
    }
  });

  it('with an ODS code saved, the DSPT link searches for it; without one there is none', async () => {
    const page = await popupAt(360, 3, { sector: 'optometry', odsCode: 'ABC12' });
    const link = page.getByRole('link', { name: /^Check the published DSPT status for ABC12/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://www.dsptoolkit.nhs.uk/OrganisationSearch/ABC12');
    expect(await page.getByTestId('dspt-link').textContent()).toBe(
      'Check the published DSPT status for ABC12 (opens in a new tab)Opens the DSPT website. NHSmail Companion cannot see your DSPT status itself.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    const without = await popupAt(360, 3, { sector: 'optometry' });
    expect(await without.getByTestId('dspt-link').count()).toBe(0);
    await without.close();
  });
});

describe('look and access', () => {
  it('the primary button keeps at least 4.5:1 contrast in every state (forced with CDP)', async () => {
    const page = await popupAt(360, undefined);
    const results = await contrastOfButton(session, page, page.getByRole('link', { name: /Open NHSmail portal/ }));
    console.log('Open NHSmail portal contrast', JSON.stringify(results));
    expect(Object.keys(results)).toEqual(['normal', 'hover', 'focus', 'active', 'visited', 'visited-hover']);
    for (const [state, ratio] of Object.entries(results)) expect([state, ratio >= 4.5]).toEqual([state, true]);
    await page.close();
  });

  for (const width of [320, 360]) {
    for (const [name, daysAgo] of STATUSES) {
      it(`axe-core finds no violations at ${width} px: ${name}`, async () => {
        const page = await popupAt(width, daysAgo, { sector: 'optometry' });
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.close();
      });
    }
    it(`axe-core finds no violations at ${width} px with a date error, the confirmation and search results`, async () => {
      const page = await popupAt(width, 1, { sector: 'optometry' });
      await openDateEntry(page);
      await page.getByLabel('Day').fill('31');
      await page.getByRole('button', { name: 'Save date' }).click();
      await page.locator('#last-sign-in-error').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await fillDate(page, londonDay(20));
      await page.getByRole('button', { name: 'Save date' }).click();
      await page.getByTestId('confirm-earlier').waitFor();
      await page.getByLabel('What do you need help with?').fill('locked');
      await page.locator('[data-need]').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('keyboard only: "I used NHSmail today", then a date through Day, Month, Year and Enter', async () => {
    const page = await popupAt(360, undefined);
    const focused = () =>
      page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.textContent || '',
      );
    async function tabTo(match: (f: string) => boolean, limit = 60): Promise<void> {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (match(await focused())) return;
      }
      throw new Error(`not reached by Tab; last focus ${await focused()}`);
    }
    await tabTo((f) => f === 'I used NHSmail today');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('stage').textContent()).toBe('Active');
    const date = londonDay(10);
    await tabTo((f) => f === 'Enter the date of your last sign-in');
    await page.keyboard.press('Enter');
    await tabTo((f) => f === 'last-sign-in-day');
    await page.keyboard.type(String(date.day));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(date.month));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(date.year));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('manual-saved').textContent()).toBe(`Saved: ${date.words}`);
    await tabTo((f) => f.startsWith('Undo the last change'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('manual-saved').textContent())
      .toMatch(/^Undone: the last sign-in is back to /);
    await page.close();
  });

  it('saves the README picture of the popup at 360 px', async () => {
    const page = await popupAt(360, 26, { sector: 'optometry' });
    await page.screenshot({ path: screenshotPath('popup.png'), fullPage: true });
    await page.close();
  });

  it('the popup makes no network requests', () => {
    expect(session.strayRequests).toEqual([]);
  });
});
