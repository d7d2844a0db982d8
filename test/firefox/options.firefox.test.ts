/**
 * Journey 5 in Firefox ESR: the options page (opened in a tab, as the manifest asks) saves the
 * organisation type and ODS code, and what was saved survives a reload and a fresh tab.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtManifest,
  chooseSector,
  chosenSector,
  eventually,
  firefoxUnavailable,
  launchFirefox,
  statusLines,
  submitFormOf,
  typeInto,
  type FirefoxSession,
} from './harness.ts';
import { OPTIONS, settingsIn } from './journeys.ts';

const skip = firefoxUnavailable();

const valueOf = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).value);

describe.skipIf(skip)('options page in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the manifest opens it in a tab', () => {
    const manifest = builtManifest() as unknown as { options_ui: { page: string; open_in_tab: boolean } };
    expect(manifest.options_ui).toEqual({ page: OPTIONS.file, open_in_tab: true });
  });

  it('saves the organisation type and ODS code; both survive a reload and a new tab', async () => {
    const page = await session.openExtensionPage(OPTIONS.file);
    await page.waitForSelector(OPTIONS.odsCode);
    expect(await chosenSector(page)).toBe('');
    await chooseSector(page, OPTIONS.choice.sector);
    expect(await chosenSector(page)).toBe(OPTIONS.choice.sector);
    await typeInto(page, OPTIONS.odsCode, OPTIONS.choice.odsCode.toLowerCase());
    await submitFormOf(page, OPTIONS.odsCode);
    await eventually(async () => (await statusLines(page)).some((l) => OPTIONS.saved.test(l)), 'the saved message');

    const settings = await eventually(async () => {
      const s = settingsIn(await session.stored());
      return s.sector ? s : undefined;
    }, 'the stored settings');
    expect(settings).toMatchObject({ sector: OPTIONS.choice.sector, odsCode: OPTIONS.choice.odsCode });

    await session.reloadExtensionPage(page);
    await page.waitForSelector(OPTIONS.odsCode);
    await eventually(async () => (await chosenSector(page)) === OPTIONS.choice.sector, 'the sector after reload');
    expect(await valueOf(page, OPTIONS.odsCode)).toBe(OPTIONS.choice.odsCode);
    // A fresh document: the choice comes from storage, not from a message left on the page.
    expect((await statusLines(page)).filter((l) => OPTIONS.saved.test(l))).toEqual([]);
    await page.close();

    const again = await session.openExtensionPage(OPTIONS.file);
    await again.waitForSelector(OPTIONS.odsCode);
    await eventually(async () => (await chosenSector(again)) === OPTIONS.choice.sector, 'the sector in a new tab');
    expect(await valueOf(again, OPTIONS.odsCode)).toBe(OPTIONS.choice.odsCode);
    await again.close();
  });

  it('made no network request and reported no error', async () => {
    expect(session.proxy.stray()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
