/** ENGINEERING.md check 15: the built manifests carry exactly the decided permissions. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HOST_PERMISSIONS,
  OPTIONAL_HOST_PERMISSIONS,
  OPTIONAL_PERMISSIONS,
  REQUIRED_PERMISSIONS,
} from '../../lib/permissions.ts';
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
    expect([...(m.permissions as string[])].sort()).toEqual([...REQUIRED_PERMISSIONS].sort());
    expect([...(m.optional_permissions as string[])].sort()).toEqual([...OPTIONAL_PERMISSIONS].sort());
    expect([...(m.host_permissions as string[])].sort()).toEqual([...HOST_PERMISSIONS].sort());
    expect([...(m.optional_host_permissions as string[])].sort()).toEqual([...OPTIONAL_HOST_PERMISSIONS].sort());
    for (const forbidden of ['tabs', 'webNavigation', 'history', 'scripting', '<all_urls>']) {
      expect(JSON.stringify(m.permissions)).not.toContain(forbidden);
    }
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(String(m.name)).toMatch(/unofficial/i);
    expect(String(m.description)).toMatch(/not provided by NHS England/);
  });

  it('content scripts only match the NHSmail portal', () => {
    const scripts = chrome.content_scripts as { matches: string[]; js?: string[] }[];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) for (const m of s.matches) expect(m).toMatch(/^https:\/\/portal\.nhs\.net\//);
    const registration = scripts.find((s) => s.js?.some((f) => f.includes('registration')));
    expect(registration?.matches).toEqual([
      'https://portal.nhs.net/Registration*',
      'https://portal.nhs.net/registration*',
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
