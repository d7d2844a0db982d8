/** The account's status at a glance, and the next step for its stage. */
import type { ComponentChildren } from 'preact';
import { formatLongDate } from '../../dates.ts';
import { stageLabel, type LifecycleStatus, type Stage } from '../../lifecycle.ts';
import type { AccountView, StatusView } from '../../protocol.ts';
import { contactById } from '../../knowledge/contacts.ts';
import { RESTORE_ROUTE } from '../../knowledge/policy.ts';
import type { SectorId } from '../../knowledge/sector-ids.ts';
import { sectorById, type SectorEntry } from '../../knowledge/sectors.ts';
import { applicableFields } from '../options/organisation-rules.ts';
import { PORTAL_URL } from '../../origins.ts';
import { recipientsFor } from '../help/recipients.ts';
import { requestEmailLink } from '../help/links.ts';
import { recordSourceLabel } from './record-source.ts';

/** Page-level wording where the stage is derived: after deletion, restoring is only probably over (docs/sources.md §2). */
function stageWords(stage: Stage): string {
  return stage === 'gone' ? 'Probably can no longer be restored' : stageLabel(stage);
}

const STAGE_TAG: Record<Stage, string> = {
  unknown: 'nhsuk-tag--grey',
  active: 'nhsuk-tag--green',
  inactive: 'nhsuk-tag--yellow',
  deleted: 'nhsuk-tag--red',
  gone: 'nhsuk-tag--red',
};

function accountName(account: string): string {
  return account || 'The NHSmail account used in this browser';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Active, with the inactive date within the reminder window. */
export function isNearlyInactive(status: LifecycleStatus, daysAhead: number): boolean {
  return (
    status.stage === 'active' &&
    status.nextDeadline?.stage === 'inactive' &&
    status.nextDeadline.daysRemaining <= daysAhead
  );
}

function deadlineDate(status: LifecycleStatus, stage: 'inactive' | 'deleted' | 'gone'): string | undefined {
  return status.deadlines.find((d) => d.stage === stage)?.date;
}

function PortalButton({ secondary = false }: { secondary?: boolean }) {
  return (
    <a
      class={`nhsuk-button${secondary ? ' nhsuk-button--secondary' : ''}`}
      href={PORTAL_URL}
      target="_blank"
      rel="noreferrer"
    >
      Open NHSmail portal<span class="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

function HelpdeskLine({ why }: { why: string }) {
  const helpdesk = contactById('nhsmail-helpdesk');
  if (!helpdesk.phone) return null;
  return (
    <p>
      {why} call the NHSmail helpdesk on <a href={`tel:${helpdesk.phone.tel}`}>{helpdesk.phone.display}</a>, at any
      time.
    </p>
  );
}

/** What applying again takes for a sector, only the parts that apply to it (lib/knowledge/sectors.ts). */
export function applyNeeds(sector: SectorEntry): string[] {
  const fields = applicableFields(sector);
  return [
    ...(sector.dsptLevel.level !== 'unknown' ? [`a published DSPT assessment (${sector.dsptLevel.label})`] : []),
    ...(fields.odsCode ? ["your site's ODS code"] : []),
    sector.authRoute.kind === 'unknown'
      ? 'to ask the helpdesk how to authenticate'
      : `the ${/^[A-Z][a-z]/.test(sector.authRoute.label) ? sector.authRoute.label.charAt(0).toLowerCase() + sector.authRoute.label.slice(1) : sector.authRoute.label}`,
    'for each person, a mobile number starting 07 and a personal email address not shared with anyone else',
  ];
}

/** Without an organisation type: what most types ask for (lib/knowledge/sectors.ts), hedged. */
const GENERAL_APPLY_NEEDS =
  "what your type of organisation asks for: for most, a published DSPT assessment, your site's ODS code and an authentication code or passcode; and for each person a mobile number starting 07 and a personal email address not shared with anyone else";

interface AccountCardProps {
  item: AccountView;
  sector: SectorId | undefined;
  daysAhead: number;
}

/** `extra`: shown last in the next step, inside its callout when there is one (the popup's "Add to my calendar"). */
function NextSteps({ item, sector, daysAhead, extra }: AccountCardProps & { extra?: ComponentChildren }) {
  const { status } = item;
  const inactiveOn = deadlineDate(status, 'inactive');
  const deletedOn = deadlineDate(status, 'deleted');
  const goneOn = deadlineDate(status, 'gone');
  switch (status.stage) {
    case 'active':
      if (isNearlyInactive(status, daysAhead) && inactiveOn) {
        return (
          <div class="nhsuk-warning-callout">
            <h3 class="nhsuk-warning-callout__label">
              <span class="nhsuk-u-visually-hidden">Important: </span>Sign in before {formatLongDate(inactiveOn)}
            </h3>
            <p>
              The account becomes inactive in {plural(status.nextDeadline?.daysRemaining ?? 0, 'day')} unless it is
              used. Sign in to the portal, use Outlook or Teams, or send an email.
            </p>
            <PortalButton />
            {extra}
          </div>
        );
      }
      return (
        <>
          <p>
            Nothing to do now.
            {inactiveOn &&
              ` Sign in, use Outlook or Teams, or send an email before ${formatLongDate(inactiveOn)} to keep it active.`}
          </p>
          <PortalButton secondary />
          {extra}
        </>
      );
    case 'inactive':
      return (
        <div class="nhsuk-warning-callout">
          <h3 class="nhsuk-warning-callout__label">
            <span class="nhsuk-u-visually-hidden">Important: </span>Sign in now
          </h3>
          <p>
            The account is inactive. Sign in to the NHSmail portal now to keep it.
            {deletedOn && ` If it is not used, it can be deleted from ${formatLongDate(deletedOn)} (at the earliest).`}
          </p>
          <PortalButton />
          <HelpdeskLine why="If you cannot sign in," />
          {extra}
        </div>
      );
    case 'deleted': {
      const to = recipientsFor(sector)[0]?.email ?? 'helpdesk@nhs.net';
      const note = sector ? RESTORE_ROUTE.sectorNotes[sector as keyof typeof RESTORE_ROUTE.sectorNotes] : undefined;
      return (
        <div class="nhsuk-warning-callout">
          <h3 class="nhsuk-warning-callout__label">
            <span class="nhsuk-u-visually-hidden">Important: </span>
            {goneOn ? `Restore it before ${formatLongDate(goneOn)}` : 'Restore it now'}
          </h3>
          <p data-testid="restore-steps">
            {RESTORE_ROUTE.who} emails the NAS at <a href={`mailto:${to}`}>{to}</a> from{' '}
            {RESTORE_ROUTE.sendFrom.charAt(0).toLowerCase() + RESTORE_ROUTE.sendFrom.slice(1)}, with{' '}
            {RESTORE_ROUTE.include.map((line) => line.charAt(0).toLowerCase() + line.slice(1)).join(' and ')}.
          </p>
          {note && <p>{note}</p>}
          <a
            class="nhsuk-button"
            href={requestEmailLink('restore-account', {
              nhsmailAddress: item.account,
              ...(goneOn ? { restoreBy: goneOn } : {}),
            })}
            target="_blank"
            rel="noreferrer"
          >
            Write the restore email<span class="nhsuk-u-visually-hidden"> (opens the Help page in a new tab)</span>
          </a>
          {extra}
        </div>
      );
    }
    case 'gone': {
      const sectorEntry = sector ? sectorById(sector) : undefined;
      return (
        <div class="nhsuk-warning-callout">
          <h3 class="nhsuk-warning-callout__label">
            <span class="nhsuk-u-visually-hidden">Important: </span>Apply again
          </h3>
          <p>
            The {RESTORE_ROUTE.withinDaysOfDeletion} days to restore a deleted account have probably passed. Ask the NAS
            first: if it cannot be restored, the shared mailbox owner asks the NAS for a new account for you.
          </p>
          <a
            class="nhsuk-button nhsuk-button--secondary"
            href={requestEmailLink('add-user')}
            target="_blank"
            rel="noreferrer"
          >
            Write the add-user email<span class="nhsuk-u-visually-hidden"> (opens the Help page in a new tab)</span>
          </a>
          <details class="nhsuk-details">
            <summary class="nhsuk-details__summary">
              <span class="nhsuk-details__summary-text">If your organisation has to apply again</span>
            </summary>
            <div class="nhsuk-details__text">
              <p data-testid="prerequisites">
                You need {sectorEntry ? `${applyNeeds(sectorEntry).join(', ')}.` : `${GENERAL_APPLY_NEEDS}.`}
              </p>
            </div>
          </details>
          {!sectorEntry && <p>Choose your type of organisation in Settings to see exactly what you need.</p>}
          {extra}
        </div>
      );
    }
    default:
      return null;
  }
}

function AccountStatus({
  item,
  sector,
  daysAhead,
  afterNextStep,
  children,
}: AccountCardProps & { afterNextStep?: ComponentChildren; children?: ComponentChildren }) {
  const { status } = item;
  const next = status.nextDeadline;
  const headingId = `account-${(item.account || 'browser').replace(/[^a-z0-9]/g, '-')}`;
  const nearly = isNearlyInactive(status, daysAhead);
  return (
    <section class="nhsc-section" aria-labelledby={headingId} data-stage={nearly ? 'nearly-inactive' : status.stage}>
      <h2 id={headingId} class="nhsc-account">
        {accountName(item.account)}
      </h2>
      <dl class="nhsuk-summary-list">
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">Status</dt>
          <dd class="nhsuk-summary-list__value">
            <strong class={`nhsuk-tag ${STAGE_TAG[status.stage]}`} data-testid="stage">
              {stageWords(status.stage)}
            </strong>
            {nearly && next && (
              <>
                {' '}
                <strong class="nhsuk-tag nhsuk-tag--yellow" data-testid="nearly">
                  Inactive in {plural(next.daysRemaining, 'day')}
                </strong>
              </>
            )}
          </dd>
        </div>
        {status.lastActivityDate && (
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">Last sign-in we know of</dt>
            <dd class="nhsuk-summary-list__value">
              <span data-testid="last-sign-in">
                {formatLongDate(status.lastActivityDate)}
                {status.daysSince !== undefined &&
                  ` (${status.daysSince === 0 ? 'today' : `${plural(status.daysSince, 'day')} ago`})`}
              </span>
              <br />
              <span class="nhsc-secondary" data-testid="record-source">
                {recordSourceLabel(item.record.source)}
              </span>
            </dd>
          </div>
        )}

        {next && status.stage === 'active' && !nearly && (
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">Next deadline</dt>
            <dd class="nhsuk-summary-list__value" data-testid="next-deadline">
              {next.stage === 'inactive'
                ? 'Becomes inactive'
                : next.stage === 'deleted'
                  ? 'Deleted'
                  : 'Probably can no longer be restored from'}{' '}
              {next.stage === 'gone' ? '' : 'on '}
              {formatLongDate(next.date)} (in {plural(next.daysRemaining, 'day')}, at the earliest)
            </dd>
          </div>
        )}
      </dl>
      {status.clockBehind && (
        <p class="nhsuk-body-s">
          This computer's clock seems to be behind the date we recorded, so we show the recorded date.
        </p>
      )}
      <NextSteps item={item} sector={sector} daysAhead={daysAhead} extra={afterNextStep} />
      <LowerBound />
      {children}
    </section>
  );
}

/**
 * `children`: what the person can do about the date (the manual record), inside the first card. `afterNextStep`:
 * shown under the first card's next step (the popup's "Add to my calendar").
 */
export function StatusCard({
  view,
  afterNextStep,
  children,
}: {
  view: StatusView;
  afterNextStep?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const sector = view.settings.sector;
  const daysAhead = view.settings.reminderDaysAhead ?? 7;
  if (view.accounts.length === 0) {
    return (
      <section class="nhsc-section" aria-labelledby="no-sign-in" data-stage="unknown" id="next-steps">
        <h2 id="no-sign-in">No sign-in recorded yet</h2>
        <p>
          <strong class="nhsuk-tag nhsuk-tag--grey" data-testid="stage">
            {stageLabel('unknown')}
          </strong>
        </p>
        <p>Sign in to the NHSmail portal in this browser, or tell us below when you last used NHSmail.</p>
        <PortalButton />
        {children}
      </section>
    );
  }
  return (
    <div id="next-steps">
      {view.accounts.map((item, index) => (
        <AccountStatus
          item={item}
          sector={sector}
          daysAhead={daysAhead}
          key={item.account}
          afterNextStep={index === 0 ? afterNextStep : undefined}
        >
          {index === 0 && children}
        </AccountStatus>
      ))}
    </div>
  );
}

/** The caveat beside every date: the sign-in we saw is a lower bound (docs/decisions.md D7). */
function LowerBound() {
  return (
    <div class="nhsuk-inset-text" data-testid="lower-bound">
      <span class="nhsuk-u-visually-hidden">Information: </span>
      <p>We only see sign-ins in this browser. Outlook, Teams and phones count too, so the deadlines may be later.</p>
    </div>
  );
}
