/** Reminder notifications: an optional permission, asked for only from this click. */
import { useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import { requestNotifications } from '../kit/optional-permissions.ts';
import type { Ask } from './popup.tsx';

export function Reminders({ view, ask }: { view: StatusView; ask: Ask }) {
  const [message, setMessage] = useState('');
  const on = view.permissions.notifications;

  function turnOn() {
    // The request must start inside the click, before any await, or the browser refuses to ask.
    void requestNotifications().then(async (granted) => {
      const problem = await ask({ type: 'page:permissions-changed' });
      if (problem) setMessage(problem);
      else
        setMessage(
          granted
            ? 'Reminder notifications are on.'
            : 'Reminder notifications were not turned on. The toolbar badge still shows when to sign in.',
        );
    });
  }

  return (
    <section class="nhsuk-card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      {on ? (
        <p>
          <strong class="nhsuk-tag nhsuk-tag--green">On</strong> We send a notification before each deadline.
          {!view.settings.remindersEnabled && ' Reminders are switched off in the settings.'}
        </p>
      ) : (
        <>
          <p>
            <strong class="nhsuk-tag nhsuk-tag--grey">Off</strong> The toolbar badge shows when to sign in.
            Notifications can also remind you before each deadline.
          </p>
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={turnOn}>
            Turn on reminder notifications
          </button>
        </>
      )}
      <p role="status" class="nhsuk-body-s">
        {message}
      </p>
    </section>
  );
}
