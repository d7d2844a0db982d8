/**
 * Loads the *built* extension into Debian's Chromium with playwright-core and serves portal pages
 * from test/fixtures by request routing. Every other request is refused and counted, so a test can
 * prove the extension makes no network requests.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_DIST = path.join(ROOT, process.env.NHSC_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIREFOX_DIST = path.join(ROOT, process.env.NHSC_OUT_DIR ?? '.output', 'firefox-mv3');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function requireBuiltExtension(): void {
  if (!existsSync(path.join(CHROME_DIST, 'manifest.json'))) {
    throw new Error(`No built extension at ${CHROME_DIST}: run "npm run build" first (npm test does).`);
  }
  if (!existsSync(CHROMIUM)) {
    // Under CI a missing browser is a failure, never a skip (issue: Foundation).
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium).`);
  }
}

export interface FixtureRoute {
  /** Full URL on the portal, e.g. https://portal.nhs.net/Home */
  url: string | RegExp;
  /** File under test/fixtures, or inline HTML. */
  fixture?: string;
  html?: string;
  headers?: Record<string, string>;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Requests that left the browser for anything not routed to a fixture. */
  strayRequests: string[];
  /** Closes the browser; a second call does nothing. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
  /**
   * Puts a session that a file's tests share back as a fresh launch leaves it (see `reusable`):
   * one blank tab, no fixture routes, no granted permissions, no stray requests, storage as just
   * installed, and a worker that has just started and refreshed the badge from that storage.
   */
  reset(): Promise<void>;
  route(routes: FixtureRoute[]): Promise<void>;
  openPopup(hash?: string): Promise<Page>;
  extensionPage(file: string): Promise<Page>;
  badge(): Promise<{ text: string; title: string; colour: number[] }>;
}

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export interface LaunchOptions {
  userDataDir?: string;
  dist?: string;
  /**
   * The welcome tab opens on install and takes the foreground, which throttles animation frames
   * in the test's own page (every click then waits seconds for "stable"). By default it is closed
   * as soon as it opens; welcome tests keep it.
   */
  welcome?: 'close' | 'keep';
  /**
   * A file's tests share this browser and call reset() between them: a launch costs seconds, a
   * reset a fraction of one. Records the storage as just installed, for reset() to restore. (A
   * plain fresh launch always is: see launchExtension.)
   */
  reusable?: boolean;
}

/**
 * A fresh browser launched before it is asked for. A launch is mostly waiting (Chromium takes
 * seconds to make storage.managed ready, and the install waits for it), so the next plain launch
 * starts as soon as one is handed out, and is ready when a test or the next file asks (the e2e
 * config keeps this module across files). Each is still a browser of its own, handed out once.
 */
let spare: Promise<ExtensionSession> | undefined;

/** Profiles the harness made and has not removed yet: an unused spare's goes when the process exits. */
const ownProfiles = new Set<string>();
const removeOwnProfiles = () => {
  for (const dir of ownProfiles) rmSync(dir, { recursive: true, force: true });
};

/**
 * A browser with the built extension. A plain fresh one (the default dist, a new profile, the
 * welcome tab closed) comes from the spare when there is one, and is always reusable.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  requireBuiltExtension();
  if (options.userDataDir || options.dist || options.welcome === 'keep') return launchNew(options);
  const next = spare ?? launchNew({ reusable: true });
  spare = launchNew({ reusable: true });
  // Only its taker sees a failed spare (and launches again), so it is never an unhandled rejection.
  spare.catch(() => undefined);
  return next.catch(() => launchNew({ reusable: true }));
}

async function launchNew(options: LaunchOptions): Promise<ExtensionSession> {
  const dist = options.dist ?? CHROME_DIST;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'nhsc-profile-'));
  if (!options.userDataDir) ownProfiles.add(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=en-GB',
    ],
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 800, height: 700 },
  });
  // Last among the exit listeners, after Playwright's that kill the browsers, so that no browser
  // is still writing to a profile as it goes.
  process.off('exit', removeOwnProfiles);
  process.on('exit', removeOwnProfiles);
  const strayRequests: string[] = [];
  // Anything not routed to a fixture is refused and recorded.
  await context.route(/^https?:\/\//, (route) => {
    strayRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  if (options.welcome !== 'keep') {
    const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
    let welcomeClosed = false;
    const closeWelcome = async (page: Page) => {
      await page.waitForLoadState('domcontentloaded').catch(() => undefined);
      if (page.url() !== welcomeUrl) return;
      await page.close().catch(() => undefined);
      welcomeClosed = true;
    };
    context.on('page', (page) => void closeWelcome(page));
    // It may have opened before the listener was added.
    for (const page of context.pages()) void closeWelcome(page);
    // A fresh profile always gets the welcome tab: let it open and close before any test page. (Not
    // by looking for it among the pages: the listener may close it between two looks.)
    if (!options.userDataDir) {
      await eventually(
        async () => welcomeClosed,
        'the welcome tab',
        // A reusable session records the storage as installed: the tab opens once the install is done.
        options.reusable ? 20_000 : 3000,
        20,
      ).catch((error: unknown) => {
        if (options.reusable) throw error;
      });
    }
  }

  const fixtureRoutes: [url: string | RegExp, handler: Parameters<BrowserContext['route']>[1]][] = [];
  let installed: Record<string, unknown> | undefined;
  if (options.reusable) {
    if (options.userDataDir || options.welcome === 'keep')
      throw new Error('A reusable session needs a fresh profile whose welcome tab is closed.');
    installed = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: HarnessChrome }).chrome.storage.local.get(null),
    );
  }

  let closed = false;
  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    userDataDir,
    strayRequests,
    async close({ keepProfile = false } = {}) {
      if (closed) return;
      closed = true;
      await context.close();
      if (options.userDataDir) return;
      ownProfiles.delete(userDataDir);
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
    async reset() {
      const restore = installed;
      if (!restore) throw new Error('reset() needs a session launched with { reusable: true }.');
      const base = await context.newPage();
      await Promise.all(context.pages().map((p) => (p === base ? undefined : p.close())));
      for (const [url, handler] of fixtureRoutes.splice(0)) await context.unroute(url, handler);
      await context.clearPermissions();
      strayRequests.length = 0;
      for (let attempt = 1; ; attempt++) {
        // The title is a marker: the worker's refresh on its next start replaces it.
        await (
          await currentWorker(session)
        ).evaluate(
          async ({ items, title }) => {
            const c = (globalThis as unknown as { chrome: HarnessChrome }).chrome;
            await c.storage.local.clear();
            await c.storage.local.set(items);
            await c.action.setTitle({ title });
          },
          { items: restore, title: RESET_MARKER },
        );
        // Stopping the worker drops whatever a closed tab had asked of it; starting it again runs
        // the refresh every start runs, from the restored storage.
        await restartWorker(context, base, extensionId);
        await eventually(
          async () =>
            (await currentWorker(session)).evaluate(
              async (marker) =>
                (await (globalThis as unknown as { chrome: HarnessChrome }).chrome.action.getTitle({})) !== marker,
              RESET_MARKER,
            ),
          'the restarted worker to set the badge',
          10_000,
          10,
        );
        // A write from a closed tab could have landed between the restore and the stop: then again.
        const stored = await storedEverything(session);
        if (isDeepStrictEqual(stored, restore)) return;
        if (attempt === 3)
          throw new Error(
            `After reset, storage is ${JSON.stringify(stored)}, not as installed: ${JSON.stringify(restore)}`,
          );
      }
    },
    async route(routes) {
      for (const r of routes) {
        const handler = (route: Route) =>
          route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers: r.headers,
            body: r.html ?? fixtureHtml(r.fixture ?? ''),
          });
        fixtureRoutes.push([r.url, handler]);
        await context.route(r.url, handler);
      }
    },
    async openPopup(hash = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${hash}`);
      return page;
    },
    async extensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async badge() {
      const w = await currentWorker(session);
      return w.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') & { action: any } })
          .chrome;
        return {
          text: await c.action.getBadgeText({}),
          title: await c.action.getTitle({}),
          colour: await c.action.getBadgeBackgroundColor({}),
        };
      });
    },
  };
  return session;
}

/** The parts of the extension API that reset() calls in the worker. */
interface HarnessChrome {
  storage: {
    local: { get(k: null): Promise<Record<string, unknown>>; clear(): Promise<void>; set(i: object): Promise<void> };
  };
  action: { setTitle(d: { title: string }): Promise<void>; getTitle(d: object): Promise<string> };
}

/** The toolbar title reset() sets before restarting the worker: no title of the extension's own. */
const RESET_MARKER = 'nhsc-e2e: reset in progress';

/** Stops the extension's service worker and starts it again, each time waiting for the browser to report it. */
async function restartWorker(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    let status = '';
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions)
        if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status = v.runningStatus;
    });
    const reached = (want: string) => eventually(async () => status === want, `the worker to be ${want}`, 10_000, 10);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await reached('stopped');
    await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extensionId}/` });
    await reached('running');
  } finally {
    await cdp.detach();
  }
}

/**
 * Asks the worker for the status and waits for the reply, from a tab showing one of the
 * extension's files that runs no script of its own (the tab is closed again). By the reply the
 * background has read storage.managed, which a browser makes ready only seconds after it starts:
 * the slow part of anything the worker does at start is then behind it.
 */
export async function statusReply(session: ExtensionSession): Promise<void> {
  const page = await session.extensionPage('icon/16.png');
  try {
    const reply = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok?: boolean }> } } }
      ).chrome.runtime.sendMessage({ type: 'page:get-status' }),
    );
    if (!reply?.ok) throw new Error(`The worker refused the status request: ${JSON.stringify(reply)}`);
  } finally {
    await page.close();
  }
}

/** The live service worker: after a restart Playwright hands us a new Worker object. */
export async function currentWorker(session: ExtensionSession): Promise<Worker> {
  const live = session.context.serviceWorkers().find((w) => w.url().includes(session.extensionId));
  if (live) return live;
  return session.context.waitForEvent('serviceworker', { timeout: 20_000 });
}

/** Stops the extension's service worker as the browser does when idle (docs/decisions.md check 18). */
export async function stopServiceWorkers(session: ExtensionSession): Promise<void> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Waits until `check` returns a truthy value, polling; fails with `what` after the timeout. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false | '' | 0>,
  what: string,
  timeoutMs = 10_000,
  intervalMs = 100,
): Promise<T> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const value = await check();
      if (value) return value as T;
      last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
}

/** Everything in the extension's storage.local, read from the live worker. */
export async function storedEverything(session: ExtensionSession): Promise<Record<string, unknown>> {
  const worker = await currentWorker(session);
  return worker.evaluate(async () => {
    const c = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return c.storage.local.get(null);
  });
}

/**
 * axe-core's violations on an extension page, as rule id and the nodes' selectors. Extension pages
 * forbid inline scripts, so axe is evaluated rather than added as a script tag.
 */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * Where a test's screenshot goes: test-results/ (ignored by git), or docs/ for the README's pictures
 * when run with UPDATE_DOCS_SCREENSHOTS=1.
 */
export function screenshotPath(name: string): string {
  const dir = path.join(ROOT, process.env.UPDATE_DOCS_SCREENSHOTS ? 'docs' : 'test-results');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
