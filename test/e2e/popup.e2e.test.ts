/**
 * The toolbar popup end to end in Chromium with the built extension: the status
 * card for every stage, the support directory and its search, the sector chooser, the request
 * templates, axe-core at 320 and 800 px, and a keyboard-only walk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentWorker, launchExtension, type ExtensionSession, axeViolations } from './harness.ts';

const DAY = 86_400_000;

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
        at === undefined ? {} : { 'jo.bloggs@nhs.net': { lastActivityAt: at, source: 'portal', recordedAt: now } };
      await c.storage.local.set({ signIns: { v: 2, data: { accounts } } });
      if (settings) {
        await c.storage.local.set({
          settings: {
            v: 1,
            data: { remindersEnabled: true, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true, ...settings },
          },
        });
      }
    },
    { at: daysAgo === undefined ? undefined : now - daysAgo * DAY, now, settings },
  );
}

async function popupWith(daysAgo: number | undefined, settings?: Record<string, unknown>): Promise<Page> {
  await seed(daysAgo, settings);
  const page = await session.openPopup();
  await page.reload();
  await page.getByTestId('stage').first().waitFor();
  return page;
}

describe('status card for each stage', () => {
  it('unknown: nothing recorded yet, with the portal button', async () => {
    const page = await popupWith(undefined);
    expect(await page.getByTestId('stage').textContent()).toBe('Not known yet');
    const portal = page.getByRole('link', { name: /Open NHSmail portal/ });
    expect(await portal.getAttribute('href')).toBe('https://portal.nhs.net/');
    expect(await portal.getAttribute('target')).toBe('_blank');
    expect(await page.getByRole('button', { name: 'I used NHSmail today' }).count()).toBe(1);
    await page.close();
  });

  it('active: nothing to do, sign in before the date; honest about the lower bound', async () => {
    const page = await popupWith(3);
    expect(await page.getByTestId('stage').textContent()).toBe('Active');
    expect(await page.getByTestId('last-sign-in').textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} \(3 days ago\)$/);
    expect(await page.getByTestId('next-deadline').textContent()).toMatch(
      /^Becomes inactive on \d{1,2} [A-Z][a-z]+ \d{4} \(in 27 days\)$/,
    );
    expect(await page.getByText('Nothing to do now.').count()).toBe(1);
    expect(await page.getByText(/We only see sign-ins in this browser/).isVisible()).toBe(true);
    await page.close();
  });

  it('nearly inactive: a warning to sign in before the date', async () => {
    const page = await popupWith(26);
    expect(await page.getByTestId('stage').textContent()).toBe('Active');
    expect(await page.getByTestId('nearly').textContent()).toBe('Inactive in 4 days');
    expect(await page.getByRole('heading', { name: /Sign in before \d{1,2} [A-Z][a-z]+ \d{4}/ }).count()).toBe(1);
    await page.close();
  });

  it('inactive: sign in now, with the portal button and the deletion date', async () => {
    const page = await popupWith(45);
    expect(await page.getByTestId('stage').textContent()).toBe('Inactive');
    expect(await page.getByRole('heading', { name: /Sign in now/ }).count()).toBe(1);
    expect(await page.getByText(/it will be deleted on \d{1,2} [A-Z][a-z]+ \d{4}/).count()).toBe(1);
    expect(await page.locator('[data-stage="inactive"] a[href="https://portal.nhs.net/"]').count()).toBe(1);
    await page.close();
  });

  it('deleted: who emails whom, from which mailbox, with which details, by when; opens the restore template', async () => {
    const page = await popupWith(75, { sector: 'pharmacy' });
    expect(await page.getByTestId('stage').textContent()).toBe('Deleted – can still be restored');
    const steps = page.getByTestId('restore-steps');
    const text = (await steps.textContent()) ?? '';
    expect(text).toContain('shared mailbox owner');
    expect(text).toContain('helpdesk@nhs.net');
    expect(text).toContain("The site's shared mailbox");
    expect(text).toContain('The deleted email address');
    expect(text).toContain("The deleted user's mobile number");
    expect(text).toMatch(/Before \d{1,2} [A-Z][a-z]+ \d{4}/);
    await page.getByRole('button', { name: 'Write the restore email' }).click();
    // The templates render a frame after the status, so wait for the filled-in form.
    await expect.poll(() => page.getByLabel('Restore a deleted account').isChecked()).toBe(true);
    await expect.poll(() => page.getByLabel('The deleted NHSmail address').inputValue()).toBe('jo.bloggs@nhs.net');
    await page.close();
  });

  it('gone: apply again, with the prerequisites for the sector', async () => {
    const page = await popupWith(100, { sector: 'optometry' });
    expect(await page.getByTestId('stage').textContent()).toBe('Deleted for good');
    expect(await page.getByRole('heading', { name: /Apply again/ }).count()).toBe(1);
    const prerequisites = (await page.getByTestId('prerequisites').textContent()) ?? '';
    expect(prerequisites).toContain('Standards Met or higher');
    expect(prerequisites).toContain('NHSBSA authentication code');
    expect(prerequisites).toContain('mobile number starting 07');
    await page.close();
  });
});

describe('support directory', () => {
  it('searching "password" shows the helpdesk with its tel: and mailto: links and the phone menu path', async () => {
    const page = await popupWith(3);
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
    expect(await helpdesk.getByText(/Checked against these sources on \d{1,2} [A-Z][a-z]+ \d{4}\./).isVisible()).toBe(
      true,
    );
    // Typing narrows, clearing brings everything back.
    await page.getByLabel('What do you need help with?').fill('');
    // No sector chosen: all ten topics.
    await expect.poll(() => page.locator('[data-need]').count()).toBe(10);
    await page.close();
  });

  it('without a sector the chooser is shown; choosing optometry saves it and shows how to get the NHSBSA code', async () => {
    const page = await popupWith(3);
    expect(await page.getByText('What type of organisation do you work for?').isVisible()).toBe(true);
    await page.getByLabel('Optometry (GOS contractors)').check();
    await page.getByRole('button', { name: 'Save organisation type' }).click();
    await page.getByText('Showing help for:').waitFor();
    const worker = await currentWorker(session);
    const stored = await worker.evaluate(async () => {
      const c = (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, { data: { sector?: string } }>> } } };
        }
      ).chrome;
      return (await c.storage.local.get('settings')).settings?.data.sector;
    });
    expect(stored).toBe('optometry');
    await page.getByLabel('What do you need help with?').fill('code');
    const need = page.locator('[data-need="nhsbsa-code"]');
    await need.getByText('Get an NHSBSA authentication code (optometry)').waitFor();
    if (!(await need.evaluate((el) => (el as HTMLDetailsElement).open))) await need.locator(':scope > summary').click();
    expect(await need.locator('a[href="mailto:pao-support@nhsbsa.nhs.uk"]').first().isVisible()).toBe(true);
    expect(
      await need
        .getByText(/up to two weeks/)
        .first()
        .isVisible(),
    ).toBe(true);
    await page.close();
  });

  it('a pharmacy user does not see the optometry-only NHSBSA code', async () => {
    const page = await popupWith(3, { sector: 'pharmacy' });
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
    const page = await popupWith(3, { sector: 'optometry' });
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

describe('look and access', () => {
  for (const width of [320, 800]) {
    it(`axe-core finds no violations at ${width} px (with search results, the form errors and the email open)`, async () => {
      const page = await popupWith(75, { sector: 'optometry' });
      await page.setViewportSize({ width, height: 700 });
      await page.getByLabel('What do you need help with?').fill('password');
      await page.getByRole('button', { name: 'Create email' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // Nothing wider than the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

      await page.getByLabel('Full name').fill('Jo Bloggs');
      await page.getByLabel('Their mobile number').fill('07700 900123');
      await page.getByLabel('Their personal email address').fill('jo@example.com');
      await page.getByLabel('Owner', { exact: true }).check();
      await page.getByRole('button', { name: 'Create email' }).click();
      await page.locator('#email-text').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('keyboard only: Tab reaches the search, a contact link and the template form; Enter submits', async () => {
    const page = await popupWith(45, { sector: 'social-care' });
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}#${el.id}|${el.getAttribute('href') ?? ''}` : '';
      });
    async function tabUntil(match: (f: string) => boolean, limit = 200): Promise<number> {
      for (let i = 1; i <= limit; i++) {
        await page.keyboard.press('Tab');
        if (match(await focused())) return i;
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
    // A visible focus indicator on links (NHS yellow).
    await page.locator('#need-search').focus();
    await tabUntil((f) => f.endsWith('|tel:03332001133'));
    const background = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
    expect(background).toBe('rgb(255, 235, 59)');
    await page.close();
  });

  it('the popup makes no network requests', () => {
    expect(session.strayRequests).toEqual([]);
  });
});
