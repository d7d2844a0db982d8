import { render } from 'preact';
import { Welcome } from '../../lib/pages/welcome/welcome.tsx';
import { sendToBackground } from '../../lib/pages/kit/messaging.ts';
import { requestNotifications } from '../../lib/pages/kit/optional-permissions.ts';
import '../../lib/pages/welcome/welcome.css';

render(
  <Welcome deps={{ send: sendToBackground, permissions: { requestNotifications } }} />,
  document.getElementById('app')!,
);
