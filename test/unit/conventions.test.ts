/**
 * A meta-test of the house rules (STYLE.md habits 1, 3, 11, 12 and the privacy standard), read from
 * the sources as text so a slip fails CI rather than code review.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

const CODE = [...sources('lib'), ...sources('entrypoints')].map((file) => ({
  file,
  text: readFileSync(path.join(ROOT, file), 'utf8'),
}));

function offenders(pattern: RegExp, allowed: (file: string) => boolean = () => false): string[] {
  return CODE.filter(({ file, text }) => !allowed(file) && pattern.test(text)).map(({ file }) => file);
}

describe('house rules', () => {
  it('reads some code', () => expect(CODE.length).toBeGreaterThan(50));

  it('never writes HTML from strings (no innerHTML and friends)', () => {
    expect(offenders(/\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/)).toEqual(
      [],
    );
  });

  it('makes no network requests and runs no remote or generated code', () => {
    expect(
      offenders(
        /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\s*\(|\beval\s*\(|new Function\s*\(/,
      ),
    ).toEqual([]);
  });

  it('only lib/platform and the thin entrypoints touch the browser API', () => {
    expect(
      offenders(/from 'wxt\/browser'/, (f) => f.startsWith('lib/platform/') || f.startsWith('entrypoints/')),
    ).toEqual([]);
  });

  it('uses zod/mini, never full zod (bundle budgets)', () => {
    expect(offenders(/from 'zod'/)).toEqual([]);
  });

  it('imports WXT APIs explicitly from #imports, never relying on auto-imports', () => {
    const usesWxt = /\b(defineBackground|defineContentScript|createShadowRootUi|storage\.defineItem)\s*\(/;
    const missing = CODE.filter(({ text }) => usesWxt.test(text) && !/from '#imports'/.test(text)).map(
      ({ file }) => file,
    );
    expect(missing).toEqual([]);
  });

  it('content-script code creates no Intl formatters (each costs milliseconds on every portal page)', () => {
    const contentScriptCode = (f: string) => /^lib\/(portal|hints|registration|outlook|ui\/panel)\//.test(f);
    expect(offenders(/\bIntl\.|toLocale(Date|Time)?String\(/, (f) => !contentScriptCode(f))).toEqual([]);
  });

  it('keeps entrypoints thin', () => {
    const fat = CODE.filter(({ file, text }) => file.startsWith('entrypoints/') && text.split('\n').length > 40).map(
      ({ file }) => file,
    );
    expect(fat).toEqual([]);
  });

  it('the storage module is imported only by the background side', () => {
    // Decision 2: one writer. Types may be imported anywhere; values only in the background.
    const valueImports = CODE.filter(
      ({ text }) =>
        /import\s+\{[^}]*\}\s+from\s+'(\.\.\/)+storage\.ts'/.test(text) &&
        !/import\s+type\s+\{[^}]*\}\s+from\s+'(\.\.\/)+storage\.ts'/.test(text),
    )
      .map(({ file }) => file)
      .filter((f) => !f.startsWith('lib/background/') && !f.startsWith('lib/platform/background'));
    expect(valueImports).toEqual([]);
  });
});
