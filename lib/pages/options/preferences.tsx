/** The days-ahead rule, and the two browser permissions: notifications and Outlook on the web. */
import { useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import type { PermissionActions } from '../kit/optional-permissions.ts';
import { StatusLine } from '../kit/feedback.tsx';
import type { Apply } from './types.ts';

export const MIN_DAYS_AHEAD = 1;
export const MAX_DAYS_AHEAD = 21;

/** A whole number of days in range, or undefined. */
export function parseDaysAhead(raw: string): number | undefined {
  const trimmed = raw.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= MIN_DAYS_AHEAD && n <= MAX_DAYS_AHEAD ? n : undefined;
}

/**
 * Browser notifications: a permission, not a setting. The browser asks from this click and the
 * answer takes effect at once (docs/decisions.md D3).
 */
export function NotificationsPermission({
  view,
  apply,
  permissions,
}: {
  view: StatusView;
  apply: Apply;
  permissions: PermissionActions;
}) {
  const [permissionStatus, setPermissionStatus] = useState('');

  function allowNotifications() {
    // Ask inside the click, before any await: browsers only ask during a user gesture.
    void permissions.requestNotifications().then(async (granted) => {
      const reply = await apply({ type: 'page:permissions-changed' });
      if (!reply.ok) setPermissionStatus(reply.error);
      else
        setPermissionStatus(
          granted
            ? 'Notifications are allowed.'
            : 'Notifications were not allowed. The toolbar badge still shows when to sign in.',
        );
    });
  }

  return (
    <section class="nhsc-section" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Browser notifications</h2>
      <p>Your browser decides this, and it takes effect at once.</p>
      {view.permissions.notifications ? (
        <p data-testid="notifications-permission">
          <strong class="nhsuk-tag nhsuk-tag--green">Allowed</strong> Reminders can show as notifications.
        </p>
      ) : (
        <>
          <p data-testid="notifications-permission">
            <strong class="nhsuk-tag nhsuk-tag--grey">Not allowed</strong> Reminders show only on the toolbar badge.
          </p>
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={allowNotifications}>
            Allow notifications
          </button>
        </>
      )}
      <StatusLine id="notifications-status">{permissionStatus}</StatusLine>
    </section>
  );
}

export const OUTLOOK_EXPLANATION =
  'A mailbox page of an @nhs.net account counts as a sign-in; no mail content is read.';

export function Outlook({
  view,
  apply,
  permissions,
}: {
  view: StatusView;
  apply: Apply;
  permissions: PermissionActions;
}) {
  const [status, setStatus] = useState('');
  const on = view.permissions.outlook;

  function toggle() {
    // Ask inside the click, before any await.
    const asked = on ? permissions.removeOutlook() : permissions.requestOutlook();
    void asked.then(async (done) => {
      const reply = await apply({ type: 'page:permissions-changed' });
      if (!reply.ok) return setStatus(reply.error);
      const nowOn = reply.data.permissions.outlook;
      setStatus(
        nowOn
          ? 'Outlook on the web sign-ins are now counted.'
          : done || on
            ? 'Outlook on the web sign-ins are not counted.'
            : 'Permission was not given, so nothing changed.',
      );
    });
  }

  return (
    <section class="nhsc-section" aria-labelledby="outlook-heading">
      <h2 id="outlook-heading">Outlook on the web</h2>
      <p>{OUTLOOK_EXPLANATION} Your browser asks first, and the change takes effect at once.</p>
      <p data-testid="outlook-permission">
        {on ? (
          <strong class="nhsuk-tag nhsuk-tag--green">On</strong>
        ) : (
          <strong class="nhsuk-tag nhsuk-tag--grey">Off</strong>
        )}{' '}
        {on ? 'Sign-ins in Outlook on the web are counted.' : 'Only sign-ins on the NHSmail portal are counted.'}
      </p>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={toggle}>
        {on ? 'Stop counting Outlook on the web sign-ins' : 'Count Outlook on the web sign-ins'}
      </button>
      <StatusLine id="outlook-status">{status}</StatusLine>
    </section>
  );
}
