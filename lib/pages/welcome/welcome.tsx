/**
 * The first-run page, opened once after install (never after an update): sector, the last sign-in
 * the person knows of, reminders. Finishing and skipping both set `welcomeDone`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import { INACTIVITY_POLICY } from '../../knowledge/policy.ts';
import type { PermissionActions } from '../kit/optional-permissions.ts';
import { ErrorSummary, StatusLine } from '../kit/feedback.tsx';
import type { Send } from '../options/types.ts';
import { SectorSelect } from '../kit/organisation-chooser.tsx';

export interface WelcomeDeps {
  send: Send;
  permissions: Pick<PermissionActions, 'requestNotifications'>;
  /** Where the settings page is, relative to this page. */
  optionsUrl?: string;
}

type Finished = 'finished' | 'skipped';

export function Welcome({ deps }: { deps: WelcomeDeps }) {
  const [view, setView] = useState<StatusView | undefined>();
  const [loadError, setLoadError] = useState('');
  const [sectorId, setSectorId] = useState('');
  const [lastSignIn, setLastSignIn] = useState('');
  const [reminders, setReminders] = useState(true);
  const [dateError, setDateError] = useState('');
  const [error, setError] = useState('');
  const [notificationStatus, setNotificationStatus] = useState('');
  const [finished, setFinished] = useState<Finished | undefined>();
  const [busy, setBusy] = useState(false);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const remindersTouched = useRef(false);

  useEffect(() => {
    void deps.send({ type: 'page:get-status' }).then((reply) => {
      if (!reply.ok) return setLoadError(reply.error);
      setView(reply.data);
      // Never undo a choice made while the stored settings were on their way.
      setSectorId((chosen) => chosen || (reply.data.settings.sector ?? ''));
      if (!remindersTouched.current) setReminders(reply.data.settings.remindersEnabled);
    });
  }, [deps]);

  useEffect(() => {
    if (finished) doneHeading.current?.focus();
  }, [finished]);

  function allowNotifications() {
    // Ask inside the click, before any await: browsers only ask during a user gesture.
    void deps.permissions.requestNotifications().then(async (granted) => {
      const reply = await deps.send({ type: 'page:permissions-changed' });
      if (reply.ok) setView(reply.data);
      setNotificationStatus(
        granted
          ? 'Notifications are allowed.'
          : 'Notifications were not allowed. The toolbar badge still shows when to sign in.',
      );
    });
  }

  async function finish(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError('');
    setDateError('');
    try {
      if (lastSignIn) {
        const recorded = await deps.send({ type: 'page:record-last-sign-in-date', date: lastSignIn });
        if (!recorded.ok) {
          setDateError(recorded.error);
          dateInput.current?.focus();
          return;
        }
      }
      const saved = await deps.send({
        type: 'page:save-settings',
        settings: { sector: sectorId || null, remindersEnabled: reminders, welcomeDone: true },
      });
      if (!saved.ok) return setError(saved.error);
      setView(saved.data);
      setFinished('finished');
    } finally {
      setBusy(false);
    }
  }

  async function skip() {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      const saved = await deps.send({ type: 'page:save-settings', settings: { welcomeDone: true } });
      if (!saved.ok) return setError(saved.error);
      setFinished('skipped');
    } finally {
      setBusy(false);
    }
  }

  const optionsUrl = deps.optionsUrl ?? 'options.html';

  return (
    <>
      <header class="nhsuk-header">
        <p class="nhsuk-header__title">NHSmail Companion</p>
        <p class="nhsuk-header__subtitle">Independent tool, not provided by NHS England</p>
      </header>
      <main class="nhsuk-main nhsc-page" id="main">
        {finished ? (
          <section class="nhsuk-card" data-testid="welcome-done">
            <h1 tabIndex={-1} ref={doneHeading}>
              {finished === 'finished' ? 'You are set up' : 'Set-up skipped'}
            </h1>
            <p>Select NHSmail Companion in your browser toolbar to see your account status at any time.</p>
            <p>
              You can change your choices in the <a href={optionsUrl}>settings</a>.
            </p>
          </section>
        ) : (
          <>
            <h1>Welcome to NHSmail Companion</h1>
            <p>
              An NHSmail account that is not used for {INACTIVITY_POLICY.inactiveAfterDays} days becomes inactive, and
              it is deleted after {INACTIVITY_POLICY.deletedAfterDays} days. This tool reminds you to sign in before
              that happens.
            </p>
            <p>Three quick questions. All are optional, and your answers stay in this browser.</p>
            {loadError && (
              <ErrorSummary title="The extension could not be reached" lines={[loadError]} testId="load-error" />
            )}
            {error && <ErrorSummary title="There is a problem" lines={[error]} testId="welcome-error" />}
            <form class="nhsuk-card" onSubmit={finish} noValidate>
              <SectorSelect
                label="1. What type of organisation do you work for?"
                value={sectorId}
                onChange={setSectorId}
              />

              <div class={`nhsuk-form-group${dateError ? ' nhsuk-form-group--error' : ''}`}>
                <label class="nhsuk-label" for="last-sign-in">
                  2. When did you last sign in to NHSmail?
                </label>
                <span class="nhsuk-hint" id="last-sign-in-hint">
                  Leave it blank if you do not know. Using NHSmail in Outlook or Teams counts too. This tool only sees
                  sign-ins in this browser from now on.
                </span>
                {dateError && (
                  <span class="nhsuk-error-message" id="last-sign-in-error">
                    <span class="nhsuk-u-visually-hidden">Error: </span>
                    {dateError}
                  </span>
                )}
                <input
                  ref={dateInput}
                  class={`nhsuk-input${dateError ? ' nhsuk-input--error' : ''}`}
                  id="last-sign-in"
                  type="date"
                  value={lastSignIn}
                  max={view?.today}
                  aria-describedby={dateError ? 'last-sign-in-hint last-sign-in-error' : 'last-sign-in-hint'}
                  aria-invalid={dateError ? true : undefined}
                  onInput={(e) => setLastSignIn((e.currentTarget as HTMLInputElement).value)}
                />
              </div>

              <fieldset class="nhsuk-form-group nhsc-fieldset">
                <legend class="nhsuk-label">3. Reminders</legend>
                <div class="nhsuk-checkboxes__item">
                  <input
                    class="nhsuk-checkboxes__input"
                    type="checkbox"
                    id="reminders"
                    checked={reminders}
                    aria-describedby="reminders-hint"
                    onChange={(e) => {
                      remindersTouched.current = true;
                      setReminders((e.currentTarget as HTMLInputElement).checked);
                    }}
                  />
                  <div>
                    <label for="reminders">Remind me before my account becomes inactive</label>
                    <span class="nhsuk-hint nhsuk-body-s" id="reminders-hint">
                      The toolbar badge always shows when to sign in. Notifications can remind you as well.
                    </span>
                  </div>
                </div>
                {reminders && view && !view.permissions.notifications && (
                  <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={allowNotifications}>
                    Allow notifications
                  </button>
                )}
                {view?.permissions.notifications && <p class="nhsuk-body-s">Notifications are allowed.</p>}
                <StatusLine id="notification-status">{notificationStatus}</StatusLine>
              </fieldset>

              <button type="submit" class="nhsuk-button" disabled={busy}>
                Save and finish
              </button>
              <button
                type="button"
                class="nhsuk-button nhsuk-button--secondary"
                disabled={busy}
                onClick={() => void skip()}
              >
                Skip for now
              </button>
            </form>
          </>
        )}
      </main>
      <footer class="nhsc-footer">
        <p>Works offline and sends nothing. Your data stays in this browser.</p>
      </footer>
    </>
  );
}
