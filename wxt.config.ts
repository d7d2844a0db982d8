import { defineConfig } from 'wxt';

// Permissions are a product decision (shared/ENGINEERING.md decision 3) and are asserted by
// test/e2e/manifest.e2e.test.ts: change both together.
export const REQUIRED_PERMISSIONS = ['alarms', 'storage'];
export const OPTIONAL_PERMISSIONS = ['notifications'];
export const HOST_PERMISSIONS = ['https://portal.nhs.net/*'];
export const OPTIONAL_HOST_PERMISSIONS = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Tests and helpers may build into their own folder so parallel builds never collide.
  outDir: process.env.NHSC_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: 'NHSmail Companion (unofficial)',
    short_name: 'NHSmail Companion',
    description:
      'Independent tool, not provided by NHS England. Keeps your NHSmail account from expiring and helps you apply. Works offline and sends nothing.',
    permissions: REQUIRED_PERMISSIONS,
    optional_permissions: OPTIONAL_PERMISSIONS,
    host_permissions: HOST_PERMISSIONS,
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    action: { default_title: 'NHSmail Companion (unofficial)' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: '{ff8e947c-c32f-4df0-b448-4fbf860a4043}',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
