/** docs/decisions.md check 15: the built manifests carry exactly the decided permissions. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_DIST, FIREFOX_DIST, requireBuiltExtension } from './harness.ts';

function manifest(dist: string) {
  return JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

describe('built manifests', () => {
  requireBuiltExtension();
  const chrome = manifest(CHROME_DIST);
  const firefox = manifest(FIREFOX_DIST);

  it.each([
    ['chrome', chrome],
    ['firefox', firefox],
  ])('%s: MV3 with exactly the decided permissions', (_name, m) => {
    expect(m.manifest_version).toBe(3);
    // Literal expectations, never lib/permissions.ts: the build reads those constants, so comparing
    // with them would pass whatever they were changed to. A permission change must change this test.
    expect([...(m.permissions as string[])].sort()).toEqual(['alarms', 'storage']);
    expect([...(m.optional_permissions as string[])].sort()).toEqual(['notifications', 'scripting']);
    expect(m.host_permissions).toEqual(['https://portal.nhs.net/*']);
    expect([...(m.optional_host_permissions as string[])].sort()).toEqual([
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
    for (const forbidden of ['tabs', 'webNavigation', 'history', 'scripting', '<all_urls>']) {
      expect(JSON.stringify(m.permissions)).not.toContain(forbidden);
    }
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(m.name).toBe('NHSmail Companion (unofficial)');
    expect(m.description).toMatch(/^Independent tool, not provided by NHS England\. /);
  });

  it('content scripts only match the NHSmail portal', () => {
    const scripts = chrome.content_scripts as { matches: string[]; js?: string[] }[];
    // The Outlook script is registered at run time, only after its optional hosts are granted.
    expect(
      scripts.map((s) => ({ js: s.js, matches: s.matches })).sort((a, b) => String(a.js).localeCompare(String(b.js))),
    ).toEqual([
      { js: ['content-scripts/portal.js'], matches: ['https://portal.nhs.net/*'] },
      {
        js: ['content-scripts/registration.js'],
        matches: ['https://portal.nhs.net/Registration*', 'https://portal.nhs.net/registration*'],
      },
    ]);
  });

  it('Firefox keys are only in the Firefox build', () => {
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/^\{[0-9a-f-]{36}\}$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('the version comes from package.json', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(CHROME_DIST, '../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(chrome.version).toBe(pkg.version);
    expect(firefox.version).toBe(pkg.version);
  });
});
