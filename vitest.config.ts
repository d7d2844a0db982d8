import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const UNIT = 'test/unit';
const ALL = `${UNIT}/**/*.test.{ts,tsx}`;

/**
 * Most unit tests need no DOM and run in node. A file that does (Preact rendering, document,
 * DOMParser) says so at the top: `// @vitest-environment happy-dom`. That docblock is the only
 * place this is decided; the list below is read from it.
 */
const DOM_FILES = readdirSync(UNIT)
  .filter((name) => /\.test\.tsx?$/.test(name))
  .filter((name) =>
    /@vitest-environment\s+(?!node\b)\S/.test(readFileSync(path.join(UNIT, name), 'utf8').slice(0, 300)),
  )
  .map((name) => `${UNIT}/${name}`);

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    // fast-check properties run hundreds of cases: on a busy two-core machine 5 s is not enough.
    testTimeout: 20_000,
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
    // Vitest's default on this 2-core machine is one worker; two run the suite about a third faster.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [ALL],
          exclude: DOM_FILES,
          // Pure modules, the fake browser (reset before every test, setup.ts) and mocks (restored
          // after every test): nothing one file leaves behind reaches the next, so these files share
          // workers instead of paying a fresh one each (the suite's largest cost after happy-dom).
          isolate: false,
        },
      },
      // Each DOM file keeps its own worker and happy-dom window: a page left behind would leak.
      { extends: true, test: { name: 'dom', include: DOM_FILES } },
    ],
  },
});
