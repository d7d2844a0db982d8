/**
 * The toolbar popup sums up: the status and its one next step, "I used NHSmail today" and the date,
 * "Add to my calendar" under the next step, the help search, links to the Help page, the request emails and
 * Settings, and the published DSPT status when an ODS code is saved. The directory by
 * need and the request templates live on the Help page; switches live in Settings.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StatusMessage, StatusView } from '../../protocol.ts';
import { ErrorSummary } from '../kit/field.tsx';
import { PageHeader, PageFooter } from '../kit/page-frame.tsx';
import { sendToBackground } from '../kit/messaging.ts';
import { HELP_PAGE, REQUEST_EMAILS_ANCHOR, SETTINGS_PAGE } from '../help/links.ts';
import { StatusCard } from './status-card.tsx';
import { ManualRecord } from './manual-record.tsx';
import { PortalAccess } from './portal-access.tsx';
import { UnsureSignIn } from './unsure-sign-in.tsx';
import { LayoutReport } from './layout-report.tsx';

export type Ask = (message: StatusMessage) => Promise<string | undefined>;

export function Popup({ now }: { now?: () => number } = {}) {
  const [view, setView] = useState<StatusView | undefined>();
  const [error, setError] = useState<string | undefined>();
  /** The manual record's last confirmation ("Saved: 5 October 2026"), kept here across its cards. */
  const [saved, setSaved] = useState('');

  /** Sends a message that answers with a fresh status; returns an error message to show, if any. */
  const ask: Ask = useCallback(async (message) => {
    const reply = await sendToBackground(message);
    if (!reply.ok) return reply.error;
    setView(reply.data);
    setError(undefined);
    return undefined;
  }, []);

  useEffect(() => {
    void ask({ type: 'page:get-status' }).then((problem) => problem && setError(problem));
  }, [ask]);

  // The help search carries the whole directory (every need and contact): load it after the status,
  // so the popup's first script stays small (docs/decisions.md budgets) and the status paints first.
  // "Add to my calendar" and the DSPT link (lib/calendar.ts, lib/dspt.ts) load with it, for the same reason, and
  // together with it, so the popup settles once.
  const [directory, setDirectory] = useState<typeof import('./support-directory.tsx') | undefined>();
  const [later, setLater] = useState<
    { calendar: typeof import('../kit/calendar-button.tsx'); dspt: typeof import('../kit/dspt-link.tsx') } | undefined
  >();
  useEffect(() => {
    void Promise.all([
      import('./support-directory.tsx'),
      import('../kit/calendar-button.tsx'),
      import('../kit/dspt-link.tsx'),
    ]).then(([directoryModule, calendar, dspt]) => {
      setLater({ calendar, dspt });
      setDirectory(directoryModule);
    });
  }, []);

  const clock = now?.() ?? view?.now ?? Date.now();
  const sector = view?.settings.sector;

  return (
    <div class="nhsc-popup">
      <PageHeader title="NHSmail Companion" asHeading />
      <main class="nhsc-main" id="main">
        {error && <ErrorSummary errors={[error]} testId="popup-error" />}
        <PortalAccess ask={ask} />
        {view?.problems.map((problem) => (
          <div class="nhsuk-warning-callout" key={problem.key}>
            <h2 class="nhsuk-warning-callout__label">Saved data could not be read</h2>
            <p>{problem.message}</p>
          </div>
        ))}
        {view ? (
          <StatusCard view={view} afterNextStep={later && <later.calendar.CalendarButton view={view} compact />}>
            <ManualRecord view={view} ask={ask} saved={saved} onSaved={setSaved} />
          </StatusCard>
        ) : (
          !error && <p aria-busy="true">Loading your account status…</p>
        )}
        {view && <UnsureSignIn view={view} ask={ask} />}
        <section class="nhsc-section" id="get-help" aria-label="Get help">
          {directory ? (
            <directory.SupportDirectory
              sector={sector}
              now={clock}
              localDirectory={view?.localContacts ?? null}
              compact
              moreHref={HELP_PAGE}
            />
          ) : (
            <p aria-busy="true">Loading the help search…</p>
          )}
          <nav aria-label="More from NHSmail Companion">
            <ul class="nhsc-links">
              <li>
                <a href={HELP_PAGE} target="_blank" rel="noreferrer">
                  Help<span class="nhsuk-u-visually-hidden"> page (opens in a new tab)</span>
                </a>
              </li>
              <li>
                <a href={`${HELP_PAGE}#${REQUEST_EMAILS_ANCHOR}`} target="_blank" rel="noreferrer">
                  Emails to the NAS<span class="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
              <li>
                <a href={SETTINGS_PAGE} target="_blank" rel="noreferrer">
                  Settings<span class="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            </ul>
          </nav>
          {/* Once the account is deleted, restoring it comes first: the DSPT link waits for Help. */}
          {later && !view?.accounts.some((a) => a.status.stage === 'deleted' || a.status.stage === 'gone') && (
            <later.dspt.DsptLink odsCode={view?.settings.odsCode} />
          )}
        </section>
        <LayoutReport />
      </main>
      <PageFooter />
    </div>
  );
}
