/**
 * The first-run page, opened once after install (never after an update): organisation type, the
 * last sign-in the person knows of (Day, Month, Year), and reminders, asking the browser for
 * notifications at the moment reminders are chosen. The last step says plainly what is set and what
 * is not, and how to pin the extension to the toolbar. Finishing and skipping both set `welcomeDone`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatLongDate, londonIsoDate } from '../../dates.ts';
import type { StatusView } from '../../protocol.ts';
import { INACTIVITY_POLICY } from '../../knowledge/policy.ts';
import { sectorById } from '../../knowledge/sectors.ts';
import type { PermissionActions } from '../kit/optional-permissions.ts';
import { StatusLine } from '../kit/feedback.tsx';
import { ErrorSummary, type SummaryError } from '../kit/field.tsx';
import { DateInput } from '../kit/date-input.tsx';
import { EARLIEST_SIGN_IN_DATE, EMPTY_DATE, checkDateParts, type DatePart, type DateParts } from '../kit/date-parts.ts';
import { OrganisationChooser } from '../kit/organisation-chooser.tsx';
import { PageFooter, PageHeader } from '../kit/page-frame.tsx';
import type { Send } from '../options/types.ts';

export interface WelcomeDeps {
  send: Send;
  permissions: Pick<PermissionActions, 'requestNotifications'>;
  /** Where the settings page is, relative to this page. */
  optionsUrl?: string;
}

type Finished = 'finished' | 'skipped';

/** What the last step reports, one row per choice. */
export interface SetupSummary {
  organisation: string | undefined;
  lastSignIn: string | undefined;
  reminders: 'notifications' | 'badge-only' | 'off';
}

export function setupComplete(summary: SetupSummary): boolean {
  return !!summary.organisation && summary.reminders === 'notifications';
}

function summaryOf(view: StatusView): SetupSummary {
  const sector = view.settings.sector ? sectorById(view.settings.sector) : undefined;
  const record = view.accounts[0];
  return {
    organisation: sector?.name,
    lastSignIn: record?.status.lastActivityDate,
    reminders: !view.settings.remindersEnabled
      ? 'off'
      : view.permissions.notifications
        ? 'notifications'
        : 'badge-only',
  };
}

const REMINDER_WORDS: Record<SetupSummary['reminders'], string> = {
  notifications: 'On: a notification before each deadline, and the toolbar badge',
  'badge-only': 'Not set: notifications are not allowed, so only the toolbar badge shows when to sign in',
  off: 'Off: only the toolbar badge shows when to sign in',
};

function PinSteps() {
  return (
    <section class="nhsc-section" aria-labelledby="pin-heading" data-testid="pin-steps">
      <h2 id="pin-heading">Pin NHSmail Companion to your toolbar</h2>
      <p>Browsers hide new extensions. Pin it so the badge is always in sight.</p>
      <dl class="nhsuk-summary-list">
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">Chrome</dt>
          <dd class="nhsuk-summary-list__value">
            Select the Extensions button (a jigsaw piece) at the top right, then the pin beside NHSmail Companion.
          </dd>
        </div>
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">Edge</dt>
          <dd class="nhsuk-summary-list__value">
            Select the Extensions button (a jigsaw piece) at the top right, then the eye beside NHSmail Companion (Show
            in toolbar).
          </dd>
        </div>
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">Firefox</dt>
          <dd class="nhsuk-summary-list__value">
            Select the Extensions button (a jigsaw piece) at the top right, then the cog beside NHSmail Companion, then
            Pin to Toolbar.
          </dd>
        </div>
      </dl>
    </section>
  );
}

export function Welcome({ deps }: { deps: WelcomeDeps }) {
  const [view, setView] = useState<StatusView | undefined>();
  const [loadError, setLoadError] = useState('');
  const [sectorId, setSectorId] = useState('');
  const [date, setDate] = useState<DateParts>(EMPTY_DATE);
  const [dateError, setDateError] = useState<string | undefined>();
  const [dateErrorParts, setDateErrorParts] = useState<readonly DatePart[]>([]);
  const [reminders, setReminders] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [notificationStatus, setNotificationStatus] = useState('');
  const [finished, setFinished] = useState<Finished | undefined>();
  const [busy, setBusy] = useState(false);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const remindersTouched = useRef(false);

  useEffect(() => {
    void deps.send({ type: 'page:get-status' }).then((reply) => {
      if (!reply.ok) return setLoadError(reply.error);
      setView(reply.data);
      // Never undo a choice made while the stored settings were on their way.
      setSectorId((chosen) => chosen || (reply.data.settings.sector ?? ''));
      // Ticked only when reminders can really arrive: on, and notifications allowed.
      if (!remindersTouched.current)
        setReminders(reply.data.settings.remindersEnabled && reply.data.permissions.notifications);
    });
  }, [deps]);

  useEffect(() => {
    if (finished) doneHeading.current?.focus();
  }, [finished]);

  function chooseReminders(on: boolean) {
    remindersTouched.current = true;
    setReminders(on);
    setNotificationStatus('');
    if (!on || view?.permissions.notifications) return;
    // Choosing reminders is the moment to ask: inside this click, before any await.
    void deps.permissions.requestNotifications().then(async (granted) => {
      const reply = await deps.send({ type: 'page:permissions-changed' });
      if (reply.ok) setView(reply.data);
      if (!granted) setReminders(false);
      setNotificationStatus(
        granted
          ? 'Notifications are allowed: you will get a reminder before each deadline.'
          : 'Notifications were not allowed, so reminders are not set. The toolbar badge still shows when to sign in.',
      );
    });
  }

  async function finish(event: Event) {
    event.preventDefault();
    if (busy || !view) return;
    setErrors([]);
    setDateError(undefined);
    const typedSomething = date.day.trim() || date.month.trim() || date.year.trim();
    const check = typedSomething
      ? checkDateParts(date, { today: view.today, earliest: EARLIEST_SIGN_IN_DATE, emptyMessage: '' })
      : undefined;
    if (check && !check.ok) {
      setDateError(check.message);
      setDateErrorParts(check.parts);
      setErrors([{ field: 'last-sign-in', text: check.message }]);
      return;
    }
    setBusy(true);
    try {
      if (check?.ok) {
        const recorded = await deps.send({ type: 'page:record-last-sign-in-date', date: check.iso });
        if (!recorded.ok) {
          setDateError(recorded.error);
          setDateErrorParts(['day', 'month', 'year']);
          setErrors([{ field: 'last-sign-in', text: recorded.error }]);
          return;
        }
      }
      const saved = await deps.send({
        type: 'page:save-settings',
        settings: { sector: sectorId || null, remindersEnabled: reminders, welcomeDone: true },
      });
      if (!saved.ok) return setErrors([{ text: saved.error }]);
      setView(saved.data);
      setFinished('finished');
    } finally {
      setBusy(false);
    }
  }

  async function skip() {
    if (busy) return;
    setBusy(true);
    setErrors([]);
    try {
      const saved = await deps.send({ type: 'page:save-settings', settings: { welcomeDone: true } });
      if (!saved.ok) return setErrors([{ text: saved.error }]);
      setView(saved.data);
      setFinished('skipped');
    } finally {
      setBusy(false);
    }
  }

  const optionsUrl = deps.optionsUrl ?? 'options.html';

  if (finished && view) {
    const summary = summaryOf(view);
    const complete = setupComplete(summary);
    return (
      <>
        <PageHeader title="NHSmail Companion" />
        <main class="nhsc-main" id="main">
          <section class="nhsc-section" data-testid="welcome-done">
            <h1 tabIndex={-1} ref={doneHeading}>
              {finished === 'skipped'
                ? 'Set-up skipped'
                : complete
                  ? 'You are set up'
                  : 'Saved. Some things are not set yet'}
            </h1>
            <dl class="nhsuk-summary-list" data-testid="setup-summary">
              <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">Organisation type</dt>
                <dd class="nhsuk-summary-list__value">{summary.organisation ?? 'Not set'}</dd>
              </div>
              <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">Last sign-in</dt>
                <dd class="nhsuk-summary-list__value">
                  {summary.lastSignIn
                    ? formatLongDate(summary.lastSignIn)
                    : 'Not known yet: it is recorded the next time you sign in to the portal in this browser'}
                </dd>
              </div>
              <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">Reminders</dt>
                <dd class="nhsuk-summary-list__value">{REMINDER_WORDS[summary.reminders]}</dd>
              </div>
            </dl>
            <p>
              You can change these in the <a href={optionsUrl}>settings</a>.
            </p>
          </section>
          <PinSteps />
        </main>
        <PageFooter />
      </>
    );
  }

  return (
    <>
      <PageHeader title="NHSmail Companion" />
      <main class="nhsc-main" id="main">
        <h1>Welcome to NHSmail Companion</h1>
        <p>
          An NHSmail account that is not used for {INACTIVITY_POLICY.inactiveAfterDays} days becomes inactive, and it is
          deleted after {INACTIVITY_POLICY.deletedAfterDays} days. This tool reminds you to sign in before that happens.
        </p>
        <p>Three quick questions. All are optional, and your answers stay in this browser.</p>
        {loadError && (
          <ErrorSummary title="The extension could not be reached" errors={[loadError]} testId="load-error" />
        )}
        {errors.length > 0 && <ErrorSummary errors={errors} testId="welcome-error" />}
        <form class="nhsc-section" onSubmit={(event) => void finish(event)} noValidate>
          <OrganisationChooser
            legend="1. What type of organisation do you work for?"
            value={sectorId}
            onChange={setSectorId}
          />
          <DateInput
            id="last-sign-in"
            legend="2. When did you last use NHSmail?"
            hint={
              <>
                For example, 5 10 2026. Leave it blank if you do not know. Using NHSmail in Outlook or Teams counts too.
                This tool only sees sign-ins in this browser from now on.
              </>
            }
            value={date}
            error={dateError}
            errorParts={dateErrorParts}
            onChange={setDate}
          />
          <div class="nhsuk-form-group">
            <fieldset class="nhsuk-fieldset" aria-describedby="reminders-hint">
              <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">3. Reminders</legend>
              <div class="nhsuk-hint" id="reminders-hint">
                The toolbar badge always shows when to sign in. Ticking this asks your browser to allow notifications.
              </div>
              <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
                <div class="nhsuk-checkboxes__item">
                  <input
                    class="nhsuk-checkboxes__input"
                    type="checkbox"
                    id="reminders"
                    checked={reminders}
                    onChange={(e) => chooseReminders((e.currentTarget as HTMLInputElement).checked)}
                  />
                  <label class="nhsuk-label nhsuk-checkboxes__label" for="reminders">
                    Remind me with a notification before my account becomes inactive
                  </label>
                </div>
              </div>
              <StatusLine id="notification-status">{notificationStatus}</StatusLine>
            </fieldset>
          </div>
          <div class="nhsuk-button-group">
            <button type="submit" class="nhsuk-button" disabled={busy || !view}>
              Save and finish
            </button>{' '}
            <button
              type="button"
              class="nhsuk-button nhsuk-button--secondary"
              disabled={busy}
              onClick={() => void skip()}
            >
              Skip for now
            </button>
          </div>
        </form>
        {view && view.accounts[0] && (
          <p class="nhsuk-body-s">
            Already recorded: a sign-in on {formatLongDate(londonIsoDate(view.accounts[0].record.lastActivityAt))}.
          </p>
        )}
      </main>
      <PageFooter />
    </>
  );
}
