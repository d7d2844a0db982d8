/**
 * A meta-test of the house rules (docs/decisions.md H1, H3, H11, H12 and the privacy standard), read from
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

  it('touches the browser API only where each context is wired: entrypoints, the background root, the two kits', () => {
    const wiring = new Set([
      'lib/background/main.ts',
      'lib/content/kit/messaging.ts',
      // Reads the runtime's id only, to know when the extension went away under the page.
      'lib/content/kit/script-context.ts',
      'lib/pages/kit/messaging.ts',
      'lib/pages/kit/optional-permissions.ts',
      'lib/pages/kit/active-tab.ts',
      'lib/pages/kit/page-view.ts',
    ]);
    const isWiring = (f: string) => wiring.has(f) || f.startsWith('entrypoints/');
    expect(offenders(/from 'wxt\/browser'/, isWiring)).toEqual([]);
    expect(
      offenders(/\b(chrome|browser)\.(runtime|storage|tabs|permissions|action|alarms|scripting)\./, isWiring),
    ).toEqual([]);
  });

  it('lays code out by where it runs: content and pages import no other context, the background no page', () => {
    const forbidden: Record<string, string[]> = {
      'lib/content/': ['lib/pages/', 'lib/background/'],
      'lib/pages/': ['lib/content/', 'lib/background/'],
      'lib/background/': ['lib/pages/'],
    };
    const crossing = CODE.flatMap(({ file, text }) => {
      const context = Object.keys(forbidden).find((prefix) => file.startsWith(prefix));
      if (!context) return [];
      // Value imports only: sharing a type across contexts costs nothing at run time.
      return [...text.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)'/gm)]
        .map((m) => path.normalize(path.join(path.dirname(file), m[1]!)))
        .filter((target) => forbidden[context]!.some((prefix) => target.startsWith(prefix)))
        .map((target) => `${file} -> ${target}`);
    });
    expect(crossing).toEqual([]);
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
    const contentScriptCode = (f: string) => f.startsWith('lib/content/');
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
    // (The pattern this replaced only matched '../storage.ts'-style paths, so it could never fail.)
    const storage = path.normalize('lib/background/storage.ts');
    const importers = CODE.filter(({ file, text }) =>
      [...text.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)'/gm)].some(
        (m) => path.normalize(path.join(path.dirname(file), m[1]!)) === storage,
      ),
    ).map(({ file }) => file);
    // The scan finds the background's own imports, so an empty list below means something.
    expect(importers).toContain('lib/background/service.ts');
    expect(importers.filter((f) => !f.startsWith('lib/background/'))).toEqual([]);
  });
});
