/** Manual records: Outlook desktop, phones and Teams keep the account alive and we cannot see them. */
import { useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import type { Ask } from './popup.tsx';

export function ManualRecord({ view, ask }: { view: StatusView; ask: Ask }) {
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();

  async function usedToday() {
    const problem = await ask({ type: 'page:record-use-today' });
    setError(problem);
    setSaved(problem ? undefined : 'Saved: you used NHSmail today.');
  }

  async function saveDate(event: Event) {
    event.preventDefault();
    if (!date) {
      setError('Enter the date of your last sign-in.');
      return;
    }
    const problem = await ask({ type: 'page:record-last-sign-in-date', date });
    setError(problem);
    setSaved(problem ? undefined : 'Saved your last sign-in date.');
  }

  return (
    <section class="nhsuk-card" aria-labelledby="manual-heading">
      <h2 id="manual-heading">Used NHSmail another way?</h2>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={usedToday}>
        I used NHSmail today
      </button>
      <form onSubmit={saveDate} noValidate>
        <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
          <label class="nhsuk-label" for="last-sign-in-date">
            My last sign-in was on
          </label>
          {error && (
            <span class="nhsuk-error-message" id="last-sign-in-error" role="alert">
              <span class="nhsuk-u-visually-hidden">Error:</span> {error}
            </span>
          )}
          <input
            class={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
            type="date"
            id="last-sign-in-date"
            min="2020-01-01"
            max={view.today}
            value={date}
            aria-describedby={error ? 'last-sign-in-error' : undefined}
            onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="nhsuk-button">
          Save date
        </button>
      </form>
      {saved && (
        <p role="status" class="nhsuk-body-s">
          {saved}
        </p>
      )}
    </section>
  );
}
