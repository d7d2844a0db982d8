/** A status line read out by screen readers; the error summary lives with the form field (field.tsx). */
import type { ComponentChildren } from 'preact';

export { ErrorSummary } from './field.tsx';

export function StatusLine({ id, children }: { id: string; children?: ComponentChildren }) {
  return (
    <p id={id} role="status" class="nhsuk-body-s" data-testid={id}>
      {children}
    </p>
  );
}
