/**
 * The manifest `key` that fixes the extension id exists only for the managed-policy end-to-end test: it comes from
 * NHSC_TEST_MANIFEST_KEY, never in a normal build (store packages refuse a key) and never for Firefox. The managed
 * storage schema is declared for every browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import config from '../../wxt.config.ts';

type ManifestFn = (env: {
  browser: string;
  manifestVersion: 3;
  mode: string;
  command: string;
}) => Record<string, unknown>;
const manifestFor = (browser: string) =>
  (config.manifest as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });

afterEach(() => {
  delete process.env.NHSC_TEST_MANIFEST_KEY;
});

describe('manifest key and managed schema', () => {
  it('a normal build has no key, in any browser', () => {
    expect(manifestFor('chrome')).not.toHaveProperty('key');
    expect(manifestFor('firefox')).not.toHaveProperty('key');
  });

  it('the test variable adds the key to the Chromium build only', () => {
    process.env.NHSC_TEST_MANIFEST_KEY = 'TESTKEY';
    expect(manifestFor('chrome').key).toBe('TESTKEY');
    expect(manifestFor('firefox')).not.toHaveProperty('key');
  });

  it('declares the managed storage schema everywhere', () => {
    for (const browser of ['chrome', 'firefox'])
      expect(manifestFor(browser).storage).toEqual({ managed_schema: 'managed-schema.json' });
  });
});
