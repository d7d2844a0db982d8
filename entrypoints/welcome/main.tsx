import { render } from 'preact';
import { Welcome } from '../../lib/ui/welcome/welcome.tsx';
import { sendToBackground } from '../../lib/platform/messaging.ts';
import { requestNotifications } from '../../lib/platform/optional-permissions.ts';
import '../../lib/ui/welcome/welcome.css';

render(
  <Welcome deps={{ send: sendToBackground, permissions: { requestNotifications } }} />,
  document.getElementById('app')!,
);
