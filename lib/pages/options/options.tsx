/** The options page: organisation, reminders, Outlook on the web, hints, local contacts, your data. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import { LocalContacts, YourData } from './data.tsx';
import { ErrorSummary } from '../kit/feedback.tsx';
import { PageFooter, PageHeader } from '../kit/page-frame.tsx';
import { NotificationsPermission, Outlook } from './preferences.tsx';
import { SettingsForm } from './settings-form.tsx';
import { ManagedNotice } from './managed.tsx';
import type { Apply, OptionsDeps } from './types.ts';

export function Options({ deps }: { deps: OptionsDeps }) {
  const [view, setView] = useState<StatusView | undefined>();
  const [loadError, setLoadError] = useState('');
  /** Bumped when stored settings change underneath the forms (erase, notice reset), so they start again. */
  const [generation, setGeneration] = useState(0);

  const apply: Apply = useCallback(
    async (message) => {
      const reply = await deps.send(message);
      if (reply.ok) setView(reply.data);
      return reply;
    },
    [deps],
  );

  useEffect(() => {
    void apply({ type: 'page:get-status' }).then((reply) => {
      if (!reply.ok) setLoadError(reply.error);
    });
  }, [apply]);

  async function resetItem(key: string) {
    const reply = await apply({ type: 'page:dismiss-notice', key });
    if (reply.ok) setGeneration((g) => g + 1);
  }

  return (
    <>
      <PageHeader title="NHSmail Companion settings" />
      <main class="nhsc-main" id="main">
        <h1>Settings</h1>
        {loadError && (
          <ErrorSummary title="The settings could not be loaded" errors={[loadError]} testId="load-error" />
        )}
        <ManagedNotice managed={view?.managed} />
        {view?.problems.map((problem) => (
          <div class="nhsuk-warning-callout" key={problem.key} data-testid="storage-problem">
            <h2 class="nhsuk-warning-callout__label">Saved data could not be read</h2>
            <p>{problem.message}</p>
            {problem.kind === 'corrupt' && (
              <button
                type="button"
                class="nhsuk-button nhsuk-button--secondary"
                onClick={() => void resetItem(problem.key)}
              >
                Start this again from defaults
              </button>
            )}
          </div>
        ))}
        {view ? (
          <div key={generation}>
            <SettingsForm view={view} apply={apply} permissions={deps.permissions} />
            <NotificationsPermission view={view} apply={apply} permissions={deps.permissions} />
            <Outlook view={view} apply={apply} permissions={deps.permissions} />
            <LocalContacts view={view} apply={apply} deps={deps} />
          </div>
        ) : (
          !loadError && <p aria-busy="true">Loading your settings…</p>
        )}
        {view && (
          <YourData
            view={view}
            deps={deps}
            onErased={(fresh) => {
              setView(fresh);
              setGeneration((g) => g + 1);
            }}
          />
        )}
      </main>
      <PageFooter />
    </>
  );
}
