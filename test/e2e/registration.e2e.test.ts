/**
 * Registration portal support end to end in Chromium with the built extension
 * (docs/decisions.md checks 16, 20, 21, 22 (axe), 24). Fixture pages are ASSUMED layouts (see
 * test/fixtures/registration/README.md); every route except Registration#/optometry is invented.
 */
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, currentWorker, eventually, launchExtension, type ExtensionSession, screenshotPath } from './harness.ts';

// One browser for the file; reset() forgets every tick and route between tests.
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension({ reusable: true });
});
/** A browser of a test's own, where sharing cannot work; closed after that test. */
let own: ExtensionSession | undefined;
afterEach(async () => {
  await own?.close();
  own = undefined;
  await session.reset();
});
afterAll(async () => {
  await session?.close();
});

interface Variant {
  /** Named after the layout it protects. */
  name: string;
  fixture: string;
  url: string;
  /** A checklist item that only this sector shows. */
  sectorItem: string;
  /** The sector to choose in the panel when the page does not say. */
  chooseSector?: string;
  /** Runs before the form exists (late rendering). */
  before?: (page: Page) => Promise<void>;
  mobile: string;
  submit: string;
  /** Selector → a valid value; includes the mobile field. */
  valid: Record<string, string>;
}

const EMAILS = ['jo.bloggs@example.com', 'sam.smith@example.org'];
const VARIANTS: Variant[] = [
  {
    name: 'optometry, label-for, form submit handler (known route)',
    fixture: 'optometry-label-for.html',
    url: 'https://portal.nhs.net/Registration#/optometry',
    sectorItem: 'We have 10 or fewer sites',
    mobile: '#mobile-1',
    submit: '#submit',
    valid: {
      '#auth': 'ABC-123',
      '#ods': 'TST12',
      '#mobile-1': '07700 900123',
      '#email-1': EMAILS[0]!,
      '#mobile-2': '07700 900-456',
      '#email-2': EMAILS[1]!,
    },
  },
  {
    name: 'pharmacy, wrapping labels, input type=submit (assumed route)',
    fixture: 'pharmacy-wrapping-label.html',
    url: 'https://portal.nhs.net/Registration#/pharmacy',
    sectorItem: 'The first person listed is the one who should be the owner',
    mobile: 'input[name="m1"]',
    submit: 'input[type="submit"]',
    valid: {
      'input[name="ods"]': 'FVR79',
      'input[name="otp"]': '123456',
      'input[name="m1"]': '07700900123',
      'input[name="e1"]': EMAILS[0]!,
      'input[name="m2"]': '07700 900456',
      'input[name="e2"]': EMAILS[1]!,
    },
  },
  {
    name: 'dental, aria-label, single-page app button type=button (assumed route)',
    fixture: 'dental-aria-label.html',
    url: 'https://portal.nhs.net/Registration#/dental',
    sectorItem: 'We have the CQC Location ID and CQC Contact ID, or will ask for a one-time passcode',
    mobile: '#f-mobile1',
    submit: '#submit',
    valid: {
      '#f-loc': '1-1000000001',
      '#f-contact': 'CON1-234567',
      '#f-ods': 'V03462',
      '#f-mobile1': '07700900123',
      '#f-email1': EMAILS[0]!,
      '#f-mobile2': '07700900456',
      '#f-email2': EMAILS[1]!,
    },
  },
  {
    name: 'social care, aria-labelledby table, form submit (assumed route)',
    fixture: 'social-care-aria-labelledby.html',
    url: 'https://portal.nhs.net/Registration#/social-care',
    sectorItem: 'We have our site ODS code, not the headquarters code',
    mobile: '#mob-1',
    submit: 'button',
    valid: {
      '#ods': 'VLAXL',
      '#loc': '1-1000000002',
      '#con': '1-234567',
      '#mob-1': '07700900123',
      '#mail-1': EMAILS[0]!,
      '#mob-2': '07700900456',
      '#mail-2': EMAILS[1]!,
    },
  },
  {
    name: 'placeholder only, sector not named: the panel asks (assumed route)',
    fixture: 'placeholder-only.html',
    url: 'https://portal.nhs.net/Registration#/start',
    sectorItem: 'The first person listed is the one who should be the owner',
    chooseSector: 'pharmacy',
    mobile: '#x1',
    submit: '#submit',
    valid: { '#x0': 'FVR79', '#x1': '07700 900123', '#x2': EMAILS[0]! },
  },
  {
    name: 'GP locum, Angular formcontrolname and mat-label, button type=button (assumed route)',
    fixture: 'gp-locum-angular.html',
    url: 'https://portal.nhs.net/Registration#/gp-locum',
    sectorItem: 'I have registered my interest on the GP locum online form',
    mobile: '#mat-input-2',
    submit: '#submit',
    valid: { '#mat-input-0': '123456', '#mat-input-2': '07700900123', '#mat-input-3': EMAILS[0]! },
  },
  {
    name: 'optometry form rendered late after a hash change',
    fixture: 'late-hash.html',
    url: 'https://portal.nhs.net/Registration',
    sectorItem: 'We have 10 or fewer sites',
    before: async (page) => {
      // Our script has started (it marks <html> after its first look, finding no form): now render one.
      await page.locator('html[data-nhsc-registration]').waitFor({ state: 'attached' });
      await page.click('#go');
    },
    mobile: '#mobile-1',
    submit: '#submit',
    valid: { '#auth': 'ABC-123', '#ods': 'TST12', '#mobile-1': '07700900123', '#email-1': EMAILS[0]! },
  },
];

const panel = (page: Page) => page.getByRole('complementary', { name: /^NHSmail Companion/ });
const dialog = (page: Page) => page.getByRole('alertdialog');
const submissions = (page: Page) =>
  page.evaluate(() => (window as unknown as { __submissions: Record<string, unknown>[] }).__submissions);

async function values(page: Page, selectors: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const s of selectors) out[s] = await page.locator(s).inputValue();
  return out;
}

/** The key the fixture's own handler records a field under. */
async function keyOf(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .evaluate((el) => el.getAttribute('name') || el.id || el.getAttribute('formcontrolname') || '');
}

async function storedTicks(s: ExtensionSession): Promise<Record<string, string[]>> {
  const worker = await currentWorker(s);
  return worker.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: { get(k: string): Promise<Record<string, { data?: Record<string, string[]> } | undefined>> };
          };
        };
      }
    ).chrome;
    const stored = await c.storage.local.get('checklistTicks');
    const raw = stored.checklistTicks as unknown;
    return ((raw as { data?: Record<string, string[]> } | undefined)?.data ??
      (raw as Record<string, string[]>) ??
      {}) as Record<string, string[]>;
  });
}

async function openVariant(v: Variant, headers?: Record<string, string>, s = session): Promise<Page> {
  await s.route([
    {
      url: /^https:\/\/portal\.nhs\.net\/Registration(#.*)?$/,
      fixture: `registration/${v.fixture}`,
      ...(headers ? { headers } : {}),
    },
  ]);
  const page = await s.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.goto(v.url);
  if (v.before) await v.before(page);
  await expect.poll(() => panel(page).count(), { timeout: 10_000 }).toBe(1);
  // The checklist comes from the background: until it has, the check knows only the fields.
  if (!v.chooseSector)
    await expect.poll(() => panel(page).locator('h2').textContent(), { timeout: 10_000 }).toMatch(/to check$/);
  return page;
}

async function fillAll(page: Page, entries: Record<string, string>): Promise<void> {
  for (const [selector, value] of Object.entries(entries)) await page.fill(selector, value);
}

describe('registration portal in Chromium: each fixture variant', () => {
  for (const v of VARIANTS) {
    it(`${v.name}: panel once, 07 hint, dialog, go back, submit anyway once, clean submit`, async () => {
      const page = await openVariant(v);
      expect(await page.locator('nhsc-panel').count()).toBe(1);
      if (v.chooseSector) {
        await panel(page).getByLabel('What kind of organisation are you registering?').selectOption(v.chooseSector);
      }
      // Compact by default: the checklist opens on request.
      await panel(page).getByRole('button', { name: 'Show checklist' }).click();
      await expect.poll(() => panel(page).getByRole('checkbox', { name: v.sectorItem }).count()).toBe(1);

      // A mobile "0123" gets a hint that names the 07 rule, beside the field, once the person leaves it.
      await page.fill(v.mobile, '0123');
      await page.press(v.mobile, 'Tab');
      await expect
        .poll(() =>
          page.locator('nhsc-hint').getByText('Enter a mobile number that starts 07', { exact: true }).count(),
        )
        .toBe(1);
      const hintNextToField = await page.locator(v.mobile).evaluate((el) => {
        const after = el.closest('label') ?? el;
        return after.nextElementSibling?.tagName.toLowerCase();
      });
      expect(hintNextToField).toBe('nhsc-hint');

      // Submitting with unticked items (and the bad mobile) shows the dialog; nothing reaches the page.
      const { [v.mobile]: goodMobile, ...rest } = v.valid;
      await fillAll(page, rest);
      const typed = await values(page, Object.keys(v.valid));
      await page.click(v.submit);
      await expect.poll(() => dialog(page).count()).toBe(1);
      await expect
        .poll(() =>
          dialog(page)
            .getByText(/Mobile number/)
            .count(),
        )
        .toBeGreaterThan(0);
      await expect
        .poll(() =>
          dialog(page)
            .getByText(/^Not ticked:/)
            .count(),
        )
        .toBeGreaterThan(0);
      expect(await submissions(page)).toEqual([]);

      // "Go back" keeps every typed value and focuses the problem.
      await dialog(page).getByRole('button', { name: 'Go back' }).click();
      await expect.poll(() => dialog(page).count()).toBe(0);
      expect(await values(page, Object.keys(v.valid))).toEqual(typed);
      expect(await page.locator(v.mobile).evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await submissions(page)).toEqual([]);

      // "Submit anyway" runs the page's own handler once, with the same values.
      await page.fill(v.mobile, goodMobile!);
      const before = await values(page, Object.keys(v.valid));
      await page.click(v.submit);
      await expect.poll(() => dialog(page).count()).toBe(1);
      await dialog(page).getByRole('button', { name: 'Submit anyway' }).click();
      await expect.poll(() => submissions(page).then((s) => s.length)).toBe(1);
      const [sent] = await submissions(page);
      for (const [selector, value] of Object.entries(before)) expect(sent![await keyOf(page, selector)]).toBe(value);
      expect(await values(page, Object.keys(v.valid))).toEqual(before);
      // A window in which a second, unwanted submit would land: nothing marks its absence.
      await page.waitForTimeout(200);
      expect((await submissions(page)).length).toBe(1);

      // Everything ticked and valid: the page submits with no dialog.
      const boxes = panel(page).getByRole('checkbox');
      const n = await boxes.count();
      expect(n).toBeGreaterThan(1);
      for (let i = 0; i < n; i++) await boxes.nth(i).check();
      await page.click(v.submit);
      await expect.poll(() => submissions(page).then((s) => s.length)).toBe(2);
      expect(await dialog(page).count()).toBe(0);
      expect(await page.locator('nhsc-panel').count()).toBe(1);
      expect((page as unknown as { errors: string[] }).errors).toEqual([]);
      expect(session.strayRequests).toEqual([]);
    });
  }
});

describe('registration portal in Chromium: robustness', () => {
  it('mounts once across hash navigation and a re-rendered form (check 16)', async () => {
    const v = VARIANTS.find((x) => x.fixture === 'late-hash.html')!;
    const page = await openVariant(v);
    await page.fill('#mobile-1', '0123');
    await page.press('#mobile-1', 'Tab');
    await expect
      .poll(() =>
        page
          .locator('nhsc-hint')
          .getByText(/starts 07/)
          .count(),
      )
      .toBe(1);
    // The app replaces its whole form (our panel and hints go with it); wait until we have followed it.
    await page.evaluate(() => (window as unknown as { __rerender(): void }).__rerender());
    await page.waitForFunction(
      () => document.querySelector('#reg')?.previousElementSibling?.localName === 'nhsc-panel',
    );
    await expect.poll(() => panel(page).count()).toBe(1);
    expect(await page.locator('nhsc-panel').count()).toBe(1);
    expect(await page.locator('#mobile-1').inputValue()).toBe('0123');
    // The hint is keyed to the field, not the element: it follows the new input, once.
    await expect
      .poll(() =>
        page
          .locator('nhsc-hint')
          .getByText(/starts 07/)
          .count(),
      )
      .toBe(1);
    expect(await page.locator('#mobile-1').evaluate((el) => el.nextElementSibling?.localName)).toBe('nhsc-hint');
    await page.evaluate(() => {
      document.querySelector('#reg')!.setAttribute('data-test-old', '');
      location.hash = '#/optometry/members';
    });
    // A route change that keeps the form must not mount a second panel. Its rescan leaves nothing to
    // wait for, so this is a window (longer than the 150 ms debounce) in which a duplicate would appear.
    await page.waitForTimeout(400);
    expect(await page.locator('nhsc-panel').count()).toBe(1);
    await page.evaluate(() => (location.hash = '#/optometry'));
    // The app renders a new form 300 ms after this hash change; wait until our panel stands before it.
    await page.waitForFunction(() => {
      const form = document.querySelector('#reg');
      return form && !form.hasAttribute('data-test-old') && form.previousElementSibling?.localName === 'nhsc-panel';
    });
    await expect.poll(() => page.locator('nhsc-panel').count()).toBe(1);
    await expect.poll(() => panel(page).count()).toBe(1);
    expect(await page.locator('html').getAttribute('data-nhsc-registration')).toBe('');
    // The page's own submit handler still runs (nothing unmet after ticking).
    await panel(page).getByRole('button', { name: 'Show checklist' }).click();
    const boxes = panel(page).getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await fillAll(page, v.valid);
    await page.click('#submit');
    await expect.poll(() => submissions(page).then((s) => s.length)).toBe(1);
  });

  it('ticks persist per sector across a reload and can be cleared', async () => {
    const v = VARIANTS[0]!;
    let page = await openVariant(v);
    await panel(page).getByRole('button', { name: 'Show checklist' }).click();
    await panel(page).getByRole('checkbox', { name: v.sectorItem }).check();
    await eventually(
      async () => (await storedTicks(session)).optometry?.includes('optometry-ten-or-fewer-sites'),
      'tick stored',
    );
    await page.close();
    page = await openVariant(v);
    await panel(page).getByRole('button', { name: 'Show checklist' }).click();
    await expect.poll(() => panel(page).getByRole('checkbox', { name: v.sectorItem }).isChecked()).toBe(true);
    await panel(page).getByRole('button', { name: 'Clear all ticks' }).click();
    await expect.poll(() => panel(page).getByRole('checkbox', { name: v.sectorItem }).isChecked()).toBe(false);
    await eventually(async () => !(await storedTicks(session)).optometry?.length, 'ticks cleared');
  });

  it("works under Content-Security-Policy: default-src 'none' (check 20)", async () => {
    await session.route([
      {
        url: /^https:\/\/portal\.nhs\.net\/Registration\/Done/,
        html: '<!doctype html><title>Done</title><h1>Done</h1>',
      },
    ]);
    const v: Variant = { ...VARIANTS[0]!, fixture: 'strict-csp.html' };
    const page = await openVariant(v, { 'Content-Security-Policy': "default-src 'none'" });
    const style = await page.locator('nhsc-panel').evaluate((host) => {
      const aside = host.shadowRoot!.querySelector('aside')!;
      const cs = getComputedStyle(aside);
      return { border: cs.borderLeftColor, font: cs.fontFamily, size: cs.fontSize };
    });
    expect(style).toEqual({ border: 'rgb(0, 94, 184)', font: 'Arial, sans-serif', size: '16px' });
    await fillAll(page, { '#auth': 'ABC-123', '#ods': 'TST12', '#mobile-1': '07700 900123', '#email-1': EMAILS[0]! });
    await page.click('#submit');
    await expect.poll(() => dialog(page).count()).toBe(1);
    await dialog(page).getByRole('button', { name: 'Submit anyway' }).click();
    await page.waitForURL(/\/Registration\/Done/);
    const sent = Object.fromEntries(new URL(page.url()).searchParams);
    expect(sent).toEqual({
      authCode: 'ABC-123',
      odsCode: 'TST12',
      mobile1: '07700 900123',
      email1: EMAILS[0],
      action: 'send',
    });
  });

  it('a hostile page that covers our UI and fakes clicks confirms nothing (check 21)', async () => {
    const v: Variant = { ...VARIANTS[0]!, fixture: 'hostile.html' };
    const page = await openVariant(v);
    // Page CSS does not reach in: our panel is visible and styled.
    const style = await page.locator('nhsc-panel').evaluate((host) => {
      const cs = getComputedStyle(host.shadowRoot!.querySelector('aside')!);
      return { display: getComputedStyle(host).display, color: cs.color, size: cs.fontSize };
    });
    expect(style).toEqual({ display: 'block', color: 'rgb(33, 43, 50)', size: '16px' });
    await fillAll(page, { '#auth': 'ABC-123', '#ods': 'TST12', '#mobile-1': '07700900123', '#email-1': EMAILS[0]! });
    await page.click('#submit');
    await expect.poll(() => dialog(page).count()).toBe(1);
    // Fake clicks on every button and checkbox of ours, including "Submit anyway".
    await page.evaluate(() => (window as unknown as { __attack(): void }).__attack());
    // The attack itself is synchronous; this is a window in which a tick message or a held submit
    // released by a fake click would show up. Nothing marks their absence.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __attacks: number }).__attacks)).toBeGreaterThan(3);
    expect(await submissions(page)).toEqual([]);
    expect(await dialog(page).count()).toBe(1);
    expect((await storedTicks(session)).optometry ?? []).toEqual([]);
    // The person goes back; a fake submit is the page's own business: never held, never confirmed.
    await dialog(page).getByRole('button', { name: 'Go back' }).click();
    await page.evaluate(() => (window as unknown as { __fakeSubmit(): void }).__fakeSubmit());
    await expect.poll(() => submissions(page).then((s) => s.length)).toBe(1);
    expect(await dialog(page).count()).toBe(0);
  });

  it('no axe violations in the panel, a hint and the dialog (check 22)', async () => {
    const v = VARIANTS[0]!;
    const page = await openVariant(v);
    await page.fill('#mobile-1', '0123');
    await page.press('#mobile-1', 'Tab');
    await expect
      .poll(() => page.locator('nhsc-hint').getByText('Enter a mobile number that starts 07', { exact: true }).count())
      .toBe(1);
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const run = (selector: string) =>
      page.evaluate(async (sel) => {
        const axe = (
          window as unknown as {
            axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const results = [];
        for (const el of document.querySelectorAll(sel)) {
          const r = await axe.run(el, { rules: { region: { enabled: false } } });
          results.push(...r.violations.map((x) => `${x.id} (${x.nodes.length})`));
        }
        return results;
      }, selector);
    expect(await run('nhsc-panel')).toEqual([]);
    expect(await run('nhsc-hint')).toEqual([]);
    await page.click('#submit');
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await run('nhsc-dialog')).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('registration-dialog.png'), fullPage: false });
  });

  it('after the extension reloads, an open portal tab still submits and shows no errors (check 24)', async () => {
    // A browser of its own: after runtime.reload() a --load-extension browser has no extension left.
    own = await launchExtension();
    const v = VARIANTS[0]!;
    const page = await openVariant(v, undefined, own);
    const errors = (page as unknown as { errors: string[] }).errors;
    await fillAll(page, { '#auth': 'ABC-123', '#mobile-1': '07700900123' });
    const worker = await currentWorker(own);
    // The old version is unloaded, and this tab's script orphaned, once its worker has gone. (A
    // --load-extension build is not started again by runtime.reload(), so there is no new worker to await.)
    const gone = new Promise<void>((resolve) => worker.once('close', () => resolve()));
    await worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined);
    await gone;
    await page.click('#submit');
    await expect.poll(() => submissions(page).then((s) => s.length)).toBe(1);
    expect(await dialog(page).count()).toBe(0);
    await expect.poll(() => page.locator('nhsc-panel').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('stays idle on portal pages that are not registration pages', async () => {
    await session.route([{ url: 'https://portal.nhs.net/Home', fixture: 'registration/optometry-label-for.html' }]);
    const page = await session.context.newPage();
    await page.goto('https://portal.nhs.net/Home');
    // The portal script has run (it marks <html>), so content scripts were injected; then a short
    // window in which the registration script, were it wrongly injected, would mount or mark the page.
    await page.locator('html[data-nhsc-injected]').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    expect(await page.locator('[data-nhsc-host]').count()).toBe(0);
    expect(await page.locator('html').getAttribute('data-nhsc-registration')).toBeNull();
  });
});
