/** Reminders (on or off, days ahead, notifications), Outlook on the web, and portal hints. */
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

export function Reminders({
  view,
  apply,
  permissions,
}: {
  view: StatusView;
  apply: Apply;
  permissions: PermissionActions;
}) {
  const [enabled, setEnabled] = useState(view.settings.remindersEnabled);
  const [days, setDays] = useState(String(view.settings.reminderDaysAhead));
  const [daysError, setDaysError] = useState('');
  const [status, setStatus] = useState('');
  const [permissionStatus, setPermissionStatus] = useState('');

  async function save(event: Event) {
    event.preventDefault();
    setStatus('');
    const parsed = parseDaysAhead(days);
    if (parsed === undefined) {
      setDaysError(`Enter a whole number of days from ${MIN_DAYS_AHEAD} to ${MAX_DAYS_AHEAD}.`);
      return;
    }
    setDaysError('');
    const reply = await apply({
      type: 'page:save-settings',
      settings: { remindersEnabled: enabled, reminderDaysAhead: parsed },
    });
    setStatus(reply.ok ? 'Saved.' : reply.error);
  }

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
    <section class="nhsuk-card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <form onSubmit={save} noValidate>
        <div class="nhsuk-checkboxes__item">
          <input
            class="nhsuk-checkboxes__input"
            type="checkbox"
            id="reminders-enabled"
            checked={enabled}
            onChange={(e) => setEnabled((e.currentTarget as HTMLInputElement).checked)}
          />
          <label for="reminders-enabled">Remind me before my account becomes inactive</label>
        </div>
        <div class={`nhsuk-form-group${daysError ? ' nhsuk-form-group--error' : ''}`}>
          <label class="nhsuk-label" for="days-ahead">
            How many days before
          </label>
          <span class="nhsuk-hint" id="days-ahead-hint">
            From {MIN_DAYS_AHEAD} to {MAX_DAYS_AHEAD} days.
          </span>
          {daysError && (
            <span class="nhsuk-error-message" id="days-ahead-error">
              <span class="nhsuk-u-visually-hidden">Error: </span>
              {daysError}
            </span>
          )}
          <input
            class={`nhsuk-input${daysError ? ' nhsuk-input--error' : ''}`}
            id="days-ahead"
            type="text"
            inputMode="numeric"
            size={3}
            maxLength={2}
            value={days}
            aria-describedby={daysError ? 'days-ahead-hint days-ahead-error' : 'days-ahead-hint'}
            aria-invalid={daysError ? true : undefined}
            onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="nhsuk-button">
          Save reminders
        </button>
        <StatusLine id="reminders-status">{status}</StatusLine>
      </form>

      <h3>Browser notifications</h3>
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
    <section class="nhsuk-card" aria-labelledby="outlook-heading">
      <h2 id="outlook-heading">Outlook on the web</h2>
      <p>{OUTLOOK_EXPLANATION}</p>
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

export function Hints({ view, apply }: { view: StatusView; apply: Apply }) {
  const [enabled, setEnabled] = useState(view.settings.hintsEnabled);
  const [status, setStatus] = useState('');

  async function save(event: Event) {
    event.preventDefault();
    const reply = await apply({ type: 'page:save-settings', settings: { hintsEnabled: enabled } });
    setStatus(reply.ok ? 'Saved.' : reply.error);
  }

  return (
    <section class="nhsuk-card" aria-labelledby="hints-heading">
      <h2 id="hints-heading">Hints on portal pages</h2>
      <form onSubmit={save}>
        <div class="nhsuk-checkboxes__item">
          <input
            class="nhsuk-checkboxes__input"
            type="checkbox"
            id="hints-enabled"
            checked={enabled}
            aria-describedby="hints-enabled-hint"
            onChange={(e) => setEnabled((e.currentTarget as HTMLInputElement).checked)}
          />
          <div>
            <label for="hints-enabled">Show hints on NHSmail portal pages</label>
            <span class="nhsuk-hint nhsuk-body-s" id="hints-enabled-hint">
              For example on the sign-in, password and MFA pages. Each hint can be hidden on its own.
            </span>
          </div>
        </div>
        <button type="submit" class="nhsuk-button">
          Save hints setting
        </button>
        <StatusLine id="hints-status">{status}</StatusLine>
      </form>
    </section>
  );
}
