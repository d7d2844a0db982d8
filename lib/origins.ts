/**
 * Every web origin the extension works with, declared once. The manifest (wxt.config.ts), the
 * content scripts' `matches`, the message gate and the permission checks all read these.
 * Source: docs/sources.md §7 (people sign in at https://portal.nhs.net; Outlook on the web at
 * outlook.office.com / outlook.office365.com); reviewed 2026-11-23.
 */

/** The NHSmail portal: where people sign in, and where "Open NHSmail portal" goes. */
export const PORTAL_ORIGIN = 'https://portal.nhs.net';
export const PORTAL_URL = `${PORTAL_ORIGIN}/`;
/** Host permission and content-script match pattern for every portal page. */
export const PORTAL_MATCH = `${PORTAL_ORIGIN}/*`;
/** The registration portal's pages (the address is written both ways in the published guides). */
export const REGISTRATION_MATCHES = [`${PORTAL_ORIGIN}/Registration*`, `${PORTAL_ORIGIN}/registration*`];

/** Outlook on the web: only with the person's opt-in (optional host permissions). */
export const OUTLOOK_ORIGINS = ['https://outlook.office.com', 'https://outlook.office365.com'] as const;
export const OUTLOOK_MATCHES = /* @__PURE__ */ OUTLOOK_ORIGINS.map((origin) => `${origin}/*`);

/** Web origins whose content scripts may message the background. */
export const CONTENT_ORIGINS: ReadonlySet<string> = /* @__PURE__ */ new Set([PORTAL_ORIGIN, ...OUTLOOK_ORIGINS]);
