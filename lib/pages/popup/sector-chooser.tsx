/** "What type of organisation do you work for?": saved through the background, which answers with a fresh status. */
import { useState } from 'preact/hooks';
import { SECTORS, sectorById } from '../../knowledge/sectors.ts';
import type { SectorId } from '../../knowledge/sector-ids.ts';
import type { Ask } from './popup.tsx';

export function SectorChooser({ sector, ask }: { sector: SectorId | undefined; ask: Ask }) {
  const [changing, setChanging] = useState(false);
  const [choice, setChoice] = useState<string>(sector ?? '');
  const [error, setError] = useState<string | undefined>();

  if (sector && !changing) {
    return (
      <p class="nhsc-sector-line">
        Showing help for: <strong>{sectorById(sector)?.name ?? sector}</strong>{' '}
        <button type="button" class="nhsuk-link-button" onClick={() => setChanging(true)}>
          Change<span class="nhsuk-u-visually-hidden"> organisation type</span>
        </button>
      </p>
    );
  }

  async function save(event: Event) {
    event.preventDefault();
    if (!choice) {
      setError('Select the type of organisation you work for');
      return;
    }
    const problem = await ask({ type: 'page:save-settings', settings: { sector: choice } });
    setError(problem);
    if (!problem) setChanging(false);
  }

  return (
    <form class="nhsc-sector" onSubmit={save} noValidate>
      <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset class="nhsuk-fieldset" aria-describedby={error ? 'sector-hint sector-error' : 'sector-hint'}>
          <legend class="nhsuk-fieldset__legend">What type of organisation do you work for?</legend>
          <span class="nhsuk-hint" id="sector-hint">
            We then show only the help that applies to you. You can change it later.
          </span>
          {error && (
            <span class="nhsuk-error-message" id="sector-error" role="alert">
              <span class="nhsuk-u-visually-hidden">Error:</span> {error}
            </span>
          )}
          <div class="nhsuk-radios">
            {SECTORS.map((item) => (
              <div class="nhsuk-radios__item" key={item.id}>
                <input
                  class="nhsuk-radios__input"
                  id={`sector-${item.id}`}
                  name="sector"
                  type="radio"
                  value={item.id}
                  checked={choice === item.id}
                  onChange={() => setChoice(item.id)}
                />
                <label class="nhsuk-label nhsuk-radios__label" for={`sector-${item.id}`}>
                  {item.name}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="nhsuk-button">
        Save organisation type
      </button>
      {sector && (
        <button type="button" class="nhsuk-link-button nhsc-cancel" onClick={() => setChanging(false)}>
          Cancel
        </button>
      )}
    </form>
  );
}
