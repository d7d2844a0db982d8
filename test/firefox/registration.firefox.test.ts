/**
 * Journey 4 in Firefox ESR: the registration portal (https://portal.nhs.net/Registration#/optometry,
 * test/fixtures/registration/optometry-label-for.html, served by the loopback proxy). The panel
 * appears; a bad mobile gets a hint beside the field; submitting with unmet items shows the check
 * before submitting and sends nothing; "Submit anyway" runs the page's own submit handler exactly
 * once with the typed values. Clicks are real (trusted) BiDi input, as the panel requires.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonNamed,
  checkboxLabelled,
  clickButton,
  eventually,
  firefoxUnavailable,
  holdsFor,
  launchFirefox,
  screenshotPath,
  submissions,
  typeInto,
  type FirefoxSession,
} from './harness.ts';
import { REGISTRATION as R } from './journeys.ts';

const skip = firefoxUnavailable();

const dialogOpen = (page: Page) =>
  page.evaluate(
    (host, selector) =>
      Boolean(document.querySelector(host)?.shadowRoot?.querySelector<HTMLDialogElement>(selector)?.open),
    R.dialogHost,
    R.dialog,
  );

const dialogItems = (page: Page) =>
  page.evaluate(
    (host, selector) =>
      [...(document.querySelector(host)?.shadowRoot?.querySelectorAll(`${selector} li`) ?? [])].map(
        (li) => li.textContent?.trim() ?? '',
      ),
    R.dialogHost,
    R.dialog,
  );

async function values(page: Page, selectors: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const s of selectors) out[s] = await page.$eval(s, (el) => (el as HTMLInputElement).value);
  return out;
}

describe.skipIf(skip)('registration portal in Firefox ESR', () => {
  let session: FirefoxSession;
  let page: Page;
  beforeAll(async () => {
    session = await launchFirefox({ routes: [{ url: R.route, fixture: R.fixture }] });
    page = await session.openPortal(R.url);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the panel appears once, named, with the optometry checklist', async () => {
    await page.waitForSelector(`${R.panelHost} >>> ${R.panel}`, { timeout: 10_000 });
    expect(await page.$$eval(R.panelHost, (hosts) => hosts.length)).toBe(1);
    const name = await page.$eval(`${R.panelHost} >>> ${R.panel}`, (aside) => {
      const labelledBy = aside.getAttribute('aria-labelledby');
      const root = aside.getRootNode() as ShadowRoot;
      return aside.getAttribute('aria-label') ?? (labelledBy ? root.getElementById(labelledBy)?.textContent : '') ?? '';
    });
    expect(name).toMatch(R.panelName);
    // The checklist may start folded ("Show checklist").
    const show = await buttonNamed(page, R.showChecklist, R.panelHost, 3000).catch(() => undefined);
    if (show) await show.click();
    const item = await checkboxLabelled(page, R.sectorItem, R.panelHost);
    expect(await item.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    await item.dispose();
  });

  it('a mobile that does not start 07 gets a hint beside the field once the person leaves it', async () => {
    await typeInto(page, R.mobile, R.badMobile);
    await page.keyboard.press('Tab');
    // Each hint host's rendered text (its shadow root minus the style sheet).
    const hints = () =>
      page.evaluate((host) => {
        return [...document.querySelectorAll(host)].map((h) =>
          [...(h.shadowRoot?.children ?? [])]
            .filter((c) => c.tagName !== 'STYLE')
            .map((c) => c.textContent ?? '')
            .join(''),
        );
      }, R.hintHost);
    const shown = await eventually(async () => {
      const all = await hints();
      return all.some((t) => R.mobileHint.test(t)) ? all : undefined;
    }, 'the mobile hint');
    expect(shown.filter((t) => R.mobileHint.test(t))).toHaveLength(1);
    const beside = await page.$eval(R.mobile, (el) => el.nextElementSibling?.tagName.toLowerCase());
    expect(beside).toBe(R.hintHost);
  });

  it('submitting with unmet items shows the check before submitting and sends nothing', async () => {
    for (const [selector, value] of Object.entries(R.typed)) await typeInto(page, selector, value);
    await page.click(R.submit);
    await eventually(() => dialogOpen(page), 'the check before submitting');
    const items = await dialogItems(page);
    expect(items.some((i) => R.dialogMentions.test(i))).toBe(true);
    expect(items.some((i) => R.unmet.test(i))).toBe(true);
    expect(await submissions(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('firefox-registration.png') });

    // "Go back" closes it, keeps every value and takes the person to the problem.
    const typed = await values(page, [...Object.keys(R.typed), R.mobile]);
    await clickButton(page, R.goBack, R.dialogHost);
    await eventually(async () => !(await dialogOpen(page)), 'the dialog to close');
    expect(await values(page, Object.keys(typed))).toEqual(typed);
    expect(await page.$eval(R.mobile, (el) => el === document.activeElement)).toBe(true);
    expect(await submissions(page)).toEqual([]);
  });

  it('"Submit anyway" submits exactly once, with the typed values', async () => {
    await typeInto(page, R.mobile, R.goodMobile);
    const before = await values(page, Object.keys(R.keys));
    expect(before[R.mobile]).toBe(R.goodMobile);
    await page.click(R.submit);
    await eventually(() => dialogOpen(page), 'the check before submitting (ticks still unmet)');
    expect((await dialogItems(page)).some((i) => R.unmet.test(i))).toBe(true);
    expect(await submissions(page)).toEqual([]);

    await clickButton(page, R.submitAnyway, R.dialogHost);
    await eventually(async () => (await submissions(page)).length === 1, 'one submission');
    const [sent] = await submissions(page);
    for (const [selector, value] of Object.entries(before)) expect(sent![R.keys[selector]!]).toBe(value);
    expect(await dialogOpen(page)).toBe(false);
    await holdsFor(async () => (await submissions(page)).length === 1, 'exactly one submission', 1000);
    expect(await values(page, Object.keys(R.keys))).toEqual(before);
  });

  it('the fixture came from the proxy, nothing else went out, and the page reported no error', async () => {
    expect(session.proxy.served()).toEqual(['/Registration']);
    expect(session.proxy.stray()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
