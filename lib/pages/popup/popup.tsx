/** The toolbar popup: status first, then what to do, then who to contact. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import type { StatusMessage } from '../../protocol.ts';
import { sendToBackground } from '../kit/messaging.ts';
import { StatusCard, type StartRequest } from './status-card.tsx';
import { ManualRecord } from './manual-record.tsx';
import { Reminders } from './reminders.tsx';
import { OutlookOptIn } from './outlook-opt-in.tsx';
import { SectorChooser } from './sector-chooser.tsx';
import { SupportDirectory } from './support-directory.tsx';
import { PortalAccess } from './portal-access.tsx';
import { RequestTemplates, type RequestStart } from './request-templates.tsx';

export type Ask = (message: StatusMessage) => Promise<string | undefined>;

export function Popup({ now }: { now?: () => number } = {}) {
  const [view, setView] = useState<StatusView | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [start, setStart] = useState<RequestStart | undefined>();

  /** Sends a message that answers with a fresh status; returns an error message to show, if any. */
  const ask: Ask = useCallback(async (message) => {
    const reply = await sendToBackground(message);
    if (!reply.ok) return reply.error;
    setView(reply.data);
    setError(undefined);
    return undefined;
  }, []);

  const startRequest: StartRequest = useCallback((template, prefill) => {
    setStart((current) => ({ template, ...(prefill ? { prefill } : {}), nonce: (current?.nonce ?? 0) + 1 }));
  }, []);

  useEffect(() => {
    void ask({ type: 'page:get-status' }).then((problem) => problem && setError(problem));
  }, [ask]);

  // The status is what people open the popup for: paint it first, then the (much larger) help
  // directory and email templates on the next frame. They also appear if the status never comes.
  const [restReady, setRestReady] = useState(false);
  useEffect(() => {
    if (restReady) return;
    if (view || error) {
      const frame = requestAnimationFrame(() => setRestReady(true));
      return () => cancelAnimationFrame(frame);
    }
    const fallback = setTimeout(() => setRestReady(true), 1000);
    return () => clearTimeout(fallback);
  }, [view, error, restReady]);

  const clock = now?.() ?? view?.now ?? Date.now();
  const sector = view?.settings.sector;

  return (
    <>
      <header class="nhsuk-header">
        <h1 class="nhsuk-header__title">NHSmail Companion</h1>
        <p class="nhsuk-header__subtitle">Independent tool, not provided by NHS England</p>
      </header>
      <nav class="nhsc-nav" aria-label="On this page">
        <a href="#next-steps">Your account</a>
        <a href="#get-help">Get help</a>
        <a href="#request-templates">Email the NAS</a>
      </nav>
      <main class="nhsuk-main" id="main">
        {error && (
          <div class="nhsuk-notification-banner nhsuk-notification-banner--error" role="alert">
            <p class="nhsuk-notification-banner__title">There is a problem</p>
            <div class="nhsuk-notification-banner__content">
              <p>{error}</p>
            </div>
          </div>
        )}
        <PortalAccess ask={ask} />
        {view?.problems.map((problem) => (
          <div class="nhsuk-warning-callout" key={problem.key}>
            <h2 class="nhsuk-warning-callout__label">Saved data could not be read</h2>
            <p>{problem.message}</p>
          </div>
        ))}
        {view ? (
          <StatusCard view={view} ask={ask} onStartRequest={startRequest} />
        ) : (
          !error && <p aria-busy="true">Loading your account status…</p>
        )}
        {view && <ManualRecord view={view} ask={ask} />}
        {view && <Reminders view={view} ask={ask} />}
        {view && <OutlookOptIn view={view} ask={ask} />}
        <section class="nhsuk-card" id="get-help" aria-labelledby="help-heading">
          <h2 id="help-heading">Get help</h2>
          {view && <SectorChooser sector={sector} ask={ask} key={sector ?? 'none'} />}
          {restReady && <SupportDirectory sector={sector} now={clock} localDirectory={view?.localContacts ?? null} />}
        </section>
        {restReady && <RequestTemplates sector={sector} start={start} />}
      </main>
      <footer class="nhsc-footer">
        <p>Unofficial: not affiliated with NHS England. Works offline and sends nothing.</p>
      </footer>
    </>
  );
}
