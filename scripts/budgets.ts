/**
 * Performance and size budgets from docs/decisions.md, declared once: `npm run bench` prints
 * measurements against them and test/e2e/sizes.e2e.test.ts asserts the size budgets (never times).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeBudget {
  name: string;
  /** Files under the build folder, matched by a regular expression on the relative path… */
  files?: RegExp;
  /** …or every script or stylesheet an HTML page of the build loads. */
  page?: string;
  kind?: 'js' | 'css';
  budgetGzBytes: number;
  aimGzBytes?: number;
}

export const SIZE_BUDGETS: SizeBudget[] = [
  // The script on every portal page: sign-in and page-hint detection, and a hint's elements built as sent.
  { name: 'portal content script', files: /^content-scripts\/portal\.js$/, budgetGzBytes: 8 * 1024 },
  {
    name: 'Outlook content script',
    files: /^content-scripts\/outlook\.js$/,
    budgetGzBytes: 15 * 1024,
    aimGzBytes: 10 * 1024,
  },
  { name: 'registration content script', files: /^content-scripts\/registration\.js$/, budgetGzBytes: 14 * 1024 },
  // Every script and stylesheet a page loads before it paints, shared chunks included.
  { name: 'popup JS', page: 'popup.html', kind: 'js', budgetGzBytes: 30 * 1024 },
  { name: 'popup CSS', page: 'popup.html', kind: 'css', budgetGzBytes: 16 * 1024 },
  { name: 'Help page CSS', page: 'help.html', kind: 'css', budgetGzBytes: 16 * 1024 },
  { name: 'Settings page CSS', page: 'options.html', kind: 'css', budgetGzBytes: 16 * 1024 },
  { name: 'Welcome page CSS', page: 'welcome.html', kind: 'css', budgetGzBytes: 16 * 1024 },
];

export const TIME_BUDGETS = {
  contentStartToMountedMs: { budget: 5, aim: 2 },
  pageLoadDeltaMs: { budget: 10, aim: 5 },
  idlePortalWorkMs: { budget: 2, aim: 1 },
  popupFirstDataPaintMs: { budget: 100, aim: 50 },
  coldWorkerRoundTripMs: { budget: 50, aim: 20 },
  networkRequests: { budget: 0 },
} as const;

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Scripts (src, modulepreload) or stylesheets an HTML page references, as paths in the build. */
function loadedBy(dist: string, page: string, kind: 'js' | 'css'): string[] {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const refs =
    kind === 'js'
      ? [
          ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
          ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
        ]
      : [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)];
  return [...new Set(refs.map((m) => m[1]!.replace(/^\//, '')))];
}

export interface SizeResult {
  name: string;
  files: string[];
  gzBytes: number;
  budgetGzBytes: number;
  aimGzBytes?: number;
  withinBudget: boolean;
}

export function measureSizes(dist: string): SizeResult[] {
  const files = walk(dist);
  return SIZE_BUDGETS.map((b) => {
    const matched = b.page ? loadedBy(dist, b.page, b.kind ?? 'js') : files.filter((f) => b.files?.test(f));
    const gzBytes = matched.reduce(
      (sum, f) => sum + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length,
      0,
    );
    return {
      name: b.name,
      files: matched,
      gzBytes,
      budgetGzBytes: b.budgetGzBytes,
      aimGzBytes: b.aimGzBytes,
      withinBudget: gzBytes <= b.budgetGzBytes,
    };
  });
}
