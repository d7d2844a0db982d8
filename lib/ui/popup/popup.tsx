/** The toolbar popup: status first, then what to do, then who to contact. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StatusView } from '../../background/service.ts';
import type { AnyMessage } from '../../messages.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import { StatusCard } from './status-card.tsx';
import { ManualRecord } from './manual-record.tsx';

export type Ask = (message: AnyMessage) => Promise<string | undefined>;

export function Popup() {
  const [view, setView] = useState<StatusView | undefined>();
  const [error, setError] = useState<string | undefined>();

  /** Sends a message that answers with a fresh status; returns an error message to show, if any. */
  const ask: Ask = useCallback(async (message) => {
    const reply = await sendToBackground<StatusView>(message);
    if (!reply.ok) return reply.error;
    setView(reply.data);
    setError(undefined);
    return undefined;
  }, []);

  useEffect(() => {
    void ask({ type: 'page:get-status' }).then((problem) => problem && setError(problem));
  }, [ask]);

  return (
    <>
      <header class="nhsuk-header">
        <p class="nhsuk-header__title">NHSmail Companion</p>
        <p class="nhsuk-header__subtitle">Independent tool, not provided by NHS England</p>
      </header>
      <main class="nhsuk-main" id="main">
        {error && (
          <div class="nhsuk-notification-banner nhsuk-notification-banner--error" role="alert">
            <p class="nhsuk-notification-banner__title">There is a problem</p>
            <div class="nhsuk-notification-banner__content">
              <p>{error}</p>
            </div>
          </div>
        )}
        {view?.problems.map((problem) => (
          <div class="nhsuk-warning-callout" key={problem.key}>
            <h2 class="nhsuk-warning-callout__label">Saved data could not be read</h2>
            <p>{problem.message}</p>
          </div>
        ))}
        {view ? <StatusCard view={view} ask={ask} /> : !error && <p aria-busy="true">Loading your account status…</p>}
        {view && <ManualRecord view={view} ask={ask} />}
      </main>
      <footer class="nhsc-footer">
        <p>Unofficial: not affiliated with NHS England. Works offline and sends nothing.</p>
      </footer>
    </>
  );
}
