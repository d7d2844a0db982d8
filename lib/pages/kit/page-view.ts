/** Where an extension page is showing. */
import { browser } from 'wxt/browser';

/** True when this page is showing as the toolbar popup (not in a tab). */
export function isToolbarPopup(): boolean {
  try {
    const views = browser.extension?.getViews?.({ type: 'popup' }) ?? [];
    return views.includes(globalThis.window);
  } catch {
    return false;
  }
}
