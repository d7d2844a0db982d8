import { render } from 'preact';
import { Options } from '../../lib/pages/options/options.tsx';
import { downloadText } from '../../lib/pages/kit/download.ts';
import { sendToBackground } from '../../lib/pages/kit/messaging.ts';
import { permissionActions } from '../../lib/pages/kit/optional-permissions.ts';
import '../../lib/pages/options/options.css';

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
