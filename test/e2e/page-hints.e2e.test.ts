/**
 * Portal page hints end to end with the built extension in Chromium (docs/decisions.md
 * checks 16, 21, 22). Every page is an ASSUMED layout (test/fixtures/portal-hints/README.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, fixtureHtml, launchExtension, type ExtensionSession, screenshotPath } from './harness.ts';

// One browser for the file: each test opens its own tab, and reset() puts the rest back as a fresh
// launch leaves it (a "Don't show this again" is forgotten, so every hint can show again).
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension({ reusable: true });
});
afterAll(async () => {
  await session?.close();
});

const CASES = (
  JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/portal-hints/cases.json'), 'utf8')) as {
    cases: { fixture: string; url: string; kind: string | null }[];
  }
).cases;
const HINT_FOR: Record<string, string> = {
  'sign-in': 'forgotten-password',
  'password-change': 'password-rules',
  'mfa-enrolment': 'mfa-enrolment',
  'shared-mailbox': 'shared-mailbox-roles',
};
const pageUrl = (url: string) => url.replace(/#.*$/, '');

/** A tab with the fixture routed for that tab alone, so that tabs side by side never share a route. */
async function openAt(fixture: string, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.route(pageUrl(url), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(fixture) }),
  );
  await page.goto(url);
  return page;
}

const hint = (page: Page) => page.locator('nhsc-page-hint [role="region"]');
const hosts = (page: Page) => page.locator('nhsc-page-hint');
/**
 * Only for "nothing (more) appears": a window long enough for the content script to start, ask the
 * background and pass its debounce, in which a hint, a second mount or a re-shown hint would appear.
 * A page with nothing to say leaves no trace to wait for (it sends no message), so a window is the
 * only way to see an absence. Everything that should happen is awaited with expect.poll instead.
 */
const quiet = (page: Page) => page.waitForTimeout(1_500);
/**
 * The portal script has started: it marks <html> in the same idle callback that starts the hint
 * watcher, which looks at the page at once. A window from here is at least as long after that first
 * look as one from the page's load.
 */
const started = (page: Page) => page.locator('html[data-nhsc-injected]').waitFor({ state: 'attached' });

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const r = await a.run(document.querySelector('nhsc-page-hint'), { rules: { region: { enabled: false } } });
    return r.violations.map((x) => `${x.id} (${x.nodes.length})`);
  });
}

describe('portal page hints in Chromium', () => {
  // The layouts run side by side, each in a tab of its own: their windows in which nothing more may
  // appear overlap instead of adding up. None of them changes what a hint depends on (settings and
  // dismissals); the reset after them puts back what the portal script stored (sign-ins).
  describe.concurrent('each assumed layout', () => {
    afterEach(() => {
      expect(session.strayRequests).toEqual([]);
    });
    afterAll(async () => {
      await session.reset();
    });

    const shown = [
      ...CASES.filter((c) => c.kind && c.fixture.startsWith('portal-hints/')),
      // Rendered late by its own script, so only a real browser sees it as a sign-in page.
      { fixture: 'portal-hints/sign-in-spa.html', url: 'https://portal.nhs.net/', kind: 'sign-in' },
    ];
    it.each(shown)('$fixture shows "$kind" once, with no axe violations', async ({ fixture, url, kind }) => {
      const page = await openAt(fixture, url);
      await expect.poll(() => hosts(page).count()).toBe(1);
      await quiet(page);
      expect(await hosts(page).count()).toBe(1);
      expect(await hint(page).getAttribute('data-hint')).toBe(HINT_FOR[kind!]);
      expect(await hint(page).getAttribute('aria-label')).toMatch(/^NHSmail Companion: /);
      // Styled by the sheet that came with the hint (docs/decisions.md D31): the NHS blue edge, Arial.
      expect(
        await hint(page).evaluate((el) => {
          const style = getComputedStyle(el);
          return [style.borderLeftColor, style.borderLeftWidth, style.fontFamily];
        }),
      ).toEqual(['rgb(0, 94, 184)', '4px', 'Arial, sans-serif']);
      // In the flow, before the heading or form: nothing of ours overlaps a page control.
      const overlaps = await page.evaluate(() => {
        const ours = document.querySelector('nhsc-page-hint')!.getBoundingClientRect();
        return [...document.querySelectorAll('input, button, a, select, [role="button"]')].filter((el) => {
          const r = el.getBoundingClientRect();
          return (
            r.width &&
            r.height &&
            r.left < ours.right &&
            r.right > ours.left &&
            r.top < ours.bottom &&
            r.bottom > ours.top
          );
        }).length;
      });
      expect(overlaps).toBe(0);
      expect(await axe(page)).toEqual([]);
      await page.close();
    });

    it.each(CASES.filter((c) => !c.kind && c.fixture !== 'portal-hints/sign-in-spa.html'))(
      '$fixture at $url: no hint',
      async ({ fixture, url }) => {
        const page = await openAt(fixture, url);
        await started(page);
        await quiet(page);
        expect(await hosts(page).count()).toBe(0);
        await page.close();
      },
    );
  });

  describe('what the person and the page do', () => {
    afterEach(async () => {
      try {
        expect(session.strayRequests).toEqual([]);
      } finally {
        await session.reset();
      }
    });

    it('"Don\'t show this again" survives a reload; another page\'s hint still shows', async () => {
      const page = await openAt('portal-hints/sign-in-classic.html', 'https://portal.nhs.net/Home/Login');
      await expect.poll(() => hosts(page).count()).toBe(1);
      await hint(page).getByRole('button', { name: "Don't show this again" }).click();
      await expect.poll(() => hosts(page).count()).toBe(0);
      await page.reload();
      await started(page);
      await quiet(page);
      expect(await hosts(page).count()).toBe(0);
      await session.route([
        { url: 'https://portal.nhs.net/Profile/SharedMailboxes', fixture: 'portal-hints/shared-mailboxes-table.html' },
      ]);
      await page.goto('https://portal.nhs.net/Profile/SharedMailboxes');
      await expect.poll(() => hosts(page).count()).toBe(1);
    });

    it('"Not now" hides it for this page view; a reload shows it again', async () => {
      const page = await openAt('portal-hints/mfa-keep-secure.html', 'https://portal.nhs.net/Home#/mfa');
      await expect.poll(() => hosts(page).count()).toBe(1);
      await hint(page).getByRole('button', { name: 'Not now' }).click();
      await expect.poll(() => hosts(page).count()).toBe(0);
      await quiet(page);
      expect(await hosts(page).count()).toBe(0);
      await page.reload();
      await expect.poll(() => hosts(page).count()).toBe(1);
    });

    it('collapsible with the keyboard', async () => {
      const page = await openAt(
        'portal-hints/shared-mailboxes-table.html',
        'https://portal.nhs.net/Profile/SharedMailboxes',
      );
      await expect.poll(() => hosts(page).count()).toBe(1);
      const toggle = hint(page).getByRole('button', { name: 'Hide details' });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => hint(page).getByRole('button', { name: 'Show details' }).getAttribute('aria-expanded'))
        .toBe('false');
      await expect.poll(() => hint(page).getByText('Owners ask the NAS').isVisible()).toBe(false);
    });

    it('hash navigation: the hint is re-evaluated and still mounted once', async () => {
      const page = await openAt('portal-hints/mfa-keep-secure.html', 'https://portal.nhs.net/Home#/mfa');
      await expect.poll(() => hosts(page).count()).toBe(1);
      // A new address is a new page view: the hint is removed and shown again. Mark the first one so
      // that the wait below ends when a new one is in place, not before the old one has gone.
      await page.evaluate(() => {
        document.querySelector('nhsc-page-hint')!.setAttribute('data-test-old', '');
        location.hash = '#/mfa/step2';
      });
      await page.waitForFunction(() => {
        const host = document.querySelector('nhsc-page-hint');
        return host !== null && !host.hasAttribute('data-test-old');
      });
      expect(await hosts(page).count()).toBe(1);
      await page.evaluate(() => {
        document.querySelector('main')!.innerHTML = '<h1>Welcome to NHSmail</h1>';
        location.hash = '#/home';
      });
      await expect.poll(() => hosts(page).count()).toBe(0);
    });

    it('synthetic clicks from the page do nothing', async () => {
      const page = await openAt('portal-hints/sign-in-classic.html', 'https://portal.nhs.net/Home/Login');
      await expect.poll(() => hosts(page).count()).toBe(1);
      await page.evaluate(() => {
        for (const b of document.querySelector('nhsc-page-hint')!.shadowRoot!.querySelectorAll('button')) b.click();
      });
      await quiet(page);
      expect(await hosts(page).count()).toBe(1);
      expect(await hint(page).getByRole('button', { name: 'Hide details' }).count()).toBe(1);
    });

    it("password page: live check as the person types; the value is untouched and the page's own submit runs", async () => {
      const page = await openAt(
        'portal-hints/password-change-labels.html',
        'https://portal.nhs.net/Profile/ChangePassword',
      );
      await expect.poll(() => hosts(page).count()).toBe(1);
      const state = (check: string) => hint(page).locator(`[data-check="${check}"]`).getAttribute('data-state');
      expect(await state('longEnough')).toBe('unmet');
      await page.fill('#old', 'old password 1');
      await page.locator('#new').pressSequentially('Correct horse');
      await expect.poll(() => state('longEnough')).toBe('met');
      expect(await state('noSpaces')).toBe('unmet');
      expect(await state('restrictedLongEnough')).toBe('unmet');
      await page.fill('#new', 'CorrectHorseBatteryStaple');
      await expect.poll(() => state('restrictedLongEnough')).toBe('met');
      expect(await state('noSpaces')).toBe('met');
      await page.fill('#confirm', 'CorrectHorseBatteryStaple');
      expect(await page.inputValue('#new')).toBe('CorrectHorseBatteryStaple');
      expect(await hint(page).textContent()).not.toContain('CorrectHorse');
      await page.click('button[type="submit"]');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __submitted?: unknown }).__submitted))
        .toEqual({
          newPassword: 'CorrectHorseBatteryStaple',
          confirm: 'CorrectHorseBatteryStaple',
        });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath('page-hint.png'), fullPage: false });
    });

    it("the sign-in page's own submit still runs", async () => {
      const page = await openAt('portal-hints/sign-in-classic.html', 'https://portal.nhs.net/Home/Login');
      await expect.poll(() => hosts(page).count()).toBe(1);
      await page.fill('#u', 'jo.bloggs@nhs.net');
      await page.fill('#p', 'secret-value');
      await page.click('button[type="submit"]');
      await expect.poll(() => page.getAttribute('html', 'data-page-submitted')).toBe('12');
    });
  });
});
