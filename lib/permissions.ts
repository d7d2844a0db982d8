/**
 * The permission set, declared once (docs/decisions.md D3): wxt.config.ts builds the manifest from
 * it; test/e2e/manifest.e2e.test.ts checks the built manifests against literal expectations.
 * Optional ones are asked for only from a click.
 */
import { OUTLOOK_MATCHES, PORTAL_MATCH } from './origins.ts';

export const REQUIRED_PERMISSIONS = ['alarms', 'storage'];
/** `scripting` is asked for only together with the Outlook hosts, to register that content script. */
export const OPTIONAL_PERMISSIONS = ['notifications', 'scripting'];
export const HOST_PERMISSIONS = [PORTAL_MATCH];
export const OPTIONAL_HOST_PERMISSIONS = OUTLOOK_MATCHES;
