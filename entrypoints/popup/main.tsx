import { render } from 'preact';
import { Popup } from '../../lib/pages/popup/popup.tsx';
import { isToolbarPopup } from '../../lib/pages/kit/page-view.ts';
import '../../lib/pages/kit/nhs.css';

// In the toolbar the popup sizes itself to its content, so give it a comfortable fixed width there;
// opened in a tab (from a notification) it follows the window from 320 to 800 px.
if (isToolbarPopup()) document.documentElement.classList.add('nhsc-in-popup');
render(<Popup />, document.getElementById('app')!);
