import { formatLongDate } from '../../dates.ts';
import { stageLabel } from '../../lifecycle.ts';
import type { AccountView, StatusView } from '../../background/service.ts';
import type { Ask } from './popup.tsx';

export const PORTAL_URL = 'https://portal.nhs.net/';

function accountName(account: string): string {
  return account || 'The NHSmail account used in this browser';
}

function AccountStatus({ item }: { item: AccountView }) {
  const { status } = item;
  const next = status.nextDeadline;
  return (
    <section class="nhsuk-card" aria-labelledby={`account-${item.account || 'browser'}`}>
      <h2 id={`account-${item.account || 'browser'}`}>{accountName(item.account)}</h2>
      <dl class="nhsuk-summary-list">
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">Status</dt>
          <dd class="nhsuk-summary-list__value" data-testid="stage">{stageLabel(status.stage)}</dd>
        </div>
        {status.lastActivityDate && (
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">Last sign-in we know of</dt>
            <dd class="nhsuk-summary-list__value" data-testid="last-sign-in">
              {formatLongDate(status.lastActivityDate)}
              {status.daysSince !== undefined && ` (${status.daysSince === 0 ? 'today' : `${status.daysSince} days ago`})`}
            </dd>
          </div>
        )}
        {next && (
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">Next deadline</dt>
            <dd class="nhsuk-summary-list__value" data-testid="next-deadline">
              {next.stage === 'inactive' ? 'Becomes inactive' : next.stage === 'deleted' ? 'Deleted' : 'Can no longer be restored'} on{' '}
              {formatLongDate(next.date)}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

export function StatusCard({ view }: { view: StatusView; ask: Ask }) {
  if (view.accounts.length === 0) {
    return (
      <section class="nhsuk-card">
        <h2>No sign-in recorded yet</h2>
        <p data-testid="stage">{stageLabel('unknown')}</p>
        <p>Sign in to the NHSmail portal in this browser, or tell us below when you last used NHSmail.</p>
        <a class="nhsuk-button" href={PORTAL_URL} target="_blank" rel="noreferrer">
          Open NHSmail portal
        </a>
      </section>
    );
  }
  return (
    <>
      {view.accounts.map((item) => (
        <AccountStatus item={item} key={item.account} />
      ))}
      <p class="nhsuk-inset-text nhsuk-body-s">
        We only see sign-ins in this browser. Outlook on your computer or phone and Teams also keep the account active,
        so the real date may be later.
      </p>
    </>
  );
}
