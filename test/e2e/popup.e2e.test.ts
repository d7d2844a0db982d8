/**
 * The toolbar popup's status card for every stage, end to end in Chromium with the built extension.
 * Dates, heights, contrast, axe and the keyboard walk: popup-summary.e2e.test.ts; the directory and
 * the request emails moved to the Help page: help.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentWorker, launchExtension, type ExtensionSession } from './harness.ts';
import { londonInstantDaysAgo } from './london-days.ts';

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
    { at: daysAgo === undefined ? undefined : londonInstantDaysAgo(daysAgo, now), now, settings },
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
      /^Becomes inactive on \d{1,2} [A-Z][a-z]+ \d{4} \(in 27 days, at the earliest\)$/,
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
    expect(await page.getByText(/it can be deleted from \d{1,2} [A-Z][a-z]+ \d{4} \(at the earliest\)\./).count()).toBe(
      1,
    );
    expect(await page.locator('[data-stage="inactive"] a[href="https://portal.nhs.net/"]').count()).toBe(1);
    await page.close();
  });

  it('deleted: who emails whom, from which mailbox, with which details, by when', async () => {
    const page = await popupWith(75, { sector: 'pharmacy' });
    expect(await page.getByTestId('stage').textContent()).toBe('Deleted – can still be restored');
    const text = (await page.getByTestId('restore-steps').textContent()) ?? '';
    expect(text).toBe(
      "The shared mailbox owner (or your local administrator, if your organisation has one) emails the NAS at helpdesk@nhs.net from the site's shared mailbox, with the deleted email address and the deleted user's mobile number.",
    );
    expect(
      await page.getByRole('heading', { name: /^Important: Restore it before \d{1,2} [A-Z][a-z]+ \d{4}$/ }).count(),
    ).toBe(1);
    await page.close();
  });

  it('gone: apply again, with the prerequisites for the sector', async () => {
    const page = await popupWith(100, { sector: 'optometry' });
    expect(await page.getByTestId('stage').textContent()).toBe('Probably can no longer be restored');
    expect(await page.getByRole('heading', { name: /Apply again/ }).count()).toBe(1);
    await page.getByText('If your organisation has to apply again').click();
    expect(await page.getByTestId('prerequisites').textContent()).toBe(
      "You need a published DSPT assessment (Standards Met or higher), your site's ODS code, the NHSBSA authentication code, for each person, a mobile number starting 07 and a personal email address not shared with anyone else.",
    );
    await page.close();
  });
});
