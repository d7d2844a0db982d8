/**
 * The secure-email hint in real Chromium, on an assumed Outlook on the web compose pane served by routing
 * (test/fixtures/outlook-compose/, ASSUMED). The person's Outlook opt-in is stood in for by a copy of the built
 * extension whose manifest already holds the optional Outlook hosts and `scripting`, as if granted: the background
 * then registers the Outlook script itself, exactly as after the opt-in. Checks: the hint appears beside the subject
 * after typing, is reachable and dismissible by keyboard alone, goes once [secure] is typed, axe finds nothing in
 * it, and the page's Send button still works.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_DIST,
  ROOT,
  eventually,
  launchExtension,
  requireBuiltExtension,
  screenshotPath,
  type ExtensionSession,
} from './harness.ts';

const COMPOSE_URL = 'https://outlook.office.com/mail/deeplink/compose';
const HOST = 'nhsc-secure-email';
const SENTENCE =
  'This recipient is outside NHSmail. If the email holds patient information, add [secure] to the subject, if your organisation allows it.';

let session: ExtensionSession | undefined;
let dist = '';

beforeAll(async () => {
  requireBuiltExtension();
  dist = mkdtempSync(path.join(tmpdir(), 'nhsc-outlook-granted-'));
  cpSync(CHROME_DIST, dist, { recursive: true });
  const manifestFile = path.join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    permissions: string[];
    host_permissions: string[];
    optional_host_permissions: string[];
  };
  manifest.permissions = [...manifest.permissions, 'scripting'];
  manifest.host_permissions = [...manifest.host_permissions, ...manifest.optional_host_permissions];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  session = await launchExtension({ dist });
  await session.route([
    { url: /^https:\/\/outlook\.office\.com\/mail\//, fixture: 'outlook-compose/chips-in-labelled-wells.html' },
  ]);
  // The background registers the Outlook script once it sees the hosts and `scripting` granted.
  await eventually(
    () =>
      session!.worker.evaluate(async () => {
        const c = (
          globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }
        ).chrome;
        return (await c.scripting.getRegisteredContentScripts()).length === 1 || undefined;
      }),
    'the Outlook script registration',
    10_000,
  );
}, 120_000);

afterAll(async () => {
  await session?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

async function compose(): Promise<Page> {
  const page = await session!.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(COMPOSE_URL);
  return page;
}

const hint = (page: Page) => page.getByRole('note', { name: 'Secure email, from NHSmail Companion' });
const subject = (page: Page) => page.locator('input[aria-label="Add a subject"]');

describe('secure-email hint in Chromium', () => {
  it('appears beside the subject after typing in it, with the agreed sentence', async () => {
    const page = await compose();
    await subject(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' for you');
    await expect.poll(() => hint(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await hint(page).locator('p').textContent()).toBe(SENTENCE);
    const placed = await page.evaluate(
      () => document.querySelector('input[aria-label="Add a subject"]')?.parentElement?.nextElementSibling?.tagName,
    );
    expect(placed).toBe(HOST.toUpperCase());
    await page.screenshot({ path: screenshotPath('secure-email-hint.png') });
    await page.close();
  });

  it('axe finds no violations in the hint', async () => {
    const page = await compose();
    await subject(page).click();
    await page.keyboard.type('x');
    await expect.poll(() => hint(page).count(), { timeout: 10_000 }).toBe(1);
    await page.evaluate(readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async (host) => {
      const axe = (
        globalThis as unknown as {
          axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run({ include: [[host]] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    }, HOST);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('keyboard only: Tab from the subject reaches "Not now", Enter hides it, and the subject keeps what was typed', async () => {
    const page = await compose();
    await subject(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    await expect.poll(() => hint(page).count(), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      (host) => document.querySelector(host)?.shadowRoot?.activeElement?.textContent,
      HOST,
    );
    expect(focused).toBe('Not now');
    await page.keyboard.press('Enter');
    await expect.poll(() => hint(page).count()).toBe(0);
    expect(await subject(page).inputValue()).toBe('Your appointmentx');
    await page.close();
  });

  it('goes once [secure] is in the subject; the page’s Send button still works', async () => {
    const page = await compose();
    await page.evaluate(() => {
      const send = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Send')!;
      send.addEventListener('click', (e) => {
        if (!e.defaultPrevented) document.body.dataset.sent = 'yes';
      });
    });
    await subject(page).click();
    await page.keyboard.type('x');
    await expect.poll(() => hint(page).count(), { timeout: 10_000 }).toBe(1);
    await subject(page).press('Home');
    await page.keyboard.type('[secure] ');
    await expect.poll(() => hint(page).count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole('button', { name: 'Send' }).click();
    expect(await page.evaluate(() => document.body.dataset.sent)).toBe('yes');
    expect(session!.strayRequests).toEqual([]);
    await page.close();
  });
});
