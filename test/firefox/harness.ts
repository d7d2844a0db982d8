/**
 * Loads the *built* Firefox extension (.output/firefox-mv3, or $NHSC_OUT_DIR/firefox-mv3) into
 * Debian's Firefox ESR with puppeteer-core over WebDriver BiDi, never a downloaded browser.
 *
 * - The network is a loopback proxy (portal-proxy.ts) that serves portal fixtures and refuses and
 *   records everything else; Firefox's own background traffic is switched off by preferences and
 *   MOZ_DISABLE_NONLOCAL_CONNECTIONS keeps it from reaching anything but loopback.
 * - The extension gets a fixed moz-extension:// address (extensions.webextensions.uuids), so its
 *   pages can be opened in tabs. page.goto() never resolves for them over BiDi, so navigation is
 *   started and the page is polled until it has loaded.
 * - `install: 'temporary'` uses BiDi webExtension.install (gone after a restart); `'sideload'`
 *   puts a pointer file in the profile's extensions folder so a relaunch with the same profile
 *   keeps the add-on (unsigned sideloads are honoured by ESR with xpinstall.signatures.required).
 * - The background event page is inspected and stopped from Firefox's chrome scope (needs
 *   --remote-allow-system-access). That uses unpublished puppeteer and Firefox internals, and is
 *   kept to `chromeEvaluate` and the `background` helpers below.
 * - Firefox runs in its own process group, which is killed on close, on a watchdog timeout, when
 *   node exits, and by a detached reaper shell if node itself is killed: no browser outlives the suite.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { OPTIONS, POPUP, ROOT, type FixtureRoute } from './journeys.ts';
import { startPortalProxy, type PortalProxy } from './portal-proxy.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = path.resolve(ROOT, process.env.NHSC_OUT_DIR ?? '.output', 'firefox-mv3');
/** Any fixed UUID will do; it makes the extension's pages moz-extension://<this>/… */
export const EXTENSION_UUID = '6f1d2c3a-0b4e-4f5a-9c8d-7e6f5a4b3c2d';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** No Firefox session may live longer than this. */
const WATCHDOG_MS = Number(process.env.NHSC_FF_WATCHDOG_MS ?? 240_000);

interface BuiltManifest {
  version: string;
  background?: { scripts?: string[]; service_worker?: string };
  browser_specific_settings: { gecko: { id: string } };
}

export function builtManifest(dist = FIREFOX_DIST): BuiltManifest {
  return JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/**
 * Why the Firefox suite cannot run here, or undefined when it can. Under CI a missing Firefox is a
 * failure, never a skip; a missing build is always a failure.
 */
export function firefoxUnavailable(): string | undefined {
  if (!existsSync(path.join(FIREFOX_DIST, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${FIREFOX_DIST}: run "npm run build" first (npm test does).`);
  }
  if (existsSync(FIREFOX)) return undefined;
  const reason = `Firefox ESR not found at ${FIREFOX}: install Debian's package (apt-get install firefox-esr) or set FIREFOX_PATH.`;
  if (process.env.CI) throw new Error(reason);
  console.warn(`Skipping the Firefox end-to-end tests. ${reason}`);
  return reason;
}

/** Preferences that keep Firefox quiet (no traffic of its own), British and pointed at the proxy. */
function preferences(proxyPort: number, geckoId: string, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    // All traffic through the loopback proxy; DNS never leaves the machine.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.socks_remote_dns': true,
    'network.dns.native-is-localhost': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // Firefox's own background traffic.
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'app.update.auto': false,
    'app.update.disabledForTesting': true,
    'browser.discovery.enabled': false,
    'browser.ml.enable': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.ping-centre.telemetry': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.search.geoip.url': '',
    'browser.search.update': false,
    'browser.topsites.contile.enabled': false,
    'browser.translations.enable': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'extensions.update.enabled': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.unified': false,
    // Dates and numbers as in England (with TZ and LANG below): en-GB pages, dd/mm/yyyy date fields.
    'intl.regional_prefs.use_os_locales': true,
    'intl.locale.requested': 'en-GB',
    'intl.accept_languages': 'en-GB, en',
    // Sideloading: unsigned add-ons from the profile folder, enabled without a prompt.
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 5,
    ...extra,
  };
}

export interface LaunchOptions {
  /** Reuse a profile (a relaunch); a fresh temporary one otherwise. */
  profileDir?: string;
  /** How the add-on gets in: temporary (BiDi, fastest) or sideloaded (survives a relaunch). */
  install?: 'temporary' | 'sideload' | 'already-in-profile';
  dist?: string;
  /** Extra Firefox preferences. */
  prefs?: Record<string, unknown>;
  routes?: FixtureRoute[];
}

export interface FirefoxSession {
  browser: Browser;
  geckoId: string;
  profileDir: string;
  proxy: PortalProxy;
  /** Uncaught errors and console errors from web pages the tests opened, as text. */
  pageErrors: string[];
  /**
   * Uncaught errors and unhandled rejections from the extension's own pages and its background, as
   * Firefox's console service recorded them (BiDi reports nothing from moz-extension documents;
   * console.error calls there stay in the extension process and are not seen). Firefox's note that
   * a closed tab's script was still awaiting a reply is not counted: it is about the tab, not us.
   */
  extensionErrors(): Promise<string[]>;
  route(routes: FixtureRoute[]): void;
  /** A new tab on a portal address, loaded (served by the proxy). */
  openPortal(url: string): Promise<Page>;
  /** A new tab on one of the extension's pages (e.g. popup.html), loaded. */
  openExtensionPage(file: string): Promise<Page>;
  /** Reloads an extension page and waits for the new document. */
  reloadExtensionPage(page: Page): Promise<void>;
  /** Tabs whose document is one of the extension's pages, by file name. */
  extensionTabs(file: string): Promise<Page[]>;
  /** Runs in an extension page that sends nothing to the background (its icon), so it never wakes it. */
  probe<T>(fn: () => Promise<T> | T): Promise<T>;
  badge(): Promise<{ text: string; title: string; colour: number[] }>;
  stored(): Promise<Record<string, unknown>>;
  /**
   * Answers Firefox's own permission prompt for the extension (the door-hanger an optional
   * permission request opens), waiting for it to appear. Resolves to false if none appeared.
   */
  answerPermissionPrompt(accept: boolean, timeoutMs?: number): Promise<boolean>;
  /** The add-on as Firefox's add-on manager has it. */
  addon(): Promise<{ active: boolean; temporary: boolean; scope: number; version: string } | null>;
  background: {
    state(): Promise<string>;
    /** The manifest's background is an event page (non-persistent), as Firefox MV3 has it. */
    isEventPage(): Promise<boolean>;
    /** Stops the event page as Firefox does when idle, and waits until it has stopped. */
    terminate(): Promise<void>;
  };
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const liveGroups = new Set<number>();
function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  liveGroups.delete(pid);
}
process.once('exit', () => {
  for (const pid of liveGroups) killGroup(pid);
});

/** Resolves to `fallback` if `promise` has not settled within `ms` (the promise is left to settle). */
export function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<F>((resolve) => {
      timer = setTimeout(() => resolve(fallback), ms);
    }),
  ]);
}

/** One poll may hang (an evaluate in a tab that is mid-navigation): it gets this long, then the next starts. */
const ATTEMPT_MS = 5000;
const HUNG = Symbol('hung');

/** Waits until `check` returns a truthy value, polling; fails with `what` after the timeout. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false | '' | 0> | T | undefined | null | false | '' | 0,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const left = timeoutMs - (Date.now() - started);
      const value = await within(Promise.resolve().then(check), Math.max(100, Math.min(ATTEMPT_MS, left)), HUNG);
      if (value === HUNG) last = `a check still running after ${ATTEMPT_MS} ms`;
      else if (value) return value as T;
      else last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
}

/**
 * For absences: `check` must hold on every poll for `forMs`, failing as soon as it does not. Use it
 * only after something observable showed the thing had its chance to happen.
 */
export async function holdsFor(check: () => Promise<boolean>, what: string, forMs = 1000): Promise<void> {
  const started = Date.now();
  do {
    if (!(await check()))
      throw new Error(`Expected ${what} to hold for ${forMs} ms; it stopped after ${Date.now() - started} ms`);
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() - started < forMs);
}

type BidiSend = (method: string, params: object) => Promise<{ result: Record<string, unknown> }>;

/**
 * Evaluates `expression` in Firefox's chrome (parent-process) scope and returns its value, which
 * must be a string (JSON.stringify anything else). Unpublished internals, used only here.
 */
export async function chromeEvaluate(browser: Browser, expression: string): Promise<string> {
  const connection = (browser as unknown as { connection: { send: BidiSend } }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as { context: string; url: string }[];
  const context = (contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml') ?? contexts[0])?.context;
  if (!context) throw new Error('No chrome window to evaluate in (is --remote-allow-system-access set?)');
  const reply = await connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  });
  const result = reply.result as {
    type: string;
    result?: { type: string; value?: unknown };
    exceptionDetails?: { text: string };
  };
  if (result.type === 'exception') throw new Error(`chrome scope: ${result.exceptionDetails?.text}`);
  if (result.result?.type !== 'string') throw new Error(`chrome scope returned ${JSON.stringify(result.result)}`);
  return result.result.value as string;
}

/** Polls a page until its document is `url`, has loaded and passes `ready`. */
async function waitForDocument(page: Page, url: string, ready: () => boolean = () => true): Promise<void> {
  await eventually(
    async () =>
      (await page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url)) &&
      (await page.evaluate(ready)),
    `${url} to load`,
    15_000,
  );
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const dist = options.dist ?? FIREFOX_DIST;
  const manifest = builtManifest(dist);
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const install = options.install ?? 'temporary';
  const profileDir = options.profileDir ?? mkdtempSync(path.join(tmpdir(), 'nhsc-ff-profile-'));
  const ownsProfile = !options.profileDir;
  if (install === 'sideload') {
    mkdirSync(path.join(profileDir, 'extensions'), { recursive: true });
    writeFileSync(path.join(profileDir, 'extensions', geckoId), path.resolve(dist));
  }
  const started = Date.now();
  const debug = (what: string) => {
    if (process.env.NHSC_FF_DEBUG) console.log(`[firefox ${Date.now() - started} ms] ${what}`);
  };
  const proxy = await startPortalProxy(options.routes);

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: preferences(proxy.port, geckoId, options.prefs ?? {}),
      env: {
        ...process.env,
        TZ: 'Europe/London',
        LANG: 'en_GB.UTF-8',
        LC_ALL: 'en_GB.UTF-8',
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
        MOZ_CRASHREPORTER_DISABLE: '1',
      },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      defaultViewport: { width: 800, height: 700 },
      timeout: 60_000,
      protocolTimeout: 30_000,
      dumpio: Boolean(process.env.NHSC_FF_DEBUG),
    });
  } catch (error) {
    await proxy.close();
    if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  debug('launched');
  const pid = browser.process()?.pid;
  if (pid) liveGroups.add(pid);
  // Two watchdogs: a timer here, and a detached shell that outlives this process if it is killed.
  const watchdog = setTimeout(() => {
    console.error(`Firefox session exceeded ${WATCHDOG_MS} ms: killing it.`);
    killGroup(pid);
  }, WATCHDOG_MS);
  watchdog.unref();
  const reaper = pid
    ? spawn('sh', ['-c', `sleep ${Math.ceil(WATCHDOG_MS / 1000) + 30}; kill -KILL -- -${pid} 2>/dev/null`], {
        detached: true,
        stdio: 'ignore',
      })
    : undefined;
  reaper?.unref();

  const pageErrors: string[] = [];
  const watchErrors = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
  };

  let probePage: Page | undefined;
  const session: FirefoxSession = {
    browser,
    geckoId,
    profileDir,
    proxy,
    pageErrors,
    route: (routes) => proxy.route(routes),
    async openPortal(url) {
      const page = await browser.newPage();
      watchErrors(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      watchErrors(page);
      const url = `${EXTENSION_ORIGIN}/${file}`;
      // Over BiDi this navigation never reports its end for moz-extension pages: start it, poll.
      void page.goto(url, { timeout: 0 }).catch(() => undefined);
      await waitForDocument(page, url);
      return page;
    },
    async reloadExtensionPage(page) {
      const url = await page.evaluate(() => {
        (window as unknown as { __nhscOld?: boolean }).__nhscOld = true;
        return location.href;
      });
      // The document reloads itself, as F5 would; page.reload() waits for events that never come.
      await page.evaluate(() => setTimeout(() => location.reload(), 0));
      await waitForDocument(page, url, () => !(window as unknown as { __nhscOld?: boolean }).__nhscOld);
    },
    async extensionTabs(file) {
      const found: Page[] = [];
      for (const page of await browser.pages()) {
        // A tab mid-navigation may not answer: it counts as not (yet) ours.
        const href = await within(
          page.evaluate(() => location.href),
          2000,
          '',
        ).catch(() => '');
        if (href.startsWith(`${EXTENSION_ORIGIN}/${file}`)) found.push(page);
      }
      return found;
    },
    async probe(fn) {
      if (!probePage || probePage.isClosed()) {
        probePage = await browser.newPage();
        const url = `${EXTENSION_ORIGIN}/icon/16.png`;
        void probePage.goto(url, { timeout: 0 }).catch(() => undefined);
        await waitForDocument(probePage, url, () => typeof (globalThis as { browser?: unknown }).browser === 'object');
      }
      return probePage.evaluate(fn);
    },
    badge() {
      return session.probe(async () => {
        const action = (globalThis as unknown as { browser: { action: ActionApi } }).browser.action;
        return {
          text: await action.getBadgeText({}),
          title: await action.getTitle({}),
          colour: await action.getBadgeBackgroundColor({}),
        };
      });
    },
    stored() {
      return session.probe(() =>
        (
          globalThis as unknown as {
            browser: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
          }
        ).browser.storage.local.get(null),
      );
    },
    async extensionErrors() {
      const origin = JSON.stringify(EXTENSION_ORIGIN);
      return JSON.parse(
        await chromeEvaluate(
          browser,
          `(() => {
            const ours = (source) => typeof source === "string" && source.startsWith(${origin});
            const quiet = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
            const thrown = Services.console
              .getMessageArray()
              .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & quiet) && ours(m.sourceName))
              // Firefox's own note that a tab closed while its script still awaited a reply.
              .filter((m) => !m.errorMessage.startsWith("Promise rejected after context unloaded"))
              .map((m) => m.errorMessage + " (" + m.sourceName + ":" + m.lineNumber + ")");
            return JSON.stringify(thrown);
          })()`,
        ),
      ) as string[];
    },
    async answerPermissionPrompt(accept, timeoutMs = 10_000) {
      const answer = `(() => {
        for (const b of gBrowser.browsers) {
          const n = PopupNotifications.getNotification("addon-webext-permissions", b);
          if (!n) continue;
          const action = ${accept ? 'n.mainAction' : 'n.secondaryActions[0]'};
          action.callback({});
          n.remove();
          return "answered";
        }
        return "";
      })()`;
      return eventually(
        async () => (await chromeEvaluate(browser, answer)) === 'answered',
        'the permission prompt',
        timeoutMs,
      ).catch(() => false);
    },
    async addon() {
      return JSON.parse(
        await chromeEvaluate(
          browser,
          `(async () => {
            const { AddonManager } = ChromeUtils.importESModule("resource://gre/modules/AddonManager.sys.mjs");
            const a = await AddonManager.getAddonByID(${JSON.stringify(geckoId)});
            return JSON.stringify(a && { active: a.isActive, temporary: a.temporarilyInstalled, scope: a.scope, version: a.version });
          })()`,
        ),
      ) as { active: boolean; temporary: boolean; scope: number; version: string } | null;
    },
    background: {
      state: () =>
        chromeEvaluate(
          browser,
          `WebExtensionPolicy.getByID(${JSON.stringify(geckoId)})?.extension?.backgroundState ?? "absent"`,
        ),
      isEventPage: async () =>
        JSON.parse(
          await chromeEvaluate(
            browser,
            `JSON.stringify(WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension.persistentBackground === false)`,
          ),
        ) as boolean,
      async terminate() {
        await chromeEvaluate(
          browser,
          `(async () => {
            const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
            await ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(geckoId)});
            return "ok";
          })()`,
        );
        await eventually(async () => (await session.background.state()) === 'stopped', 'the background to stop');
      },
    },
    async close({ keepProfile = false } = {}) {
      clearTimeout(watchdog);
      if (reaper?.pid) killGroup(reaper.pid);
      debug('closing');
      await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
      debug('closed');
      killGroup(pid);
      if (process.env.NHSC_FF_DEBUG) console.log('proxy saw', proxy.requests);
      await proxy.close();
      if (!keepProfile && ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };

  try {
    if (install === 'temporary') await browser.installExtension(dist);
    // Installed and its background running (a sideloaded add-on starts with Firefox).
    await eventually(async () => (await session.background.state()) === 'running', 'the extension to start', 20_000);
    if (install !== 'already-in-profile') {
      // A fresh install opens the welcome tab. It stays open (closing it while it still talks to the
      // background makes Firefox log a rejected message); wait until it has rendered.
      const welcome = await eventually(
        async () => (await session.extensionTabs('welcome.html'))[0],
        'the welcome tab',
        30_000,
      );
      await eventually(() => welcome.evaluate(() => Boolean(document.querySelector('h1'))), 'the welcome page');
    }
    debug('extension ready');
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

interface ActionApi {
  getBadgeText(d: object): Promise<string>;
  getTitle(d: object): Promise<string>;
  getBadgeBackgroundColor(d: object): Promise<number[]>;
}

// ---------------------------------------------------------------------------------------------------
// A person's steps on a page, shadow roots included (our injected UI lives in open shadow roots).
// ---------------------------------------------------------------------------------------------------

/** Text of the first element matching `selector` (deep: `host >>> inner`), or null. */
export async function textOf(page: Page, selector: string): Promise<string | null> {
  const handle = await page.$(selector);
  if (!handle) return null;
  try {
    return await handle.evaluate((el) => el.textContent);
  } finally {
    await handle.dispose();
  }
}

/** Replaces a field's value by typing, as a person would (select all, type). */
export async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  const field = await page.waitForSelector(selector, { timeout: 10_000 });
  if (!field) throw new Error(`No field ${selector}`);
  if (await field.evaluate((el) => (el as HTMLInputElement).type === 'date')) {
    // Focus lands on a date field's first part (the day, in en-GB); a click would land on whichever
    // part is under the pointer.
    await field.focus();
  } else {
    await field.click();
    await field.evaluate((el) => (el as HTMLInputElement).select());
  }
  if (value) await page.keyboard.type(value);
  else await page.keyboard.press('Backspace');
  await field.dispose();
}

/**
 * Types a date into the popup's "My last sign-in was on", as a person would, and checks the form
 * holds it: the NHS.UK Day, Month and Year fields, or (older builds) one dd/mm/yyyy date field.
 */
export async function typeLastSignInDate(page: Page, iso: string): Promise<void> {
  const parts = POPUP.lastSignInParts;
  const field = await page.waitForSelector(`${POPUP.lastSignInDate}, ${parts.day}`, { timeout: 15_000 });
  const single = await field!.evaluate((el, id) => `#${el.id}` === id, POPUP.lastSignInDate);
  // The form may sit in a closed disclosure ("Enter the date of your last sign-in"): open it first.
  const summary = await field!.evaluateHandle((el) => {
    const details = el.closest('details');
    return details && !details.open ? details.querySelector('summary') : null;
  });
  const disclosure = summary.asElement() as ElementHandle<Element> | null;
  if (disclosure) {
    await disclosure.click();
    await eventually(() => field!.evaluate((el) => el.getClientRects().length > 0), 'the date fields to show');
  }
  await summary.dispose();
  await field!.dispose();
  const [year, month, day] = iso.split('-') as [string, string, string];
  const typed: Record<string, string> = single
    ? { [POPUP.lastSignInDate]: `${day}${month}${year}` }
    : { [parts.day]: String(Number(day)), [parts.month]: String(Number(month)), [parts.year]: year };
  for (const [selector, value] of Object.entries(typed)) await typeInto(page, selector, value);
  const expected: Record<string, string> = single ? { [POPUP.lastSignInDate]: iso } : typed;
  for (const [selector, value] of Object.entries(expected)) {
    const held = await page.$eval(selector, (el) => (el as HTMLInputElement).value);
    if (held !== value) throw new Error(`${selector} holds "${held}", not "${value}"`);
  }
}

/** Whether a button's text is `name`: exactly, or matching it when it is a pattern. */
function named(label: string, name: string | RegExp): boolean {
  return typeof name === 'string' ? label === name : name.test(label);
}

/** The first button (deep, inside `within` when given) named `name`, waiting for it. */
export async function buttonNamed(
  page: Page,
  name: string | RegExp,
  within?: string,
  timeoutMs = 15_000,
): Promise<ElementHandle<Element>> {
  return eventually(
    async () => {
      const handles = await page.$$(`${within ? `${within} >>> ` : ''}button, input[type="submit"]`);
      let found: ElementHandle<Element> | undefined;
      for (const h of handles) {
        const label = await h.evaluate((el) => (el.textContent || (el as HTMLInputElement).value || '').trim());
        if (!found && named(label, name)) found = h;
        else await h.dispose();
      }
      return found;
    },
    `a button "${String(name)}"`,
    timeoutMs,
  );
}

/** Clicks the named button with a real (trusted) mouse click. */
export async function clickButton(page: Page, name: string | RegExp, within?: string): Promise<void> {
  const button = await buttonNamed(page, name, within);
  await button.click();
  await button.dispose();
}

/** The text of every status line (role=status) on the page that says something. */
export function statusLines(page: Page): Promise<string[]> {
  return page.$$eval('[role="status"]', (nodes) => nodes.map((n) => n.textContent?.trim() ?? '').filter(Boolean));
}

/** Submits the form that holds `selector` with a real click on its submit button. */
export async function submitFormOf(page: Page, selector: string): Promise<void> {
  const submit = await page.evaluateHandle(
    (sel) => document.querySelector(sel)?.closest('form')?.querySelector('button[type="submit"], input[type="submit"]'),
    selector,
  );
  const button = submit.asElement() as ElementHandle<Element> | null;
  if (!button) throw new Error(`No submit button in the form around ${selector}`);
  await button.click();
  await submit.dispose();
}

/** Chooses the organisation type on the options page as a person would (a radio, or the older select). */
export async function chooseSector(page: Page, sector: string): Promise<void> {
  const radio = OPTIONS.sectorRadio(sector);
  await page.waitForSelector(`${radio}, ${OPTIONS.sectorSelect}`, { timeout: 15_000 });
  if (await page.$(radio)) await page.click(radio);
  else await page.select(OPTIONS.sectorSelect, sector);
}

/** The organisation type the options page shows as chosen ('' for none). */
export function chosenSector(page: Page): Promise<string> {
  return page.evaluate(
    (select) =>
      document.querySelector<HTMLInputElement>('input[type="radio"][name="sector"]:checked')?.value ??
      document.querySelector<HTMLSelectElement>(select)?.value ??
      '',
    OPTIONS.sectorSelect,
  );
}

/** The checkbox whose label text is `label`, deep inside `within`. */
export async function checkboxLabelled(page: Page, label: string, within: string): Promise<ElementHandle<Element>> {
  return eventually(async () => {
    const boxes = await page.$$(`${within} >>> input[type="checkbox"]`);
    let found: ElementHandle<Element> | undefined;
    for (const box of boxes) {
      const text = await box.evaluate((el) => {
        const input = el as HTMLInputElement;
        const labels = input.labels ? [...input.labels] : [];
        return labels.map((l) => l.textContent?.trim() ?? '').join(' ');
      });
      if (!found && text.includes(label)) found = box;
      else await box.dispose();
    }
    return found;
  }, `a checkbox "${label}"`);
}

/** Everything the fixture page's own submit handler received (test/fixtures/registration). */
export function submissions(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() => (window as unknown as { __submissions: Record<string, unknown>[] }).__submissions);
}

/** Where a screenshot goes: test-results/ (ignored by git). */
export function screenshotPath(name: string): `${string}.png` {
  const dir = path.join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name) as `${string}.png`;
}
