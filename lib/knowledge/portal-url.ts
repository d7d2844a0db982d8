/**
 * The NHSmail portal's address, where people sign in and where "Open NHSmail portal" goes.
 * Source: FACTS.md §7 (portal.nhs.net, "accessed … from https://portal.nhs.net"); reviewed 2026-11-23.
 * Kept apart from the larger datasets so the background and popup can import it alone.
 */
export const PORTAL_URL = 'https://portal.nhs.net/';
