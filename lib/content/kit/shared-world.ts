/**
 * What one of our content scripts offers the others on the same page. All of an extension's
 * content scripts in a frame run in one isolated world, out of the page's reach, so a function the
 * portal script has (it runs on every portal page, registration pages included) need not be
 * shipped again in the registration script (docs/decisions.md D28).
 */
export interface SharedWorld {
  /** lib/content/kit/layout-report.ts `describeLayout`, offered by the portal script. */
  describeLayout?: (root: Document, words: ReadonlySet<string>) => string;
}

const KEY = Symbol.for('nhsc:shared-world');

export function sharedWorld(): SharedWorld {
  const scope = globalThis as unknown as Record<symbol, SharedWorld | undefined>;
  return (scope[KEY] ??= {});
}
