/**
 * The NHS.UK date input: Day, Month and Year as three short numeric text fields under one legend,
 * never `<input type=date>` (Debian's Chromium is always en-US and shows mm/dd/yyyy; a UK user
 * typing 05/10/2026 would save 10 May). Errors come from lib/pages/kit/date-parts.ts through the
 * one form field (field.tsx).
 */
import type { ComponentChildren } from 'preact';
import { Fieldset } from './field.tsx';
import { DATE_PARTS, type DatePart, type DateParts } from './date-parts.ts';

const LABELS: Record<DatePart, string> = { day: 'Day', month: 'Month', year: 'Year' };

export function DateInput({
  id,
  legend,
  hint,
  value,
  error,
  errorParts = [],
  legendClass,
  onChange,
}: {
  id: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  value: DateParts;
  error?: string | undefined;
  errorParts?: readonly DatePart[];
  legendClass?: string;
  onChange: (value: DateParts) => void;
}) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error} {...(legendClass ? { legendClass } : {})}>
      {() => (
        <div class="nhsuk-date-input" id={`${id}-parts`}>
          {DATE_PARTS.map((part) => {
            const partId = `${id}-${part}`;
            const inError = !!error && errorParts.includes(part);
            return (
              <div class="nhsuk-date-input__item" key={part}>
                <div class="nhsuk-form-group">
                  <label class="nhsuk-label nhsuk-date-input__label" for={partId}>
                    {LABELS[part]}
                  </label>
                  <input
                    class={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part === 'year' ? 4 : 2}${inError ? ' nhsuk-input--error' : ''}`}
                    id={partId}
                    name={partId}
                    type="text"
                    inputMode="numeric"
                    autocomplete="off"
                    maxLength={part === 'year' ? 4 : 2}
                    value={value[part]}
                    aria-invalid={inError ? true : undefined}
                    onInput={(event) => onChange({ ...value, [part]: (event.currentTarget as HTMLInputElement).value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      )}
    </Fieldset>
  );
}
