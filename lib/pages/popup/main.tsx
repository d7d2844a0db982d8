/** The popup's composition root, called by entrypoints/popup/main.tsx. */
import { render } from 'preact';
import { isToolbarPopup } from '../kit/page-view.ts';
import { Popup } from './popup.tsx';

export function startPopup(root: HTMLElement, doc: Document = document): void {
  // In the toolbar the popup sizes itself to its content, so give it a comfortable fixed width there;
  // opened in a tab (from a notification) it follows the window from 320 to 800 px.
  if (isToolbarPopup()) doc.documentElement.classList.add('nhsc-in-popup');
  render(<Popup />, root);
}
