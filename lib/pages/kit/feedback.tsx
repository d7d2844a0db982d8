/** Small shared pieces: a status line read out by screen readers, and an error summary. */
import type { ComponentChildren } from 'preact';

export function StatusLine({ id, children }: { id: string; children?: ComponentChildren }) {
  return (
    <p id={id} role="status" class="nhsuk-body-s" data-testid={id}>
      {children}
    </p>
  );
}

export function ErrorSummary({ title, lines, testId }: { title: string; lines: readonly string[]; testId: string }) {
  return (
    <div class="nhsuk-notification-banner nhsuk-notification-banner--error" role="alert" data-testid={testId}>
      <p class="nhsuk-notification-banner__title">{title}</p>
      <div class="nhsuk-notification-banner__content">
        {lines.length > 0 && (
          <ul>
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
