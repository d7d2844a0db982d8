/**
 * Asking for an optional permission. Browsers only show the prompt when the request is made while
 * handling a click, so call this first thing in the click handler, before any await.
 */
import { browser } from 'wxt/browser';

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
