/**
 * Outlook on the web as an optional source of sign-ins (issue: sign-in tracking, item 2). Asked
 * for only from this click; the browser shows its own permission prompt.
 */
import { useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import { removeOutlook, requestOutlook } from '../kit/optional-permissions.ts';
import type { Ask } from './popup.tsx';

export function OutlookOptIn({ view, ask }: { view: StatusView; ask: Ask }) {
  const [message, setMessage] = useState('');
  const on = view.permissions.outlook;

  function change(turnOn: boolean) {
    // The request must start inside the click, before any await, or the browser refuses to ask.
    void (turnOn ? requestOutlook() : removeOutlook()).then(async (done) => {
      const problem = await ask({ type: 'page:permissions-changed' });
      if (problem) setMessage(problem);
      else if (turnOn)
        setMessage(done ? 'Outlook on the web now counts as a sign-in.' : 'Outlook on the web was not turned on.');
      else
        setMessage(
          done
            ? 'Outlook on the web no longer counts.'
            : 'That did not work. You can remove site access in your browser’s extension settings.',
        );
    });
  }

  return (
    <section class="nhsuk-card" aria-labelledby="outlook-heading">
      <h2 id="outlook-heading">Outlook on the web</h2>
      <p>A mailbox page of an @nhs.net account counts as a sign-in; no mail content is read.</p>
      <p>
        {on ? (
          <strong class="nhsuk-tag nhsuk-tag--green">On</strong>
        ) : (
          <strong class="nhsuk-tag nhsuk-tag--grey">Off</strong>
        )}
      </p>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => change(!on)}>
        {on ? 'Stop counting Outlook on the web' : 'Count Outlook on the web'}
      </button>
      <p role="status" class="nhsuk-body-s">
        {message}
      </p>
    </section>
  );
}
