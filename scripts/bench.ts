/**
 * `npm run bench`: measures the built extension against the budgets in docs/decisions.md in one run,
 * each timing the median of RUNS, and prints a Markdown table (paste it into the README). Where the
 * same page can be measured without the extension, a second browser with no extension loads the
 * same routed pages, and the table shows both figures with their delta and ratio, so a slow machine
 * (which slows both alike) can be told from a slow extension.
 *
 * - sizes: gzipped bytes per entrypoint;
 * - content script start → UI mounted: performance marks the portal script sets on registration
 *   pages ("nhsc:start", "nhsc:mounted");
 * - page load: loadEventEnd of the same fixture page with and without the extension (the delta is
 *   budgeted);
 * - idle portal page: main-thread time of our content script (tracing) on a portal page with
 *   nothing to do, and the page's whole main-thread time with and without the extension;
 * - popup first data paint: navigation start → the status element painted;
 * - cold worker round trip: worker stopped over CDP, then a message from the popup answered;
 * - registration fill: our script's CPU while a person fills 20 fields of a big page, and the
 *   page's whole main-thread time meanwhile, with and without the extension;
 * - network requests: every request the browser tried that was not a routed fixture.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, launchExtension, type ExtensionSession } from '../test/e2e/harness.ts';
import { SIZE_BUDGETS, TIME_BUDGETS, measureSizes } from './budgets.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, process.env.NHSC_OUT_DIR ?? '.output', 'chrome-mv3');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const IDLE_PAGE = 'portal-hints/help-article.html';
const SIGNED_IN_PAGE = 'portal/signed-in-home.html';
const REGISTRATION_PAGE = process.env.BENCH_REGISTRATION_FIXTURE ?? 'registration/optometry-label-for.html';
const IDLE_URL = 'https://portal.nhs.net/help/faq';
/** How long after load the idle page is watched: long enough for debounced or idle-time work. */
const IDLE_WATCH_MS = 1200;

const median = (values: number[]) => {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Failures already reported, so a measurement that fails every run is reported once. */
const reported = new Set<string>();

/**
 * One measurement that may fail (a timeout, a crashed page, a closed browser): the failure is
 * reported on stderr and the figure becomes NaN, printed as "not measured", so one broken
 * measurement never costs the rest of the run.
 */
async function attempt<T>(what: string, measure: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await measure();
  } catch (error) {
    const message = `${what}: not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    if (!reported.has(message)) console.error(message);
    reported.add(message);
    return fallback;
  }
}

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

interface PlainSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The same browser and pages with no extension, for the with/without comparisons. */
async function launchWithout(): Promise<PlainSession> {
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

// ---------------------------------------------------------------------------------------------
// Tracing: our script's tasks, and the page's whole main thread.
// ---------------------------------------------------------------------------------------------

interface TraceEvent {
  name: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  args?: {
    name?: string;
    frame?: string;
    data?: { url?: string; frame?: string; isMainFrame?: boolean; documentLoaderURL?: string };
  };
}

/**
 * Traces `action` on `page`. "toplevel" gives the scheduler's tasks on every thread, for the page's
 * whole main-thread time; "devtools.timeline" and "v8.execute" attribute script to its URL, for
 * ours; "blink.user_timing" marks the navigation start.
 */
async function traced(
  context: BrowserContext,
  page: Page,
  action: () => Promise<void>,
): Promise<{ events: TraceEvent[]; frameId: string }> {
  const cdp = await context.newCDPSession(page);
  // The main frame keeps its id across navigations, also when the page changes renderer process.
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,v8.execute,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    // Bounded, so that a page that dies while tracing costs one measurement, not the whole run.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      done,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('the trace never completed')), 30_000);
      }),
    ]).finally(() => clearTimeout(timer));
  }
  return { events, frameId: frameTree.frame.id };
}

/** Main-thread time of the tasks attributed to one of our scripts, with each task's length. */
function scriptTasks(events: TraceEvent[], url: string): number[] {
  // Top-level tasks attributed to the script's URL: its evaluation, and the callbacks it scheduled
  // (compile events are nested inside evaluation, so they are not added again).
  return events
    .filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url === url)
    .map((e) => (e.dur ?? 0) / 1000);
}

/**
 * The renderer main thread the page's document lives on. A navigation traced from its start can
 * leave the process it began in, so the thread that marked the load wins; otherwise (nothing
 * loaded while tracing) the last thread that did work for the frame.
 */
function pageMainThread(events: TraceEvent[], frameId: string): { pid: number; tid: number } | undefined {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const forFrame = events.filter(
    (e) => (e.args?.frame ?? e.args?.data?.frame) === frameId && mains.has(`${e.pid}:${e.tid}`),
  );
  const load = forFrame.find((e) => e.name === 'MarkLoad' && e.args?.data?.isMainFrame);
  const anchor = load ?? forFrame.at(-1);
  return anchor?.pid === undefined || anchor.tid === undefined ? undefined : { pid: anchor.pid, tid: anchor.tid };
}

/**
 * Sum of the top-level tasks on the page's main thread that start within [from, to] (trace
 * microseconds): everything the page's main thread did, the page's own script, style, layout and
 * paint, and every extension's content scripts. Wall time, as DevTools shows it and as our own
 * script's figures are measured.
 */
function mainThreadMs(events: TraceEvent[], frameId: string, from = -Infinity, to = Infinity): number {
  const thread = pageMainThread(events, frameId);
  if (!thread) throw new Error('no renderer main thread for the page in the trace');
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.ts !== undefined &&
        e.ts >= from &&
        e.ts <= to,
    )
    .sort((a, b) => a.ts! - b.ts!);
  // A nested run loop runs tasks inside a task: only the outermost one counts.
  let end = -Infinity;
  let sum = 0;
  for (const task of tasks) {
    if (task.ts! < end) continue;
    sum += task.dur ?? 0;
    end = task.ts! + (task.dur ?? 0);
  }
  return sum / 1000;
}

interface IdleCost {
  /** Our content script's tasks; NaN without the extension. */
  oursMs: number;
  /** The page's main thread, navigation start → load + IDLE_WATCH_MS. */
  pageMs: number;
}

async function idlePageCost(context: BrowserContext, extensionId?: string): Promise<IdleCost> {
  const page = await context.newPage();
  try {
    const { events, frameId } = await traced(context, page, async () => {
      await page.goto(IDLE_URL, { waitUntil: 'load' });
      await page.waitForTimeout(IDLE_WATCH_MS);
    });
    const thread = pageMainThread(events, frameId);
    const onThread = (e: TraceEvent) => e.pid === thread?.pid && e.tid === thread?.tid;
    const starts = events
      .filter(
        (e) => e.name === 'navigationStart' && onThread(e) && e.args?.data?.documentLoaderURL?.startsWith(IDLE_URL),
      )
      .map((e) => e.ts!);
    const load = events.find((e) => e.name === 'MarkLoad' && onThread(e) && e.args?.data?.frame === frameId);
    if (starts.length === 0 || load?.ts === undefined) throw new Error('no navigation start or load in the trace');
    const ours = extensionId
      ? scriptTasks(events, `chrome-extension://${extensionId}/content-scripts/portal.js`).reduce((a, b) => a + b, 0)
      : Number.NaN;
    return { oursMs: ours, pageMs: mainThreadMs(events, frameId, Math.min(...starts), load.ts + IDLE_WATCH_MS * 1000) };
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function mountTime(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto('https://portal.nhs.net/Registration#/optometry', { waitUntil: 'load' });
    return await page
      .waitForFunction(
        () => {
          const start = performance.getEntriesByName('nhsc:start')[0];
          const mounted = performance.getEntriesByName('nhsc:mounted')[0];
          return start && mounted ? mounted.startTime - start.startTime : undefined;
        },
        undefined,
        { timeout: 5000 },
      )
      .then((h) => h.jsonValue() as Promise<number>);
  } finally {
    await page.close().catch(() => undefined);
  }
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
  /** Main-thread time in our script's tasks while filling; NaN without the extension. */
  cpuMs: number;
  /** The longest single task of ours; NaN without the extension. */
  longestMs: number;
  /** The page's whole main thread while filling. */
  pageMs: number;
}

/** Fills 20 fields of a big registration page; `extensionId` is absent in the browser without it. */
async function registrationFillCost(context: BrowserContext, inputs: number, extensionId?: string): Promise<FillCost> {
  const page = await context.newPage();
  try {
    await page.goto(`https://portal.nhs.net/Registration/bench?inputs=${inputs}#/optometry`, { waitUntil: 'load' });
    // Our panel mounts after load: typing starts once it is there, so its mounting is not counted.
    if (extensionId) {
      await page
        .waitForFunction(() => performance.getEntriesByName('nhsc:mounted').length > 0, undefined, { timeout: 10_000 })
        .catch(() => undefined);
    }
    const { events, frameId } = await traced(context, page, async () => {
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
    });
    const ms = extensionId
      ? scriptTasks(events, `chrome-extension://${extensionId}/content-scripts/registration.js`)
      : undefined;
    return {
      cpuMs: ms ? ms.reduce((a, b) => a + b, 0) : Number.NaN,
      longestMs: ms ? ms.reduce((a, b) => Math.max(a, b), 0) : Number.NaN,
      pageMs: mainThreadMs(events, frameId),
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function popupPaint(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return await page
      .waitForFunction(
        () => (document.querySelector('[data-testid="stage"]') ? performance.now() : undefined),
        undefined,
        { polling: 'raf', timeout: 5000 },
      )
      .then((h) => h.jsonValue() as Promise<number>);
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function coldRoundTrip(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  try {
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
    return ms;
  } finally {
    await page.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------------------------

type Unit = 'ms' | 'KB' | 'requests';

interface Row {
  what: string;
  unit: Unit;
  /** The figure with the extension; NaN when not measured. */
  with: number;
  /** The same page without the extension; absent where there is no such thing. */
  without?: number;
  budget?: number;
  aim?: number;
  /** The budget holds the delta (page load), not the figure with the extension. */
  budgetsDelta?: boolean;
}

const decimalsOf = (unit: Unit) => (unit === 'ms' ? 2 : unit === 'KB' ? 1 : 0);

function row(r: Row): string {
  const d = decimalsOf(r.unit);
  const shown = (v: number) => (Number.isNaN(v) ? 'not measured' : `${v.toFixed(d)} ${r.unit}`);
  const paired = r.without !== undefined;
  const delta = paired ? r.with - r.without! : Number.NaN;
  const deltaCell = !paired
    ? '—'
    : Number.isNaN(delta)
      ? 'not measured'
      : `${delta < 0 ? '−' : '+'}${Math.abs(delta).toFixed(d)} ${r.unit}`;
  // Beside a page without the extension, the ratio to it; otherwise the share of the budget used.
  const ratio = paired ? r.with / r.without! : r.budget !== undefined && r.budget > 0 ? r.with / r.budget : Number.NaN;
  const ratioCell = Number.isFinite(ratio) ? `${ratio.toFixed(2)}×${paired ? '' : ' budget'}` : '—';
  const budgeted = r.budgetsDelta ? delta : r.with;
  const budgetCell =
    r.budget === undefined
      ? '—'
      : `${r.budgetsDelta ? 'Δ ' : ''}≤ ${r.budget} ${r.unit}${r.aim !== undefined ? ` (aim ${r.aim})` : ''}`;
  const verdict =
    r.budget === undefined || Number.isNaN(budgeted)
      ? '—'
      : budgeted <= r.budget
        ? r.aim === undefined || budgeted <= r.aim
          ? 'met'
          : 'met (above aim)'
        : `missed by ${(budgeted - r.budget).toFixed(d)} ${r.unit}`;
  const withoutCell = paired ? shown(r.without!) : '—';
  return `| ${r.what} | ${shown(r.with)} | ${withoutCell} | ${deltaCell} | ${ratioCell} | ${budgetCell} | ${verdict} |`;
}

const formatLoad = (l: number[]) => l.map((v) => v.toFixed(2)).join(', ');

async function main() {
  const loadAtStart = loadavg();
  const rows: Row[] = [];
  const sizes = await attempt('sizes', async () => measureSizes(DIST), undefined);
  for (const b of SIZE_BUDGETS) {
    const s = sizes?.find((m) => m.name === b.name);
    rows.push({
      what: `${b.name}, gzipped`,
      unit: 'KB',
      with: s ? s.gzBytes / 1024 : Number.NaN,
      budget: b.budgetGzBytes / 1024,
      aim: b.aimGzBytes ? b.aimGzBytes / 1024 : undefined,
    });
  }

  const withExt = await attempt<ExtensionSession | undefined>(
    'browser with the extension',
    launchWithExtension,
    undefined,
  );
  const without = await attempt<PlainSession | undefined>('browser without the extension', launchWithout, undefined);
  const id = withExt?.extensionId;
  const noBrowser = () => Promise.reject(new Error('no browser'));

  // Page load first, on its own: alternate the two browsers, after two warm-up loads each.
  const loadWith: number[] = [];
  const loadWithout: number[] = [];
  const pageWith = withExt && (await attempt('a page with the extension', () => withExt.context.newPage(), undefined));
  const pageWithout =
    without && (await attempt('a page without the extension', () => without.context.newPage(), undefined));
  const registrationUrl = 'https://portal.nhs.net/Registration#/optometry';
  for (let i = 0; i < RUNS + 2; i++) {
    // A distinct query each time: the same URL with a #fragment would be a same-document navigation.
    const url = registrationUrl.replace('#', `?run=${i}#`);
    const off = await attempt(
      'page load without the extension',
      () => (pageWithout ? loadTime(pageWithout, url) : noBrowser()),
      Number.NaN,
    );
    const on = await attempt(
      'page load with the extension',
      () => (pageWith ? loadTime(pageWith, url) : noBrowser()),
      Number.NaN,
    );
    if (i < 2) continue;
    loadWithout.push(off);
    loadWith.push(on);
  }
  // Closed so that no other portal page can share the measured pages' renderer process.
  await pageWith?.close().catch(() => undefined);
  await pageWithout?.close().catch(() => undefined);

  const notIdle: IdleCost = { oursMs: Number.NaN, pageMs: Number.NaN };
  const idleWith: IdleCost[] = [];
  const idleWithout: IdleCost[] = [];
  const mounts: number[] = [];
  const paints: number[] = [];
  const trips: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    idleWith.push(
      await attempt(
        'idle portal page with the extension',
        () => (withExt ? idlePageCost(withExt.context, id) : noBrowser()),
        notIdle,
      ),
    );
    idleWithout.push(
      await attempt(
        'idle portal page without the extension',
        () => (without ? idlePageCost(without.context) : noBrowser()),
        notIdle,
      ),
    );
    mounts.push(
      await attempt('start → mounted', () => (withExt ? mountTime(withExt.context) : noBrowser()), Number.NaN),
    );
    paints.push(
      await attempt('popup paint', () => (withExt ? popupPaint(withExt.context, id!) : noBrowser()), Number.NaN),
    );
    trips.push(
      await attempt('cold round trip', () => (withExt ? coldRoundTrip(withExt.context, id!) : noBrowser()), Number.NaN),
    );
  }

  // Registration on big pages, alternating the browsers as for page load.
  const notFilled: FillCost = { cpuMs: Number.NaN, longestMs: Number.NaN, pageMs: Number.NaN };
  const fills = new Map<number, { with: FillCost[]; without: FillCost[] }>();
  for (const n of REGISTRATION_FILL.sizes) {
    const runs = { with: [] as FillCost[], without: [] as FillCost[] };
    for (let i = 0; i < RUNS; i++) {
      runs.without.push(
        await attempt(
          `registration fill, ${n} inputs, without the extension`,
          () => (without ? registrationFillCost(without.context, n) : noBrowser()),
          notFilled,
        ),
      );
      runs.with.push(
        await attempt(
          `registration fill, ${n} inputs, with the extension`,
          () => (withExt ? registrationFillCost(withExt.context, n, id) : noBrowser()),
          notFilled,
        ),
      );
    }
    fills.set(n, runs);
  }
  const stray = withExt ? [...withExt.strayRequests] : undefined;
  const version = withExt?.context.browser()?.version() ?? without?.context.browser()?.version() ?? 'not known';
  await attempt('closing the browser with the extension', async () => withExt?.close(), undefined);
  await attempt('closing the browser without the extension', async () => without?.close(), undefined);

  const t = TIME_BUDGETS;
  rows.push({
    what: 'content script start → UI mounted',
    unit: 'ms',
    with: median(mounts),
    budget: t.contentStartToMountedMs.budget,
    aim: t.contentStartToMountedMs.aim,
  });
  rows.push({
    what: 'page load (registration page), loadEventEnd',
    unit: 'ms',
    with: median(loadWith),
    without: median(loadWithout),
    budget: t.pageLoadDeltaMs.budget,
    aim: t.pageLoadDeltaMs.aim,
    budgetsDelta: true,
  });
  rows.push({
    what: 'portal page with nothing to do: our script’s work',
    unit: 'ms',
    with: median(idleWith.map((c) => c.oursMs)),
    budget: t.idlePortalWorkMs.budget,
  });
  rows.push({
    what: `portal page with nothing to do: page main thread, navigation → load + ${IDLE_WATCH_MS / 1000} s`,
    unit: 'ms',
    with: median(idleWith.map((c) => c.pageMs)),
    without: median(idleWithout.map((c) => c.pageMs)),
  });
  rows.push({
    what: 'popup open → first data painted',
    unit: 'ms',
    with: median(paints),
    budget: t.popupFirstDataPaintMs.budget,
    aim: t.popupFirstDataPaintMs.aim,
  });
  rows.push({
    what: 'cold worker message round trip',
    unit: 'ms',
    with: median(trips),
    budget: t.coldWorkerRoundTripMs.budget,
    aim: t.coldWorkerRoundTripMs.aim,
  });
  for (const [n, runs] of fills) {
    // Budgets hold at 500 inputs; the other sizes show how the cost grows with the page.
    const budgeted = n === 500;
    const label = `registration, ${n} inputs${budgeted ? '' : ' (for comparison)'}`;
    rows.push({
      what: `${label}: our script’s CPU filling ${REGISTRATION_FILL.fields} fields`,
      unit: 'ms',
      with: median(runs.with.map((r) => r.cpuMs)),
      budget: budgeted ? REGISTRATION_FILL.budgetMs : undefined,
    });
    // The worst task of all runs, not a median: one long task is what a person feels.
    const longest = runs.with.map((r) => r.longestMs).filter(Number.isFinite);
    rows.push({
      what: `${label}: our longest task (longest of all runs)`,
      unit: 'ms',
      with: longest.length ? Math.max(...longest) : Number.NaN,
      budget: budgeted ? REGISTRATION_FILL.longTaskMs : undefined,
    });
    rows.push({
      what: `${label}: page main thread while filling`,
      unit: 'ms',
      with: median(runs.with.map((r) => r.pageMs)),
      without: median(runs.without.map((r) => r.pageMs)),
    });
  }
  rows.push({
    what: 'network requests made by the extension',
    unit: 'requests',
    with: stray ? stray.length : Number.NaN,
    budget: t.networkRequests.budget,
  });

  console.log(
    [
      `| What | With the extension | Without | Delta | Ratio | Budget | Verdict |`,
      '|---|---|---|---|---|---|---|',
      ...rows.map(row),
    ].join('\n'),
  );
  if (stray?.length) console.log('\nRequests that were refused:\n' + stray.join('\n'));
  console.log(
    `\nMedians of ${RUNS} run${RUNS === 1 ? '' : 's'} each; Chromium ${version}; ${new Date().toISOString()}.` +
      `\nLoad average (1, 5, 15 min) on ${availableParallelism()} CPUs: ${formatLoad(loadAtStart)} at start, ` +
      `${formatLoad(loadavg())} at end; above the CPU count, the timings are noisy.`,
  );
}

await main();
