/**
 * Managed deployment end to end (docs/managed-deployment.md): a policy file under /etc/chromium/policies/managed/
 * reaches the extension through storage.managed in a fresh profile, and the status the pages show says which
 * settings the organisation set and which value it ignored, and why.
 *
 * Chromium applies an extension's policy only to an id it knows, so this test builds its own copy with a fixed
 * manifest key (NHSC_TEST_MANIFEST_KEY, read by wxt.config.ts; never set for store packages) and checks that the id
 * Chromium gives it is the one derived from that key. The policy file is written in beforeAll and removed in
 * afterAll, even when a test fails. Needs root (CI runs as root). Settings then shows each value the organisation
 * sets as "Set by your organisation", not editable, under a notice that lists the ignored value; the popup links to
 * the DSPT status for the organisation's ODS code.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusView } from '../../lib/protocol.ts';
import { ROOT, axeViolations, launchExtension, type ExtensionSession } from './harness.ts';

/** A public key made for this test only (its private half was thrown away): it fixes the extension id. */
const TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp8APIl3TV4ekeNetqeKQH3h9tK2miy3vcQMyZ9bY2pzmxL02M48LQWIKdXvJH2bKCEICyI7NUYeggriGtBiioffPxMd7ikMXvM8Bk+2Ia7K7lvl7cnzpTcMbNCLWINU7YPrS0RrKW/3QtU1jBhZgyo66E+6vk8eSQ7IiqBjxzAQjL7aMUmGzSVw14bSz9Sy6NAXWRm7ktRXMkWb8soHItxAp0P0ZotHTJAHIoUKJZWHmBkE6rpy3bbkAbhjxMyFHjq7kV6wm30ZaYxZnA+SuPRXlfr2rJo182V8YnlrfNnm8N1uwOEdfW56qnzWcKX8q/srVQRCD1ic3Fi9Yqw/e1QIDAQAB';

/** Chromium's extension id: the first 32 hex digits of the key's SHA-256, each mapped 0-f to a-p. */
function idFromKey(base64: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

const EXTENSION_ID = idFromKey(TEST_KEY);
// Beside the caller's own output folder, so two engineers' runs never build into the same one.
const OUT_DIR = `${process.env.NHSC_OUT_DIR ?? '.output'}-managed-e2e`;
const DIST = path.join(ROOT, OUT_DIR, 'chrome-mv3');
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'nhsc-e2e-managed.json');

const DIRECTORY = JSON.parse(
  readFileSync(path.join(ROOT, 'test/fixtures/local-directory/buckinghamshire.json'), 'utf8'),
) as { publisher: string };

const POLICY = {
  sector: 'optometry',
  odsCode: 'abc12',
  remindersEnabled: false,
  reminderDaysAhead: 40,
  hintsEnabled: false,
  localDirectory: DIRECTORY,
};

/** The parts of the extension API these tests call inside the browser. */
interface ChromeApi {
  storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
declare const chrome: ChromeApi;

let session: ExtensionSession | undefined;
/** The first policy folder this test had to create (removed again afterwards), if any. */
let createdDir: string | undefined;

beforeAll(async () => {
  if (process.getuid?.() !== 0) throw new Error('This test writes a Chromium policy file and must run as root.');
  const built = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, NHSC_OUT_DIR: OUT_DIR, NHSC_TEST_MANIFEST_KEY: TEST_KEY },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`The keyed test build failed:\n${built.stdout}\n${built.stderr}`);
  createdDir = mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: POLICY } } }));
  session = await launchExtension({ dist: DIST });
}, 180_000);

afterAll(async () => {
  try {
    await session?.close();
  } finally {
    rmSync(POLICY_FILE, { force: true });
    if (createdDir) rmSync(createdDir, { recursive: true, force: true });
    rmSync(path.join(ROOT, OUT_DIR), { recursive: true, force: true });
  }
});

describe('a managed policy in a fresh profile', () => {
  it('the test build carries the key, and Chromium gives it the id derived from it', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.key).toBe(TEST_KEY);
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(session!.extensionId).toBe(EXTENSION_ID);
  });

  it('storage.managed holds the policy as Chromium read it from the file', async () => {
    const managed = await session!.worker.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toEqual({ ...POLICY });
  });

  it('the status shows the organisation’s values, what it sets, and the value it ignored', async () => {
    const page = await session!.extensionPage('popup.html');
    const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'page:get-status' }))) as {
      ok: boolean;
      data: StatusView;
    };
    expect(reply.ok).toBe(true);
    const view = reply.data;
    expect(view.settings).toMatchObject({
      sector: 'optometry',
      odsCode: 'ABC12',
      remindersEnabled: false,
      reminderDaysAhead: 7,
      hintsEnabled: false,
    });
    expect(view.managed).toEqual({
      setByOrganisation: ['sector', 'odsCode', 'remindersEnabled', 'hintsEnabled'],
      localDirectory: true,
      ignored: [
        { key: 'reminderDaysAhead', message: 'reminderDaysAhead was ignored: it must be a whole number from 1 to 21.' },
      ],
    });
    expect(view.localContacts?.publisher).toBe(DIRECTORY.publisher);
    await page.close();
  });

  it('a page cannot change what the organisation sets, and nothing leaves the browser', async () => {
    const page = await session!.extensionPage('popup.html');
    const reply = (await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'page:save-settings', settings: { hintsEnabled: true } }),
    )) as { ok: boolean; data: StatusView };
    expect(reply.ok).toBe(true);
    expect(reply.data.settings.hintsEnabled).toBe(false);
    expect(session!.strayRequests).toEqual([]);
    await page.close();
  });
});

describe('the pages show what the organisation sets', () => {
  it('Settings: the notice, "Set by your organisation" beside each policy value, its control disabled', async () => {
    const page = await session!.extensionPage('options.html');
    await page.setViewportSize({ width: 1366, height: 768 });
    const notice = page.getByTestId('managed-notice');
    await notice.waitFor();
    expect(await notice.locator('li').allTextContents()).toEqual([
      'Type of organisation, ODS code, Account reminders and Hints on NHSmail pages are set by your organisation and cannot be changed here.',
      'The local contacts come from your organisation.',
      "Your organisation's setting was not used. Tell your IT team: reminderDaysAhead was ignored: it must be a whole number from 1 to 21.",
    ]);
    expect(await page.getByTestId('set-by-organisation').allTextContents()).toEqual(
      Array.from({ length: 4 }, () => 'Set by your organisation'),
    );
    const ods = page.getByLabel('Site ODS code Set by your organisation');
    expect([await ods.inputValue(), await ods.isDisabled()]).toEqual(['ABC12', true]);
    const sector = page.getByRole('group', { name: 'Type of organisation Set by your organisation' });
    expect(await sector.locator('input:checked').getAttribute('value')).toBe('optometry');
    expect(await sector.locator('input:not([disabled])').count()).toBe(0);
    expect(await page.locator('#reminders-enabled').isDisabled()).toBe(true);
    expect(await page.locator('#reminders-enabled').isChecked()).toBe(false);
    expect(await page.locator('#hints-enabled').isDisabled()).toBe(true);
    expect(await page.locator('#hints-enabled').isChecked()).toBe(false);
    // What the policy does not set (its days value was ignored) stays the person's.
    expect(await page.locator('#days-ahead').isDisabled()).toBe(false);
    expect(await page.locator('#dspt-reminder').isDisabled()).toBe(false);
    // The organisation provides the local contacts: no file of one's own to import.
    expect(await page.locator('#directory-file').count()).toBe(0);
    expect(await page.getByTestId('local-directory-managed').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the popup links to the DSPT status for the organisation’s ODS code', async () => {
    const page = await session!.extensionPage('popup.html');
    const link = page.getByRole('link', { name: /^Check the published DSPT status for ABC12/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://www.dsptoolkit.nhs.uk/OrganisationSearch/ABC12');
    expect(session!.strayRequests).toEqual([]);
    await page.close();
  });
});
