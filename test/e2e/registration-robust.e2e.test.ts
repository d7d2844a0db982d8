/**
 * Page layouts nobody here has seen, end to end in Chromium with the built extension: one test per
 * case in test/fixtures/registration/cases.ts, where each case says what the person expects. All
 * fixtures are ASSUMED layouts (test/fixtures/registration/README.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { CASES, type RegistrationCase } from '../fixtures/registration/cases.ts';
import { fixtureHtml, launchExtension, type ExtensionSession } from './harness.ts';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const panel = (page: Page) => page.getByRole('complementary', { name: /^NHSmail Companion/ });
const dialog = (page: Page) => page.getByRole('alertdialog');
const submissions = (where: Page | Frame) =>
  where.evaluate(() => (window as unknown as { __submissions: Record<string, string>[] }).__submissions);

async function open(c: RegistrationCase): Promise<{ page: Page; errors: string[] }> {
  // Each case at its own address, so one browser serves them all.
  const url = c.url.replace('Registration', `Registration?case=${encodeURIComponent(c.fixture)}`);
  await session.context.route(url.split('#')[0]!, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: fixtureHtml(`registration/${c.fixture}`),
    }),
  );
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

async function trigger(page: Page, c: RegistrationCase): Promise<void> {
  if ('click' in c.submit) await page.click(c.submit.click);
  else await page.press(c.submit.enter, 'Enter');
}

describe('registration on layouts nobody has seen (test/fixtures/registration/cases.ts)', () => {
  for (const c of CASES.filter((x) => x.expect === 'checked')) {
    it(`${c.layout}: ${c.name}`, async () => {
      const { page, errors } = await open(c);
      if (c.focus) {
        await page.locator(c.focus).waitFor();
        await page.click(c.focus);
      }
      await expect.poll(() => panel(page).count(), { timeout: 10_000 }).toBe(1);
      // The checklist comes from the background: until it has, the check knows only the fields.
      await expect.poll(() => panel(page).locator('h2').textContent(), { timeout: 10_000 }).toMatch(/to check$/);

      if (c.search) {
        await page.fill(c.search.field, c.search.value);
        await page.click(c.search.button);
        await expect
          .poll(() => page.evaluate(() => (window as unknown as { __searches: string[] }).__searches))
          .toEqual([c.search.value]);
        expect(await dialog(page).count()).toBe(0);
      }

      // The field is recognised: a bad mobile gets the 07 hint when the person leaves it, and keeps it.
      if (c.mobile) {
        await page.fill(c.mobile, '0123');
        await page.press(c.mobile, 'Tab');
        await expect
          .poll(() =>
            page
              .locator('nhsc-hint')
              .getByText(/starts 07/)
              .count(),
          )
          .toBe(1);
      }

      for (const f of c.fill) await page.fill(f.selector, f.value);
      await trigger(page, c);
      await expect.poll(async () => [await dialog(page).count(), (await submissions(page)).length]).toEqual([1, 0]);
      expect(
        await dialog(page)
          .getByText(/^Mobile number/)
          .count(),
      ).toBe(0);
      expect(await submissions(page)).toEqual([]);

      for (const fn of c.during ?? []) {
        await page.evaluate((name) => (window as unknown as Record<string, () => void>)[name]!(), fn);
      }
      await dialog(page).getByRole('button', { name: 'Submit anyway' }).click();
      await expect.poll(() => submissions(page).then((s) => s.length)).toBe(1);
      const [sent] = await submissions(page);
      expect(Object.fromEntries(c.fill.map((f) => [f.key, sent![f.key]]))).toEqual(
        Object.fromEntries(c.fill.map((f) => [f.key, f.value])),
      );
      // Longer than any page handler's wait: still exactly one, and the dialog does not come back.
      await page.waitForTimeout(700);
      expect((await submissions(page)).length).toBe(1);
      expect(await dialog(page).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const c of CASES.filter((x) => x.expect === 'silent')) {
    it(`${c.layout}: ${c.name}`, async () => {
      const { page, errors } = await open(c);
      const frame = page.frameLocator(c.frame!);
      for (const f of c.fill) await frame.locator(f.selector).fill(f.value);
      await frame.locator('#mobile-1').press('Tab');
      // Long enough for a scan and its debounce; nothing of ours appears anywhere.
      await page.waitForTimeout(500);
      await frame.locator((c.submit as { click: string }).click).click();
      const inner = page.frames().find((f) => f !== page.mainFrame())!;
      await expect.poll(() => submissions(inner).then((s) => s.length)).toBe(1);
      const [sent] = await submissions(inner);
      expect(Object.fromEntries(c.fill.map((f) => [f.key, sent![f.key]]))).toEqual(
        Object.fromEntries(c.fill.map((f) => [f.key, f.value])),
      );
      expect(await page.locator('[data-nhsc-host]').count()).toBe(0);
      expect(await inner.locator('[data-nhsc-host]').count()).toBe(0);
      expect(await dialog(page).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
