import { render } from 'preact';
import { Options } from '../../lib/ui/options/options.tsx';
import { downloadText } from '../../lib/ui/options/download.ts';
import { sendToBackground } from '../../lib/platform/messaging.ts';
import { permissionActions } from '../../lib/platform/optional-permissions.ts';
import '../../lib/ui/options/options.css';

render(
  <Options
    deps={{
      send: sendToBackground,
      permissions: permissionActions,
      download: (name, text) => downloadText(name, text),
      readFile: (file) => file.text(),
    }}
  />,
  document.getElementById('app')!,
);
