import { defineConfig } from 'vitest/config';

// End-to-end tests drive the *built* Firefox extension in Debian's Firefox ESR over WebDriver BiDi
// (test/firefox/harness.ts). One file at a time: each launches a browser and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
