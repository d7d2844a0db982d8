/**
 * The one form-field component of the extension pages: label (or legend), hint, and the NHS.UK error
 * message, wired to the control with `aria-describedby`. Every form on every page uses it, so the
 * error message is the same everywhere: `role="alert"`, "Error:" for screen readers, and the red
 * bar of `nhsuk-form-group--error`. The error summary is the NHS.UK pattern too, its links moving
 * focus to the field in error.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** What a control needs from its field: its id, what describes it, and whether it is in error. */
export interface ControlProps {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

export function ErrorMessage({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <span class="nhsuk-error-message" id={id} role="alert">
      <span class="nhsuk-u-visually-hidden">Error:</span> {children}
    </span>
  );
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/**
 * A single control (text input, select, textarea) with its label. `children` renders the control
 * from the ids the field gives it.
 */
export function Field({
  id,
  label,
  hint,
  error,
  labelClass = '',
  children,
}: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  labelClass?: string;
  children: (control: ControlProps) => ComponentChildren;
}) {
  return (
    <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label class={`nhsuk-label ${labelClass}`.trim()} for={id}>
        {label}
      </label>
      {hint && (
        <div class="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      {children({
        id,
        describedBy: describedBy(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined),
        invalid: !!error,
      })}
    </div>
  );
}

/** A group of controls (radios, checkboxes, the three date parts) under one legend. */
export function Fieldset({
  id,
  legend,
  hint,
  error,
  legendClass = 'nhsuk-fieldset__legend--s',
  children,
}: {
  id: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  legendClass?: string;
  children: (control: ControlProps) => ComponentChildren;
}) {
  const described = describedBy(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined);
  return (
    <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset class="nhsuk-fieldset" id={id} aria-describedby={described}>
        <legend class={`nhsuk-fieldset__legend ${legendClass}`.trim()}>{legend}</legend>
        {hint && (
          <div class="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        {children({ id, describedBy: described, invalid: !!error })}
      </fieldset>
    </div>
  );
}

export interface SummaryError {
  /** The id of the field to move to, without '#'; omitted for a problem that is not about one field. */
  field?: string;
  text: string;
}

/**
 * The NHS.UK error summary: "There is a problem" and one line per error, each a link to its field.
 * It takes focus when it appears, as the design system asks, so keyboard and screen reader users
 * hear it first.
 */
export function ErrorSummary({
  title = 'There is a problem',
  errors,
  testId,
}: {
  title?: string;
  errors: readonly (SummaryError | string)[];
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const titleId = `${testId}-title`;
  return (
    <div
      class="nhsuk-error-summary"
      aria-labelledby={titleId}
      role="alert"
      tabIndex={-1}
      ref={box}
      data-testid={testId}
    >
      <h2 class="nhsuk-error-summary__title" id={titleId}>
        {title}
      </h2>
      <div class="nhsuk-error-summary__body">
        <ul class="nhsuk-list nhsuk-error-summary__list">
          {errors.map((error, index) => {
            const { field, text } = typeof error === 'string' ? { field: undefined, text: error } : error;
            return (
              <li key={index}>
                {field ? (
                  <a
                    href={`#${field}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const target = box.current?.ownerDocument.getElementById(field);
                      const control = target?.matches('input, select, textarea')
                        ? target
                        : target?.querySelector<HTMLElement>('input, select, textarea');
                      (control ?? target)?.focus();
                    }}
                  >
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

/** One NHS.UK small checkbox with its label and an optional hint, used by every page's switches. */
export function Checkbox({
  id,
  checked,
  disabled = false,
  onChange,
  hint,
  children,
}: {
  id: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  hint?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="nhsuk-checkboxes__item">
      <input
        class="nhsuk-checkboxes__input"
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label class="nhsuk-label nhsuk-checkboxes__label" for={id}>
        {children}
      </label>
      {hint && (
        <div class="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}
