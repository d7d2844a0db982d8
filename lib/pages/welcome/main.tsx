/** The first-run page's composition root, called by entrypoints/welcome/main.tsx. */
import { render } from 'preact';
import { sendToBackground } from '../kit/messaging.ts';
import { requestNotifications } from '../kit/optional-permissions.ts';
import { Welcome } from './welcome.tsx';

export function startWelcome(root: HTMLElement): void {
  render(<Welcome deps={{ send: sendToBackground, permissions: { requestNotifications } }} />, root);
}
