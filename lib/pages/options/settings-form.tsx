/**
 * Settings with one saving model: every choice on this form is saved together by one "Save
 * settings" button, with one confirmation ("Saved: …") or one error summary. Browser permissions
 * (notifications, Outlook on the web) are not settings: the browser asks and they take effect at
 * once, so they are buttons of their own, outside the form.
 *
 * Fields appear only where they apply to the organisation type (lib/knowledge/sectors.ts): GP
 * locums register as individuals and give no site ODS code; only types with a shared mailbox get the
 * mailbox address and the mailbox roles.
 *
 * A setting the organisation's policy sets (lib/background/managed.ts) is shown with the tag "Set by your
 * organisation" and cannot be changed here; the background keeps the policy's value whatever a page sends.
 */
import { useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import type { Role } from '../../background/storage.ts';
import { sectorById } from '../../knowledge/sectors.ts';
import { Checkbox, ErrorSummary, Field, Fieldset, type SummaryError } from '../kit/field.tsx';
import { StatusLine } from '../kit/feedback.tsx';
import { OrganisationChooser } from '../kit/organisation-chooser.tsx';
import type { PermissionActions } from '../kit/optional-permissions.ts';
import { applicableFields, impliedSharedMailbox, odsVerdict } from './organisation-rules.ts';
import { MAX_DAYS_AHEAD, MIN_DAYS_AHEAD, parseDaysAhead } from './preferences.tsx';
import { DSPT_REMINDER_WORDS } from '../../dspt.ts';
import { isSetByOrganisation } from '../../managed-wording.ts';
import { SetByOrganisationTag } from './managed.tsx';
import type { Apply } from './types.ts';

const ROLE_LABELS: Record<Role, { label: string; hint: string }> = {
  owner: {
    label: 'Shared mailbox owner',
    hint: 'You manage who can use the shared mailbox and ask the NAS for new accounts.',
  },
  member: { label: 'Shared mailbox member', hint: 'You send and receive from the shared mailbox.' },
  locum: { label: 'Locum', hint: 'You work at several sites and have your own account.' },
};

const REMINDERS_HINT =
  'The toolbar badge always shows when to sign in. Ticking this also asks your browser to allow notifications.';
const HINTS_HINT = 'For example on the sign-in, password and MFA pages. Each hint can be hidden on its own.';

export function SettingsForm({
  view,
  apply,
  permissions,
}: {
  view: StatusView;
  apply: Apply;
  permissions: PermissionActions;
}) {
  const [sectorId, setSectorId] = useState<string>(view.settings.sector ?? '');
  const [ods, setOds] = useState<string>(view.settings.odsCode ?? '');
  const [role, setRole] = useState<string>(view.settings.role ?? '');
  const [reminders, setReminders] = useState(view.settings.remindersEnabled);
  const [days, setDays] = useState(String(view.settings.reminderDaysAhead));
  const [hints, setHints] = useState(view.settings.hintsEnabled);
  const [dspt, setDspt] = useState(view.settings.dsptReminder === true);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [status, setStatus] = useState('');
  const [attempt, setAttempt] = useState(0);

  const sector = sectorId ? sectorById(sectorId) : undefined;
  const fields = applicableFields(sector);
  const check = odsVerdict(ods, sectorId || undefined);
  const liveCode = check.kind === 'ok' || check.kind === 'warning' ? check.code : undefined;
  const mailbox = impliedSharedMailbox(sector, liveCode);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.text;
  const managed = {
    sector: isSetByOrganisation(view.managed, 'sector'),
    odsCode: isSetByOrganisation(view.managed, 'odsCode'),
    remindersEnabled: isSetByOrganisation(view.managed, 'remindersEnabled'),
    reminderDaysAhead: isSetByOrganisation(view.managed, 'reminderDaysAhead'),
    hintsEnabled: isSetByOrganisation(view.managed, 'hintsEnabled'),
    dsptReminder: isSetByOrganisation(view.managed, 'dsptReminder'),
  };

  /** Choosing a reminder is the moment to ask for notifications, inside this click (before any await). */
  function askForNotifications(on: boolean) {
    if (on && !view.permissions.notifications)
      void permissions.requestNotifications().then(() => apply({ type: 'page:permissions-changed' }));
  }

  function remindersChanged(on: boolean) {
    setReminders(on);
    askForNotifications(on);
  }

  function dsptChanged(on: boolean) {
    setDspt(on);
    askForNotifications(on);
  }

  async function save(event: Event) {
    event.preventDefault();
    setStatus('');
    const found: SummaryError[] = [];
    if (fields.odsCode && check.kind === 'error') found.push({ field: 'ods-code', text: check.message });
    const daysAhead = parseDaysAhead(days);
    if (daysAhead === undefined)
      found.push({
        field: 'days-ahead',
        text: `Enter a whole number of days from ${MIN_DAYS_AHEAD} to ${MAX_DAYS_AHEAD}`,
      });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0 || daysAhead === undefined) return;
    const reply = await apply({
      type: 'page:save-settings',
      settings: {
        sector: sectorId || null,
        odsCode: fields.odsCode && liveCode ? liveCode : null,
        role: role && (role === 'locum' || fields.mailboxRoles) ? role : null,
        remindersEnabled: reminders,
        reminderDaysAhead: daysAhead,
        hintsEnabled: hints,
        dsptReminder: dspt,
      },
    });
    if (!reply.ok) return setErrors([{ text: reply.error }]);
    if (liveCode) setOds(liveCode);
    const remindersLine = reminders
      ? `reminders ${daysAhead} ${daysAhead === 1 ? 'day' : 'days'} before each deadline${reply.data.permissions.notifications ? '' : ' (toolbar badge only: notifications are not allowed)'}`
      : 'reminders off';
    setStatus(
      `Saved: ${sector ? sector.name : 'no organisation type'}, ${remindersLine}, portal hints ${hints ? 'on' : 'off'}${dspt ? ', yearly DSPT reminder on' : ''}.${check.kind === 'warning' ? ` ${check.message}` : ''}`,
    );
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate data-testid="settings-form">
      {errors.length > 0 && <ErrorSummary errors={errors} testId="settings-errors" key={attempt} />}
      <section class="nhsc-section" aria-labelledby="organisation-heading">
        <h2 id="organisation-heading">Your organisation</h2>
        <OrganisationChooser
          legend={
            <>
              Type of organisation
              {managed.sector && <SetByOrganisationTag />}
            </>
          }
          hint="The help, checklists and request emails then show only what applies to you."
          value={sectorId}
          disabled={managed.sector}
          onChange={setSectorId}
        />
        {fields.odsCode && (
          <Field
            id="ods-code"
            label={
              <>
                Site ODS code
                {managed.odsCode && <SetByOrganisationTag />}
              </>
            }
            hint={
              sector
                ? sector.ods.hint
                : 'The code the NHS uses for your site. Choose your type of organisation to check it.'
            }
            error={errorFor('ods-code')}
          >
            {({ id, describedBy, invalid }) => (
              <input
                class={`nhsuk-input nhsuk-input--width-10${invalid ? ' nhsuk-input--error' : ''}`}
                id={id}
                name="odsCode"
                type="text"
                spellcheck={false}
                autocomplete="off"
                maxLength={12}
                value={ods}
                disabled={managed.odsCode}
                aria-describedby={describedBy}
                aria-invalid={invalid ? true : undefined}
                onInput={(e) => setOds((e.currentTarget as HTMLInputElement).value)}
              />
            )}
          </Field>
        )}
        {fields.odsCode && check.kind === 'warning' && (
          <p class="nhsuk-body-s" data-testid="ods-warning">
            <strong class="nhsuk-tag nhsuk-tag--yellow">Check</strong> {check.message}
          </p>
        )}
        {fields.sharedMailbox && (
          <div class="nhsuk-inset-text" data-testid="implied-mailbox">
            <span class="nhsuk-u-visually-hidden">Information: </span>
            {mailbox ? (
              <>
                <p>
                  Your shared mailbox address is probably <strong>{mailbox.address}</strong>
                  {mailbox.confirmed ? '.' : ' (unconfirmed).'}
                </p>
                {!mailbox.confirmed && <p>{mailbox.note ?? 'The sources do not confirm this address.'}</p>}
              </>
            ) : (
              <p>Enter your site ODS code to see your shared mailbox address.</p>
            )}
          </div>
        )}
        {sector && !fields.sharedMailbox && (
          <p data-testid="no-shared-mailbox">
            {sector.name}: you register as an individual, so there is no shared mailbox or site ODS code to give
            {fields.odsCode ? ' (the ODS code above is optional)' : ''}.
          </p>
        )}
        {fields.mailboxRoles && (
          <Fieldset id="role" legend="Your role">
            {() => (
              <div class="nhsuk-radios nhsuk-radios--small">
                {(Object.keys(ROLE_LABELS) as Role[]).map((r) => (
                  <div class="nhsuk-radios__item" key={r}>
                    <input
                      class="nhsuk-radios__input"
                      type="radio"
                      id={`role-${r}`}
                      name="role"
                      value={r}
                      checked={role === r}
                      aria-describedby={`role-${r}-hint`}
                      onChange={() => setRole(r)}
                    />
                    <label class="nhsuk-label nhsuk-radios__label" for={`role-${r}`}>
                      {ROLE_LABELS[r].label}
                    </label>
                    <div class="nhsuk-hint nhsuk-radios__hint" id={`role-${r}-hint`}>
                      {ROLE_LABELS[r].hint}
                    </div>
                  </div>
                ))}
                <div class="nhsuk-radios__item">
                  <input
                    class="nhsuk-radios__input"
                    type="radio"
                    id="role-none"
                    name="role"
                    value=""
                    checked={role === ''}
                    onChange={() => setRole('')}
                  />
                  <label class="nhsuk-label nhsuk-radios__label" for="role-none">
                    Not saying
                  </label>
                </div>
              </div>
            )}
          </Fieldset>
        )}
      </section>

      <section class="nhsc-section" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        <div class="nhsuk-form-group">
          <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
            <Checkbox
              id="reminders-enabled"
              checked={reminders}
              disabled={managed.remindersEnabled}
              onChange={remindersChanged}
              hint={REMINDERS_HINT}
            >
              Remind me before my account becomes inactive
              {managed.remindersEnabled && <SetByOrganisationTag />}
            </Checkbox>
          </div>
        </div>
        <Field
          id="days-ahead"
          label={
            <>
              How many days before each deadline
              {managed.reminderDaysAhead && <SetByOrganisationTag />}
            </>
          }
          hint={`From ${MIN_DAYS_AHEAD} to ${MAX_DAYS_AHEAD} days.`}
          error={errorFor('days-ahead')}
        >
          {({ id, describedBy, invalid }) => (
            <input
              class={`nhsuk-input nhsuk-input--width-2${invalid ? ' nhsuk-input--error' : ''}`}
              id={id}
              type="text"
              inputMode="numeric"
              maxLength={2}
              value={days}
              disabled={managed.reminderDaysAhead}
              aria-describedby={describedBy}
              aria-invalid={invalid ? true : undefined}
              onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
            />
          )}
        </Field>
        <div class="nhsuk-form-group">
          <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
            <Checkbox
              id="dspt-reminder"
              checked={dspt}
              disabled={managed.dsptReminder}
              onChange={dsptChanged}
              hint={DSPT_REMINDER_WORDS.hint}
            >
              {DSPT_REMINDER_WORDS.label}
              {managed.dsptReminder && <SetByOrganisationTag />}
            </Checkbox>
          </div>
        </div>
      </section>

      <section class="nhsc-section" aria-labelledby="hints-heading">
        <h2 id="hints-heading">Hints on portal pages</h2>
        <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
          <Checkbox
            id="hints-enabled"
            checked={hints}
            disabled={managed.hintsEnabled}
            onChange={setHints}
            hint={HINTS_HINT}
          >
            Show hints on NHSmail portal pages
            {managed.hintsEnabled && <SetByOrganisationTag />}
          </Checkbox>
        </div>
      </section>

      <button type="submit" class="nhsuk-button">
        Save settings
      </button>
      <StatusLine id="settings-status">{status}</StatusLine>
    </form>
  );
}
