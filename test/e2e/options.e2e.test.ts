/**
 * The options page in Chromium with the built extension: it saves, exports,
 * erases and imports; a bad file is refused with its problems listed and nothing changed; axe finds
 * no violations; everything is reachable by keyboard.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES,
  ROOT,
  eventually,
  launchExtension,
  type ExtensionSession,
  screenshotPath,
  storedEverything,
  axeViolations,
} from './harness.ts';

const GOOD = path.join(FIXTURES, 'local-directory/buckinghamshire.json');
const BAD = path.join(FIXTURES, 'local-directory/bad-contacts.json');

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

async function openOptions(): Promise<Page> {
  const page = await session.extensionPage('options.html');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Save settings' }).waitFor();
  return page;
}

describe('options page in Chromium', () => {
  it('the manifest opens it in a tab as the options page', async () => {
    const manifest = JSON.parse(
      readFileSync(path.join(ROOT, process.env.NHSC_OUT_DIR ?? '.output', 'chrome-mv3/manifest.json'), 'utf8'),
    ) as {
      options_ui: { page: string; open_in_tab: boolean };
    };
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('saves the organisation, reminders and hints settings', async () => {
    const page = await openOptions();
    expect(await page.getByText('Independent tool, not provided by NHS England').count()).toBe(1);
    await page.getByLabel('Optometry (GOS contractors)').check();
    await page.getByLabel('Site ODS code').fill('abc12');
    expect(await page.getByTestId('implied-mailbox').textContent()).toBe(
      'Information: Your shared mailbox address is probably optometry.ABC12@nhs.net.',
    );
    await page.getByLabel('Shared mailbox owner').check();
    await page.getByLabel('How many days before each deadline').fill('10');
    await page.getByLabel('Show hints on NHSmail portal pages').uncheck();
    // One Save for the page, one confirmation.
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(() => page.getByTestId('settings-status').textContent())
      .toMatch(/^Saved: Optometry \(GOS contractors\), reminders 10 days before each deadline.*, portal hints off\.$/);

    const settings = (await storedEverything(session)).settings as { data: Record<string, unknown> };
    expect(settings.data).toMatchObject({
      sector: 'optometry',
      odsCode: 'ABC12',
      role: 'owner',
      reminderDaysAhead: 10,
      hintsEnabled: false,
    });

    // A reload shows what was saved.
    await page.reload();
    await expect.poll(() => page.getByLabel('Site ODS code').inputValue()).toBe('ABC12');
    expect(await page.getByLabel('Optometry (GOS contractors)').isChecked()).toBe(true);
    await page.close();
  });

  it('a bad local directory file is refused with its problems listed and nothing changed', async () => {
    const page = await openOptions();
    const before = await storedEverything(session);
    await page.getByLabel('Local directory file').setInputFiles(BAD);
    await page.getByRole('button', { name: 'Import file' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.locator('.nhsuk-error-summary__title').textContent()).toBe(
      'The file was not imported and nothing was changed',
    );
    expect(await problems.locator('li').allTextContents()).toEqual([
      'published: must be a date written as YYYY-MM-DD, for example 2026-11-23',
      'contacts[0].emial: is not a field this format knows; check the spelling',
      'contacts[0]: needs at least one of email, phone or url',
      'contacts[1].email: not an email address',
      'contacts[2].source: is missing',
      'contacts[2].reviewed: is not a real calendar date',
      'contacts[3].url: not a web address starting with https://',
    ]);
    expect(await storedEverything(session)).toEqual(before);
    expect(await page.getByTestId('local-directory').textContent()).toBe('No local contacts imported.');
    await page.close();
  });

  it('imports a good file, lists the contacts with their source, and downloads the same file back', async () => {
    const page = await openOptions();
    await page.getByLabel('Local directory file').setInputFiles(GOOD);
    await page.getByRole('button', { name: 'Import file' }).click();
    await expect.poll(() => page.getByTestId('import-status').textContent()).toMatch(/^Imported 5 contacts/);
    const listed = await page.getByTestId('local-directory').textContent();
    expect(listed).toContain('buc-tr.buckseyecas@nhs.net');
    expect(listed).toContain('Source: https://loc-online.co.uk/buckinghamshire-loc/professionals/nhs-mail');
    expect((await storedEverything(session)).localDirectory).toMatchObject({
      v: 1,
      data: { publisher: expect.stringContaining('Buckinghamshire') },
    });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the local directory file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('local-directory-2026-11-23.json');
    expect(readFileSync(await download.path(), 'utf8')).toBe(readFileSync(GOOD, 'utf8'));
    await page.close();
  });

  it('exports everything as JSON', async () => {
    const page = await openOptions();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything as a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nhsmail-companion-export-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      format: string;
      formatVersion: number;
      items: Record<string, unknown>;
    };
    expect(data.format).toBe('nhsmail-companion-export');
    expect(data.formatVersion).toBe(1);
    expect(Object.keys(data.items)).toEqual(expect.arrayContaining(['settings', 'localDirectory']));
    await page.close();
  });

  it('restores from an export file: erase, then restore gives the same settings back; a bad file changes nothing', async () => {
    const page = await openOptions();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything as a file' }).click(),
    ]);
    const backup = await download.path();
    const before = await storedEverything(session);

    // A file that is not an export is refused with its problem listed; nothing changes.
    await page.getByLabel('Restore from an export file').setInputFiles(GOOD);
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('restore-problems').locator('li').allTextContents())
      .toEqual(['format: this is not an NHSmail Companion export file']);
    expect(await storedEverything(session)).toEqual(before);

    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await eventually(async () => !(await storedEverything(session)).settings, 'everything erased');

    await page.getByLabel('Restore from an export file').setInputFiles(backup);
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByText('Restored from the export file.').count()).toBe(1);
    const after = await storedEverything(session);
    for (const key of ['settings', 'localDirectory']) expect(after[key]).toEqual(before[key]);
    expect(await page.getByLabel('Optometry (GOS contractors)').isChecked()).toBe(true);
    await page.close();
  });

  it('axe-core finds no violations, with the import problems and the erase confirmation showing', async () => {
    const page = await openOptions();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Local directory file').setInputFiles(BAD);
    await page.getByRole('button', { name: 'Import file' }).click();
    await page.getByTestId('import-problems').waitFor();
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByTestId('erase-confirm').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('keyboard only: Tab reaches every control in order; Enter saves', async () => {
    const page = await openOptions();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}#${el.id}|${el.textContent?.trim() ?? ''}` : '';
      });
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    const joined = reached.join('\n');
    for (const expected of [
      'input#sector-',
      'input#ods-code',
      'input#role-owner',
      'input#reminders-enabled',
      'input#days-ahead',
      'input#dspt-reminder',
      'input#hints-enabled',
      'input#directory-file',
      'Erase everything',
    ]) {
      expect(joined).toContain(expected);
    }
    // Type a code and press Enter in the field: the form saves.
    await page.getByLabel('Site ODS code').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('XYZ99');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('settings-status').textContent()).toMatch(/^Saved: /);
    await page.close();
  });

  it('erase asks first; cancel keeps everything; confirming erases everything', async () => {
    const page = await openOptions();
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(Object.keys(await storedEverything(session))).toEqual(
      expect.arrayContaining(['settings', 'localDirectory']),
    );
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect.poll(() => page.getByTestId('data-status').textContent()).toBe('Everything was erased.');
    const after = await eventually(async () => {
      const s = await storedEverything(session);
      return !('settings' in s) && !('localDirectory' in s) ? s : undefined;
    }, 'storage erased');
    expect(after).not.toHaveProperty('signIns');
    expect(await page.getByLabel('Site ODS code').inputValue()).toBe('');
    expect(await page.getByTestId('local-directory').textContent()).toBe('No local contacts imported.');
    expect(session.strayRequests).toEqual([]);
    await page.close();
  });

  it('errors: one error summary with links, the field messages, axe clean; GP locums see no site ODS code', async () => {
    const page = await openOptions();
    await page.getByLabel('Community pharmacy (including dispensing appliance contractors)').check();
    await page.getByLabel('Site ODS code').fill('V03462');
    await page.getByLabel('How many days before each deadline').fill('40');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const summary = page.getByTestId('settings-errors');
    await summary.waitFor();
    expect(await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#ods-code',
      '#days-ahead',
    ]);
    expect(await page.locator('#days-ahead-error').textContent()).toBe(
      'Error: Enter a whole number of days from 1 to 21',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('GP locum').check();
    expect(await page.getByLabel('Site ODS code').count()).toBe(0);
    expect(await page.getByLabel('Shared mailbox owner').count()).toBe(0);
    await page.close();
  });

  it('desktop width: the page uses the width, 19 px body text, styled radios (not native)', async () => {
    const page = await openOptions();
    const look = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      const radio = document.querySelector('.nhsuk-radios__input')!;
      return {
        mainWidth: Math.round(main.width),
        body: getComputedStyle(document.querySelector('main p') ?? document.body).fontSize,
        radioOpacity: getComputedStyle(radio).opacity,
      };
    });
    expect(look.mainWidth).toBeGreaterThanOrEqual(960);
    expect(look.body).toBe('19px');
    expect(look.radioOpacity).toBe('0');
    await page.close();
  });

  it('saves the README picture of Settings at 1366 px', async () => {
    const page = await openOptions();
    await page.getByLabel('Optometry (GOS contractors)').check();
    await page.getByLabel('Site ODS code').fill('ABC12');
    await page.mouse.move(0, 0);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: screenshotPath('settings.png') });
    await page.close();
  });
});
