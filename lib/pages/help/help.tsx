/**
 * The Help page: every help topic by need for the chosen organisation type, with its contacts, and
 * the request emails to the NAS. Opened from the popup, sometimes at a request email, filled in. Above them: the
 * next deadline as a calendar file and the organisation's published DSPT status (docs/sources.md §4.3).
 */
import { useEffect, useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import { sectorById } from '../../knowledge/sectors.ts';
import type { Send } from '../kit/messaging.ts';
import { ErrorSummary } from '../kit/field.tsx';
import { PageFooter, PageHeader } from '../kit/page-frame.tsx';
import { SupportDirectory } from '../popup/support-directory.tsx';
import { RequestTemplates, type RequestStart } from '../popup/request-templates.tsx';
import { SETTINGS_PAGE, requestFromSearch } from './links.ts';
import { CalendarButton } from '../kit/calendar-button.tsx';
import { DsptLink } from '../kit/dspt-link.tsx';
import { RegistrationChecklist } from './registration-checklist.tsx';

export function Help({ send, search = '' }: { send: Send; search?: string }) {
  const [view, setView] = useState<StatusView | undefined>();
  const [loadError, setLoadError] = useState('');
  const requested = requestFromSearch(search);
  const [start] = useState<RequestStart | undefined>(requested ? { ...requested, nonce: 1 } : undefined);

  useEffect(() => {
    void send({ type: 'page:get-status' }).then((reply) => {
      if (reply.ok) setView(reply.data);
      else setLoadError(reply.error);
    });
  }, [send]);

  const sector = view?.settings.sector;
  const sectorName = sector ? sectorById(sector)?.name : undefined;
  return (
    <>
      <PageHeader title="NHSmail Companion: help" />
      <main class="nhsc-main" id="main">
        <h1>Get help with NHSmail</h1>
        {loadError && (
          <ErrorSummary title="Your settings could not be loaded" errors={[loadError]} testId="load-error" />
        )}
        <p data-testid="help-sector">
          {sectorName ? (
            <>
              Showing help for <strong>{sectorName}</strong>.{' '}
            </>
          ) : (
            'Showing help for every type of organisation. '
          )}
          <a href={SETTINGS_PAGE}>{sectorName ? 'Change the organisation type' : 'Choose your organisation type'}</a> in
          Settings.
        </p>
        {view && (
          <section class="nhsc-section" aria-labelledby="deadline-heading" data-testid="beyond">
            <h2 id="deadline-heading">Your deadline and your DSPT</h2>
            <CalendarButton view={view} />
            <DsptLink odsCode={view.settings.odsCode} withSearch />
          </section>
        )}
        {view && (
          <section class="nhsc-section" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">Applying for NHSmail: what you need</h2>
            <RegistrationChecklist sector={sector} />
          </section>
        )}
        <section class="nhsc-section" aria-labelledby="help-topics-heading">
          <h2 id="help-topics-heading">Help by need</h2>
          {(view || loadError) && (
            <SupportDirectory
              sector={sector}
              now={view?.now ?? Date.now()}
              localDirectory={view?.localContacts ?? null}
            />
          )}
        </section>
        {/* The section carries the id that links to the request emails (links.ts REQUEST_EMAILS_ANCHOR). */}
        {(view || loadError) && <RequestTemplates sector={sector} start={start} />}
      </main>
      <PageFooter />
    </>
  );
}
