/**
 * The Help page end to end in Chromium with the built extension: the directory by need and its
 * search, the request emails (also opened from the popup's restore link, filled in), axe-core at
 * 320 px and 1366 px, a keyboard-only walk and the README picture; the deadline as a calendar file and the DSPT
 * status link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentWorker, launchExtension, screenshotPath, type ExtensionSession, axeViolations } from './harness.ts';
import { readCalendarDownload } from './ics.ts';
import { londonDay, londonInstantDaysAgo } from './london-days.ts';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Replaces the stored sign-ins (and optionally settings) from the worker, as the background stores them. */
async function seed(daysAgo: number | undefined, settings?: Record<string, unknown>): Promise<void> {
  const worker = await currentWorker(session);
  const now = Date.now();
  await worker.evaluate(
    async ({ at, now, settings }) => {
      const c = (
        globalThis as unknown as {
          chrome: { storage: { local: { clear(): Promise<void>; set(v: unknown): Promise<void> } } };
        }
      ).chrome;
      await c.storage.local.clear();
      const accounts =
        at === undefined
          ? {}
          : { 'jo.bloggs@nhs.net': { lastActivityAt: at, source: 'portal', recordedAt: now, previous: null } };
      await c.storage.local.set({ signIns: { v: 3, data: { accounts } } });
      if (settings) {
        await c.storage.local.set({
          settings: {
            v: 1,
            data: { remindersEnabled: true, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true, ...settings },
          },
        });
      }
    },
    { at: daysAgo === undefined ? undefined : londonInstantDaysAgo(daysAgo, now), now, settings },
  );
}

async function helpWith(
  daysAgo: number | undefined,
  settings?: Record<string, unknown>,
  search = '',
  width = 1366,
): Promise<Page> {
  await seed(daysAgo, settings);
  const page = await session.extensionPage(`help.html${search}`);
  await page.setViewportSize({ width, height: 768 });
  await page.locator('[data-need]').first().waitFor();
  return page;
}

describe('support directory', () => {
  it('searching "password" shows the helpdesk with its tel: and mailto: links and the phone menu path', async () => {
    const page = await helpWith(3);
    await page.getByLabel('What do you need help with?').pressSequentially('password');
    const need = page.locator('[data-need="password-locked"]');
    await need.locator('[data-contact="nhsmail-helpdesk"]').waitFor();
    expect(await page.locator('[data-need]').count()).toBe(1);
    const helpdesk = need.locator('[data-contact="nhsmail-helpdesk"]');
    expect(await helpdesk.locator('a[href="tel:03332001133"]').isVisible()).toBe(true);
    expect(await helpdesk.locator('a[href="mailto:helpdesk@nhs.net"]').isVisible()).toBe(true);
    const menu = (await helpdesk.getByTestId('phone-menu').textContent()) ?? '';
    // Whole sentences: "option 1" alone would also be met by "option 10" or by the second step only.
    expect(menu).toContain('Choose option 1: unable to access your account.');
    expect(menu).toContain('Then choose option 1 again: password reset.');
    expect(await helpdesk.getByTestId('opening').textContent()).toBe('Open now, 24 hours a day');
    // Source and review date on request.
    await helpdesk.getByText('Source and review date').click();
    expect(await helpdesk.getByTestId('reviewed').textContent()).toMatch(
      /^Last compared with these sources on \d{1,2} [A-Z][a-z]+ \d{4}\. That is when we checked this entry against them, not when the sources were written\.$/,
    );
    // Typing narrows, clearing brings everything back.
    await page.getByLabel('What do you need help with?').fill('');
    // No sector chosen: every topic.
    await expect.poll(() => page.locator('[data-need]').count()).toBe(16);
    await page.close();
  });

  it('optometry: shows how to get the NHSBSA code; the sector line links to Settings', async () => {
    const page = await helpWith(3, { sector: 'optometry' });
    expect(await page.getByTestId('help-sector').textContent()).toBe(
      'Showing help for Optometry (GOS contractors). Change the organisation type in Settings.',
    );
    expect(await page.getByRole('link', { name: 'Change the organisation type' }).getAttribute('href')).toBe(
      'options.html',
    );
    await page.getByLabel('What do you need help with?').fill('code');
    const need = page.locator('[data-need="nhsbsa-code"]');
    await need.getByText('Get an NHSBSA authentication code (optometry)').waitFor();
    if (!(await need.evaluate((el) => (el as HTMLDetailsElement).open))) await need.locator(':scope > summary').click();
    expect(await need.locator('a[href="mailto:pao-support@nhsbsa.nhs.uk"]').first().isVisible()).toBe(true);
    await page.close();
  });

  it('a pharmacy user does not see the optometry-only NHSBSA code', async () => {
    const page = await helpWith(3, { sector: 'pharmacy' });
    // The directory renders a frame after the status: make sure it is there before asserting absence.
    await page.locator('[data-need]').first().waitFor();
    await page.getByLabel('What do you need help with?').fill('nhsbsa');
    await expect.poll(() => page.locator('[data-need="nhsbsa-code"]').count()).toBe(0);
    expect(await page.locator('[data-need="password-locked"]').count()).toBe(0);
    await page.close();
  });
});

describe('request templates', () => {
  it('add a user: refuses a mobile that does not start 07, then produces the complete email', async () => {
    const page = await helpWith(3, { sector: 'optometry' });
    await page.getByLabel('Add a user').check();
    await page.getByLabel('Full name').fill('Jo Bloggs');
    await page.getByLabel('Their mobile number').fill('01632 960123');
    await page.getByLabel('Their personal email address').fill('jo.bloggs@example.com');
    await page.getByLabel('Member', { exact: true }).check();
    await page.getByRole('button', { name: 'Create email' }).click();
    await expect
      .poll(() => page.locator('.nhsuk-error-summary').textContent())
      .toContain('Enter a mobile number that starts 07');
    expect(await page.locator('#email-text').count()).toBe(0);

    await page.getByLabel('Their mobile number').fill('07700-900-123');
    await page.getByRole('button', { name: 'Create email' }).click();
    const body = await page.locator('#email-text').inputValue();
    expect(body).toContain('Full name: Jo Bloggs');
    expect(body).toContain('Mobile number: 07700 900123');
    expect(body).toContain('Personal email address: jo.bloggs@example.com');
    expect(body).toContain('Owner or member of the shared mailbox: Member');
    expect(await page.getByTestId('email-to').textContent()).toContain('helpdesk@nhs.net');
    expect(await page.getByText('Send it from the shared mailbox').isVisible()).toBe(true);
    const mailto = (await page.getByRole('link', { name: 'Open in my email app' }).getAttribute('href')) ?? '';
    expect(mailto.startsWith('mailto:helpdesk@nhs.net?subject=')).toBe(true);
    const url = new URL(mailto);
    expect(url.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(body.replace(/\r\n/g, '\n'));
    // Older sector mailbox shown as a dated alternative, never first.
    expect(await page.getByText(/Older guidance for your sector used optomadmin@nhs.net/).count()).toBe(1);
    await page.close();
  });
});

describe('opened from the popup', () => {
  it('the restore link opens the restore email, filled in with the address and the last day', async () => {
    const popup = await session.openPopup();
    await seed(75, { sector: 'pharmacy' });
    await popup.reload();
    const href = (await popup.getByRole('link', { name: /Write the restore email/ }).getAttribute('href')) ?? '';
    expect(href).toMatch(
      /^help\.html\?template=restore-account&address=jo\.bloggs%40nhs\.net&by=\d{4}-\d{2}-\d{2}#request-templates$/,
    );
    await popup.close();
    const page = await session.extensionPage(href);
    await expect.poll(() => page.getByLabel('Restore a deleted account').isChecked()).toBe(true);
    await expect.poll(() => page.getByLabel('The deleted NHSmail address').inputValue()).toBe('jo.bloggs@nhs.net');
    await page.close();
  });
});

describe('your deadline and your DSPT', () => {
  it('"Add to my calendar" downloads the .ics with the last safe day; the DSPT link carries the saved ODS code', async () => {
    const page = await helpWith(10, { sector: 'optometry', odsCode: 'ABC12' });
    const section = page.getByTestId('beyond');
    expect(await section.getByRole('heading').textContent()).toBe('Your deadline and your DSPT');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Add to my calendar' }).click(),
    ]);
    const calendar = await readCalendarDownload(download);
    expect(calendar.value('DTSTART;VALUE=DATE')).toBe(londonDay(10 - 29).basic);
    const dspt = section.getByRole('link', { name: /^Check the published DSPT status for ABC12/ });
    expect(await dspt.getAttribute('href')).toBe('https://www.dsptoolkit.nhs.uk/OrganisationSearch/ABC12');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('without an ODS code or a deadline: the public DSPT search, and no deadline to add yet', async () => {
    const page = await helpWith(undefined, { sector: 'optometry' });
    const section = page.getByTestId('beyond');
    expect(await section.getByTestId('calendar-none').textContent()).toBe('There is no deadline to add yet.');
    expect(await section.getByRole('button', { name: 'Add to my calendar' }).count()).toBe(0);
    expect(
      await section
        .getByRole('link', { name: /^Search for your organisation’s published DSPT status/ })
        .getAttribute('href'),
    ).toBe('https://www.dsptoolkit.nhs.uk/OrganisationSearch');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('look and access', () => {
  for (const width of [320, 1366]) {
    it(`axe-core finds no violations at ${width} px (search results, form errors, the email)`, async () => {
      const page = await helpWith(75, { sector: 'optometry' }, '', width);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('What do you need help with?').fill('password');
      await page.getByRole('button', { name: 'Create email' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.close();
    });
  }

  it('desktop type sizes at desktop width: 19 px body text, Arial, no remote fonts', async () => {
    const page = await helpWith(3, { sector: 'optometry' });
    const style = await page.evaluate(() => {
      const p = document.querySelector('main p')!;
      const s = getComputedStyle(p);
      return { size: s.fontSize, family: s.fontFamily, faces: document.fonts.size };
    });
    expect(style).toEqual({ size: '19px', family: 'arial, sans-serif', faces: 0 });
    await page.close();
  });

  it('keyboard only: Tab reaches the search, a contact link and the email form; Enter submits', async () => {
    const page = await helpWith(45, { sector: 'social-care' });
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}#${el.id}|${el.getAttribute('href') ?? ''}` : '';
      });
    async function tabUntil(match: (f: string) => boolean, limit = 300): Promise<void> {
      for (let i = 1; i <= limit; i++) {
        await page.keyboard.press('Tab');
        if (match(await focused())) return;
      }
      throw new Error(`not reached by Tab; last focus ${await focused()}`);
    }
    await tabUntil((f) => f.startsWith('input#need-search'));
    await page.keyboard.type('locked');
    await tabUntil((f) => f.endsWith('|tel:03332001133'));
    await tabUntil((f) => f.startsWith('input#request-fullName'));
    await page.keyboard.type('Sam Smith');
    await page.keyboard.press('Tab');
    await page.keyboard.type('07700900123');
    await page.keyboard.press('Tab');
    await page.keyboard.type('sam@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    const body = await page.locator('#email-text').inputValue();
    expect(body).toContain('Full name: Sam Smith');
    expect(body).toContain('Mobile number: 07700 900123');
    await page.close();
  });

  it('saves the README picture of the Help page', async () => {
    const page = await helpWith(3, { sector: 'optometry' });
    await page.getByLabel('What do you need help with?').fill('password');
    await page.screenshot({ path: screenshotPath('help.png') });
    await page.close();
  });

  it('the Help page makes no network requests', () => {
    expect(session.strayRequests).toEqual([]);
  });
});
