import path from 'node:path';
import { defineConfig } from 'wxt';

import {
  HOST_PERMISSIONS,
  OPTIONAL_HOST_PERMISSIONS,
  OPTIONAL_PERMISSIONS,
  REQUIRED_PERMISSIONS,
} from './lib/permissions.ts';

const SCRIPT_CONTEXT = path.resolve(import.meta.dirname, 'lib/content/kit/script-context.ts');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Tests and helpers may build into their own folder so parallel builds never collide.
  outDir: process.env.NHSC_OUT_DIR ?? '.output',
  hooks: {
    // Content scripts use the browsers' own promise-based `browser`/`chrome` object instead of
    // webextension-polyfill: they only send messages and read runtime.id, which every MV3 browser
    // supports natively, and the polyfill costs about 3 KB gzipped of a 15 KB budget per script.
    // The background and extension pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const existing = config.resolve?.alias ?? [];
      const aliases = Array.isArray(existing)
        ? existing
        : Object.entries(existing).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
          // Our small content-script context in place of WXT's (docs/decisions.md D30): WXT's entry code
          // constructs whatever this module exports as ContentScriptContext.
          { find: /^wxt\/utils\/content-script-context$/, replacement: SCRIPT_CONTEXT },
          ...aliases,
        ],
      };
      // V8's explicit compile hint: compile the whole script up front instead of each function on its
      // first call, which measured ~1.5 ms faster from start to mounted panel (`npm run bench`).
      // `postBanner` is added after minification, so the comment survives as the first line.
      // Only where a panel must appear quickly: idle portal pages would pay for compiling all of it.
      if (!entrypoints.some((entry) => entry.name === 'registration')) return;
      const output = config.build?.rollupOptions?.output;
      if (output && !Array.isArray(output)) {
        (output as { postBanner?: string }).postBanner = '//# allFunctionsCalledOnLoad';
      } else if (!output) {
        config.build = {
          ...config.build,
          rollupOptions: {
            ...config.build?.rollupOptions,
            output: { postBanner: '//# allFunctionsCalledOnLoad' } as object,
          },
        };
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'NHSmail Companion (unofficial)',
    short_name: 'NHSmail Companion',
    description:
      'Independent tool, not provided by NHS England. Reminds you to use your NHSmail account before it expires and helps you apply. Works offline and sends nothing.',
    permissions: REQUIRED_PERMISSIONS,
    optional_permissions: OPTIONAL_PERMISSIONS,
    host_permissions: HOST_PERMISSIONS,
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    action: { default_title: 'NHSmail Companion (unofficial)' },
    // Settings an organisation sets by enterprise policy (docs/managed-deployment.md; lib/background/managed.ts).
    storage: { managed_schema: 'managed-schema.json' },
    // A fixed extension id for the managed-policy end-to-end test only: Chromium applies an extension's policy only
    // to an id it knows. Store packages never carry a key (the stores refuse one), so it is set only from this
    // variable, which only test/e2e/managed.e2e.test.ts sets.
    ...(browser !== 'firefox' && process.env.NHSC_TEST_MANIFEST_KEY ? { key: process.env.NHSC_TEST_MANIFEST_KEY } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: '{ff8e947c-c32f-4df0-b448-4fbf860a4043}',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
