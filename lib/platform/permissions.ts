/**
 * The permission set, declared once (ENGINEERING.md decision 3): wxt.config.ts builds the manifest
 * from it and test/e2e/manifest.e2e.test.ts checks the built manifests against it. Optional ones
 * are asked for only from a click.
 */
export const REQUIRED_PERMISSIONS = ['alarms', 'storage'];
/** `scripting` is asked for only together with the Outlook hosts, to register that content script. */
export const OPTIONAL_PERMISSIONS = ['notifications', 'scripting'];
export const HOST_PERMISSIONS = ['https://portal.nhs.net/*'];
export const OUTLOOK_ORIGINS = ['https://outlook.office.com/*', 'https://outlook.office365.com/*'];
export const OPTIONAL_HOST_PERMISSIONS = OUTLOOK_ORIGINS;
