/** The Help page's composition root, called by entrypoints/help/main.tsx. */
import { render } from 'preact';
import { sendToBackground } from '../kit/messaging.ts';
import { Help } from './help.tsx';

export function startHelp(root: HTMLElement, location: Location = globalThis.location): void {
  render(<Help send={sendToBackground} search={location.search} />, root);
}
