/**
 * A checklist that helps without burying the form, measured in Chromium at 1366×768 with the built
 * extension: compact by default, the page's first field in the first screen with the panel
 * mounted, items the form proves met by the form, and a check before submitting that lists only
 * what the form cannot prove or shows wrong, each once, the person's own confirmations first.
 * Fixture: optometry-label-for.html (an ASSUMED layout at the one known route).
 */
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launchExtension, screenshotPath, type ExtensionSession } from './harness.ts';

// One browser for the file; reset() clears routes, ticks and the clipboard permissions between tests.
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension({ reusable: true });
});
afterEach(async () => {
  await session.reset();
});
afterAll(async () => {
  await session?.close();
});

const panel = (page: Page) => page.getByRole('complementary', { name: /^NHSmail Companion/ });
const dialog = (page: Page) => page.getByRole('alertdialog');

async function open(): Promise<Page> {
  await session.route([
    { url: /^https:\/\/portal\.nhs\.net\/Registration(#.*)?$/, fixture: 'registration/optometry-label-for.html' },
  ]);
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('https://portal.nhs.net/Registration#/optometry');
  await panel(page).waitFor();
  // The checklist comes from the background: until it has, the check knows only the fields.
  await expect.poll(() => panel(page).locator('h2').textContent(), { timeout: 10_000 }).toMatch(/to check$/);
  return page;
}

async function axe(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async (sel) => {
    const run = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const out: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      const r = await run.run(el, { rules: { region: { enabled: false } } });
      out.push(...r.violations.map((v) => `${v.id} (${v.nodes.length})`));
    }
    return out;
  }, selector);
}

describe('the registration checklist at 1366×768', () => {
  it('compact by default, with the first field in the first screen', async () => {
    const page = await open();
    // Optometry's must-do items: 4 the person confirms, 4 the form proves (all empty so far).
    await expect
      .poll(() => panel(page).getByRole('heading', { level: 2 }).textContent())
      .toBe('NHSmail Companion: 8 things to check');
    expect(await panel(page).getByRole('button', { name: 'Show checklist' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(await panel(page).getByRole('checkbox').count()).toBe(0);
    const panelBox = await page.locator('nhsc-panel').boundingBox();
    const first = await page.locator('#reg input').first().boundingBox();
    expect(panelBox!.height).toBeLessThanOrEqual(120);
    expect(first!.y + first!.height).toBeLessThanOrEqual(768);
    expect(await axe(page, 'nhsc-panel')).toEqual([]);
    await page.screenshot({ path: screenshotPath('registration.png'), fullPage: false });
  });

  it('items the form proves are met by the form, not by a tick', async () => {
    const page = await open();
    await page.fill('#auth', 'ABC-123');
    await page.fill('#ods', 'TST12');
    await page.fill('#mobile-1', '07700 900123');
    await page.fill('#email-1', 'jo.bloggs@example.com');
    await page.press('#email-1', 'Tab');
    await expect
      .poll(() => panel(page).getByRole('heading', { level: 2 }).textContent())
      .toBe('NHSmail Companion: 4 things to check');
    await panel(page).getByRole('button', { name: 'Show checklist' }).click();
    const done = panel(page).getByText('Done on the form', { exact: true });
    expect(await done.count()).toBe(4);
    // Only the items a person confirms have a box to tick.
    const boxes = panel(page).getByRole('checkbox');
    expect(await boxes.count()).toBe(await panel(page).locator('input[type="checkbox"]').count());
    expect(await panel(page).getByRole('checkbox', { name: 'We have an NHSBSA authentication code' }).count()).toBe(0);
    expect(await axe(page, 'nhsc-panel')).toEqual([]);
  });

  it('the check lists only unmet items the form cannot prove, each once, the person’s own first', async () => {
    const page = await open();
    await page.fill('#ods', 'TST12');
    await page.fill('#mobile-1', '07700 900123');
    await page.fill('#email-1', 'jo.bloggs@example.com');
    await page.fill('#mobile-2', '07700 900123');
    await page.fill('#email-2', 'sam.smith@example.org');
    await page.click('#submit');
    await expect.poll(() => dialog(page).count()).toBe(1);
    const listed = (await dialog(page).locator('li').allTextContents()).map((t) => t.trim());
    expect(listed).toEqual([
      'Not ticked: Nobody being registered already has an NHSmail account.',
      'Not ticked: Our DSPT assessment is published at Standards Met or higher.',
      'Not ticked: We have 10 or fewer sites.',
      'Not ticked: We have decided who owns the shared mailbox and who are members.',
      'Authentication code: Enter the NHSBSA authentication code. Without it the application is not processed.',
      expect.stringMatching(/^Mobile number \(2 of 2\): /),
    ]);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((t) => /authentication code/i.test(t))).toHaveLength(1);
    expect(listed.filter((t) => /ODS|email/i.test(t))).toEqual([]);
    expect(await axe(page, 'nhsc-dialog')).toEqual([]);
  });
});

describe("Copy this page's layout, from the registration panel", () => {
  it('shows the scrubbed structure read-only, copies nothing until asked, then copies exactly it', async () => {
    const page = await open();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://portal.nhs.net',
    });
    await page.fill('#mobile-1', '07700 900123');
    await page.fill('#email-1', 'jo.bloggs@example.com');
    await page.fill('#first-1', 'Priyanka');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await panel(page).getByRole('button', { name: 'Show checklist' }).click();
    await panel(page).getByRole('button', { name: "Copy this page's layout" }).click();
    const box = panel(page).getByRole('textbox', { name: "This page's layout" });
    await box.waitFor();
    expect(await box.getAttribute('readonly')).toBe('');
    const report = await box.inputValue();
    expect(report).toContain('input type="tel"');
    for (const secret of ['07700', '900123', 'jo.bloggs', 'example.com', 'Priyanka'])
      expect(report).not.toContain(secret);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    await panel(page).getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(report);
    expect(await panel(page).getByRole('status').textContent()).toBe(
      'Copied. Paste it into an email to the project. The extension has not sent it anywhere.',
    );
    expect(await axe(page, 'nhsc-panel')).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });

  it('says clearly when the browser refuses to copy, and keeps the report on screen', async () => {
    const page = await open();
    // The browser refuses clipboard writes for this site (as a policy or a denied permission would).
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Browser.setPermission', {
      permission: { name: 'clipboard-write' },
      setting: 'denied',
      origin: 'https://portal.nhs.net',
    });

    await panel(page).getByRole('button', { name: 'Show checklist' }).click();
    await panel(page).getByRole('button', { name: "Copy this page's layout" }).click();
    await panel(page).getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect
      .poll(() => panel(page).getByRole('status').textContent())
      .toMatch(/^Your browser did not let us copy it\./);
    expect(await panel(page).getByRole('textbox', { name: "This page's layout" }).count()).toBe(1);
  });
});
