import { defineConfig } from 'vitest/config';

// End-to-end tests drive the *built* extension in Debian's Chromium; they never run in parallel
// files because each launches a browser and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // One process for all the files, so the harness can have the next file's fresh browser ready
    // (test/e2e/harness.ts, launchExtension). Each file still gets a browser of its own.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real browser on a busy two-core machine: give polled conditions time to become true. A poll
    // still fails at once when the condition is false for good, after this long.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
