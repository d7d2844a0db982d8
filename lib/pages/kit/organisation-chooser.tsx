/** The one organisation-type chooser, used by Settings and Welcome: NHS.UK radios, one per sector. */
import type { ComponentChildren } from 'preact';
import { SECTORS } from '../../knowledge/sectors.ts';
import { Fieldset } from './field.tsx';

export function OrganisationChooser({
  legend,
  hint,
  value,
  error,
  disabled = false,
  onChange,
}: {
  legend: ComponentChildren;
  hint?: ComponentChildren;
  value: string;
  error?: string | undefined;
  /** Shown but not editable: the organisation's policy sets it (lib/managed-wording.ts). */
  disabled?: boolean;
  onChange: (sectorId: string) => void;
}) {
  return (
    <Fieldset id="sector" legend={legend} hint={hint} error={error}>
      {({ describedBy }) => (
        <div class="nhsuk-radios nhsuk-radios--small" aria-describedby={describedBy}>
          {SECTORS.map((sector) => (
            <div class="nhsuk-radios__item" key={sector.id}>
              <input
                class="nhsuk-radios__input"
                id={`sector-${sector.id}`}
                name="sector"
                type="radio"
                value={sector.id}
                checked={value === sector.id}
                disabled={disabled}
                onChange={() => onChange(sector.id)}
              />
              <label class="nhsuk-label nhsuk-radios__label" for={`sector-${sector.id}`}>
                {sector.name}
              </label>
            </div>
          ))}
        </div>
      )}
    </Fieldset>
  );
}
