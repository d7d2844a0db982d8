/**
 * `npm run bench`: measures the built extension against the budgets in docs/decisions.md in one run,
 * each timing the median of RUNS, and prints a Markdown table (paste it into the README).
 *
 * - sizes: gzipped bytes per entrypoint;
 * - content script start → UI mounted: performance marks the portal script sets on registration
 *   pages ("nhsc:start", "nhsc:mounted");
 * - page-load delta: loadEventEnd of the same fixture page with and without the extension;
 * - idle portal work: main-thread time of our content script (tracing) on a portal page with
 *   nothing to do;
 * - popup first data paint: navigation start → the status element painted;
 * - cold worker round trip: worker stopped over CDP, then a message from the popup answered;
 * - network requests: every request the browser tried that was not a routed fixture.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, launchExtension } from '../test/e2e/harness.ts';
import { TIME_BUDGETS, measureSizes } from './budgets.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, process.env.NHSC_OUT_DIR ?? '.output', 'chrome-mv3');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const IDLE_PAGE = 'portal-hints/help-article.html';
const SIGNED_IN_PAGE = 'portal/signed-in-home.html';
const REGISTRATION_PAGE = process.env.BENCH_REGISTRATION_FIXTURE ?? 'registration/optometry-label-for.html';
const IDLE_URL = 'https://portal.nhs.net/help/faq';

const median = (values: number[]) => {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function fixture(name: string): string | undefined {
  try {
    return readFileSync(path.join(FIXTURES, name), 'utf8');
  } catch {
    return undefined;
  }
}

/** Serves the bench pages: registration, a help article (nothing to do) and a signed-in page. */
function benchRoutes(url: string): string | undefined {
  const big = /^https:\/\/portal\.nhs\.net\/Registration\/bench\?inputs=(\d+)/.exec(url);
  if (big) return bigRegistrationPage(Number(big[1]));
  if (url.startsWith('https://portal.nhs.net/Registration')) return fixture(REGISTRATION_PAGE);
  if (url.startsWith(IDLE_URL)) return fixture(IDLE_PAGE);
  if (url.startsWith('https://portal.nhs.net/')) return fixture(SIGNED_IN_PAGE);
  return undefined;
}

async function launchWithExtension() {
  const session = await launchExtension({ dist: DIST });
  await session.context.route(/^https:\/\/portal\.nhs\.net\//, (route) => {
    const body = benchRoutes(route.request().url());
    return body === undefined
      ? route.abort('blockedbyclient')
      : route.fulfill({ status: 200, contentType: 'text/html', body });
  });
  return session;
}

/** The same browser and pages with no extension, for the page-load delta. */
async function launchWithout(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'nhsc-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 800, height: 700 },
  });
  await context.route(/^https?:\/\//, (route) => {
    const body = benchRoutes(route.request().url());
    return body === undefined
      ? route.abort('blockedbyclient')
      : route.fulfill({ status: 200, contentType: 'text/html', body });
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd : Number.NaN;
  });
}

async function scriptTimeOnIdlePage(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: { name: string; dur?: number; args?: { data?: { url?: string } } }[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as typeof events));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await page.goto(IDLE_URL, { waitUntil: 'load' });
  await page.waitForTimeout(1200);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const ours = `chrome-extension://${extensionId}/content-scripts/portal.js`;
  // Top-level tasks attributed to our script's URL: its evaluation, and the callbacks it scheduled
  // (compile events are nested inside evaluation, so they are not added again).
  return events
    .filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url === ours)
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
}

async function mountTime(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto('https://portal.nhs.net/Registration#/optometry', { waitUntil: 'load' });
  const measure = await page
    .waitForFunction(
      () => {
        const start = performance.getEntriesByName('nhsc:start')[0];
        const mounted = performance.getEntriesByName('nhsc:mounted')[0];
        return start && mounted ? mounted.startTime - start.startTime : undefined;
      },
      undefined,
      { timeout: 5000 },
    )
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => Number.NaN);
  await page.close();
  return measure;
}

// ---------------------------------------------------------------------------------------------
// Registration on a big page: extension CPU while a person fills 20 fields (docs/decisions.md
// Budgets). The page is a members table of `inputs` inputs whose app writes a status into the
// row on every keystroke, so each keystroke changes the page; the cost must grow with the nodes
// changed, not with the page.
// ---------------------------------------------------------------------------------------------
export const REGISTRATION_FILL = { fields: 20, budgetMs: 100, longTaskMs: 50, sizes: [100, 500, 2000] } as const;

function bigRegistrationPage(inputs: number): string {
  const rows = Math.max(10, Math.ceil((inputs - 2) / 5));
  const row = (i: number) =>
    `<tr><td><input name="first${i}"></td><td><input name="last${i}"></td>` +
    `<td><input name="mobile${i}" type="tel" autocomplete="tel"></td>` +
    `<td><input name="email${i}" type="email" autocomplete="email"></td>` +
    `<td><input name="role${i}"></td><td class="st"></td></tr>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Optometry registration</title></head><body>
<h1>Optometry registration</h1><form id="reg">
<p><label for="auth">Authentication code</label> <input id="auth" name="authCode"></p>
<p><label for="ods">Organisation ODS code</label> <input id="ods" name="odsCode"></p>
<table><thead><tr><th>First name</th><th>Last name</th><th>Mobile number</th><th>Personal email address</th><th>Role</th><th>Status</th></tr></thead>
<tbody>${Array.from({ length: rows }, (_, i) => row(i)).join('')}</tbody></table>
<button id="submit">Submit application</button></form>
<script>document.addEventListener('input', function (e) { var r = e.target.closest('tr'); if (r) r.querySelector('.st').textContent = e.target.value ? 'Typed ' + e.target.value.length : ''; });</script>
</body></html>`;
}

interface FillCost {
  /** Main-thread time in our script's tasks while filling. */
  cpuMs: number;
  /** The longest single task of ours. */
  longestMs: number;
}

async function registrationFillCost(context: BrowserContext, extensionId: string, inputs: number): Promise<FillCost> {
  const page = await context.newPage();
  await page.goto(`https://portal.nhs.net/Registration/bench?inputs=${inputs}#/optometry`, { waitUntil: 'load' });
  await page
    .waitForFunction(() => performance.getEntriesByName('nhsc:mounted').length > 0, undefined, { timeout: 10_000 })
    .catch(() => undefined);
  const cdp = await context.newCDPSession(page);
  const events: { name: string; ph?: string; dur?: number; args?: { data?: { url?: string } } }[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as typeof events));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  // 20 fields: the mobile and email of the first ten members, typed key by key, then left with Tab.
  for (let i = 0; i < REGISTRATION_FILL.fields / 2; i++) {
    for (const [name, value] of [
      [`mobile${i}`, `07700900${100 + i}`],
      [`email${i}`, `person${i}@example.com`],
    ] as const) {
      await page.evaluate((n) => (document.getElementsByName(n)[0] as HTMLInputElement).focus(), name);
      await page.keyboard.type(value, { delay: 5 });
      await page.keyboard.press('Tab');
    }
  }
  await page.waitForTimeout(400); // the last debounced look at the page
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const ours = `chrome-extension://${extensionId}/content-scripts/registration.js`;
  const tasks = events.filter(
    (e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url === ours,
  );
  const ms = tasks.map((e) => (e.dur ?? 0) / 1000);
  return { cpuMs: ms.reduce((a, b) => a + b, 0), longestMs: Math.max(0, ...ms) };
}

async function popupPaint(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const ms = await page
    .waitForFunction(
      () => (document.querySelector('[data-testid="stage"]') ? performance.now() : undefined),
      undefined,
      { polling: 'raf', timeout: 5000 },
    )
    .then((h) => h.jsonValue() as Promise<number>);
  await page.close();
  return ms;
}

async function coldRoundTrip(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.waitForSelector('[data-testid="stage"]');
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(300);
  const ms = await page.evaluate(async () => {
    const started = performance.now();
    await (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'page:get-status' });
    return performance.now() - started;
  });
  await cdp.detach();
  await page.close();
  return ms;
}

function row(what: string, value: number, unit: string, budget: number, aim?: number): string {
  const decimals = unit === 'ms' ? 2 : unit === 'KB' ? 1 : 0;
  const shown = Number.isNaN(value) ? 'not measured' : `${value.toFixed(decimals)} ${unit}`;
  const verdict = Number.isNaN(value)
    ? '—'
    : value <= budget
      ? aim === undefined || value <= aim
        ? 'met'
        : 'met (above aim)'
      : `missed by ${(value - budget).toFixed(decimals)} ${unit}`;
  return `| ${what} | ${shown} | ≤ ${budget} ${unit}${aim !== undefined ? ` (aim ${aim})` : ''} | ${verdict} |`;
}

async function main() {
  const lines = ['| What | Measured (median of ' + RUNS + ') | Budget | Verdict |', '|---|---|---|---|'];
  for (const s of measureSizes(DIST)) {
    lines.push(
      row(
        `${s.name}, gzipped`,
        s.gzBytes / 1024,
        'KB',
        s.budgetGzBytes / 1024,
        s.aimGzBytes ? s.aimGzBytes / 1024 : undefined,
      ),
    );
  }

  const withExt = await launchWithExtension();
  const without = await launchWithout();
  const loadWith: number[] = [];
  const loadWithout: number[] = [];
  const idle: number[] = [];
  const mounts: number[] = [];
  const paints: number[] = [];
  const trips: number[] = [];
  const pageWith = await withExt.context.newPage();
  const pageWithout = await without.context.newPage();
  // Page-load delta first, on its own: alternate the two browsers, after two warm-up loads each.
  const registrationUrl = 'https://portal.nhs.net/Registration#/optometry';
  for (let i = 0; i < RUNS + 2; i++) {
    // A distinct query each time: the same URL with a #fragment would be a same-document navigation.
    const url = registrationUrl.replace('#', `?run=${i}#`);
    const without = await loadTime(pageWithout, url);
    const withIt = await loadTime(pageWith, url);
    if (i < 2) continue;
    loadWithout.push(without);
    loadWith.push(withIt);
  }
  for (let i = 0; i < RUNS; i++) {
    idle.push(await scriptTimeOnIdlePage(withExt.context, withExt.extensionId));
    mounts.push(await mountTime(withExt.context));
    paints.push(await popupPaint(withExt.context, withExt.extensionId));
    trips.push(await coldRoundTrip(withExt.context, withExt.extensionId));
  }
  // Registration on big pages: fewer runs, each fills 20 fields.
  const fills = new Map<number, FillCost[]>();
  for (const n of REGISTRATION_FILL.sizes) {
    const runs: FillCost[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++)
      runs.push(await registrationFillCost(withExt.context, withExt.extensionId, n));
    fills.set(n, runs);
  }
  const stray = [...withExt.strayRequests];
  const version = withExt.context.browser()?.version() ?? '';
  await withExt.close();
  await without.close();

  const t = TIME_BUDGETS;
  lines.push(
    row(
      'content script start → UI mounted',
      median(mounts),
      'ms',
      t.contentStartToMountedMs.budget,
      t.contentStartToMountedMs.aim,
    ),
  );
  lines.push(
    row(
      'page-load delta (registration page)',
      median(loadWith) - median(loadWithout),
      'ms',
      t.pageLoadDeltaMs.budget,
      t.pageLoadDeltaMs.aim,
    ),
  );
  lines.push(row('script work on a portal page with nothing to do', median(idle), 'ms', t.idlePortalWorkMs.budget));
  lines.push(
    row(
      'popup open → first data painted',
      median(paints),
      'ms',
      t.popupFirstDataPaintMs.budget,
      t.popupFirstDataPaintMs.aim,
    ),
  );
  lines.push(
    row(
      'cold worker message round trip',
      median(trips),
      'ms',
      t.coldWorkerRoundTripMs.budget,
      t.coldWorkerRoundTripMs.aim,
    ),
  );
  for (const [n, runs] of fills) {
    const cpu = median(runs.map((r) => r.cpuMs));
    const longest = Math.max(...runs.map((r) => r.longestMs));
    if (n === 500) {
      lines.push(row(`registration: filling 20 fields, ${n} inputs`, cpu, 'ms', REGISTRATION_FILL.budgetMs));
      lines.push(row(`registration: longest task of ours, ${n} inputs`, longest, 'ms', REGISTRATION_FILL.longTaskMs));
    } else {
      lines.push(
        `| registration: filling 20 fields, ${n} inputs (for comparison) | ${cpu.toFixed(2)} ms; longest task ${longest.toFixed(2)} ms | — | — |`,
      );
    }
  }
  lines.push(row('network requests made by the extension', stray.length, 'requests', t.networkRequests.budget));
  console.log(lines.join('\n'));
  if (stray.length) console.log('\nRequests that were refused:\n' + stray.join('\n'));
  console.log(`\n${RUNS} runs each; Chromium ${version}; ${new Date().toISOString()}`);
}

await main();
