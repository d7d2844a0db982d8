/** The Settings page's composition root, called by entrypoints/options/main.tsx. */
import { render } from 'preact';
import { downloadText } from '../kit/download.ts';
import { sendToBackground } from '../kit/messaging.ts';
import { permissionActions } from '../kit/optional-permissions.ts';
import { Options } from './options.tsx';

export function startOptions(root: HTMLElement): void {
  render(
    <Options
      deps={{
        send: sendToBackground,
        permissions: permissionActions,
        download: (name, text) => downloadText(name, text),
        readFile: (file) => file.text(),
      }}
    />,
    root,
  );
}
