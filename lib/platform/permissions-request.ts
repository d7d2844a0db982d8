/**
 * Asking for an optional permission. Browsers only show the prompt when the request is made while
 * handling a click, so call this first thing in the click handler, before any await.
 */
import { browser } from 'wxt/browser';
import { HOST_PERMISSIONS } from './permissions.ts';

/** Asks for the `notifications` permission; resolves to whether it is granted. Never rejects. */
export function requestNotificationsPermission(): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: ['notifications'] }).then(
      (granted) => granted === true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** True when this page is showing as the toolbar popup (not in a tab). */
export function isToolbarPopup(): boolean {
  try {
    const views = browser.extension?.getViews?.({ type: 'popup' }) ?? [];
    return views.includes(globalThis.window);
  } catch {
    return false;
  }
}

/** Whether the browser currently lets us run on the NHSmail portal (users can withhold site access). */
export async function hasPortalAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: HOST_PERMISSIONS });
  } catch {
    // If we cannot tell, assume access rather than nag about a problem that may not exist.
    return true;
  }
}

/** Asks again for the portal host permission; call first thing in a click handler. Never rejects. */
export function requestPortalAccess(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: HOST_PERMISSIONS }).then(
      (granted) => granted === true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}
