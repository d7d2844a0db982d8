/** The organisation-type chooser shared by the options and welcome pages. */
import type { ComponentChildren } from 'preact';
import { SECTORS } from '../../knowledge/sectors.ts';

export function SectorSelect({
  label,
  value,
  onChange,
}: {
  label: ComponentChildren;
  value: string;
  onChange: (sectorId: string) => void;
}) {
  return (
    <div class="nhsuk-form-group">
      <label class="nhsuk-label" for="sector">
        {label}
      </label>
      <select
        class="nhsuk-select"
        id="sector"
        name="sector"
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">Not chosen</option>
        {SECTORS.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
