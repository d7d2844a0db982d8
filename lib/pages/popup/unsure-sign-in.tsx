/**
 * "When unsure, ask" (docs/decisions.md D24): a portal page today showed some signs of a session, or
 * a sign-in trap (an error page, an expired session, an account picker), so the extension did not
 * count it. The person knows whether they signed in: one button records today, with the same
 * message as "I used NHSmail today" below.
 */
import { useRef, useState } from 'preact/hooks';
import { formatLongDate } from '../../dates.ts';
import type { StatusView } from '../../protocol.ts';
import type { Ask } from './popup.tsx';

export function UnsureSignIn({ view, ask }: { view: StatusView; ask: Ask }) {
  const [saved, setSaved] = useState('');
  const [problem, setProblem] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  // Once answered, the note is gone from the status; the confirmation stays until the popup closes.
  if (view.unsureSignInAt === undefined && !saved) return null;

  async function usedToday() {
    const error = await ask({ type: 'page:record-use-today' });
    if (error) return setProblem(error);
    setProblem('');
    setSaved(`Saved: you used NHSmail today, ${formatLongDate(view.today)}.`);
    // The button goes with the question: keep keyboard and screen-reader users where they were.
    requestAnimationFrame(() => status.current?.focus());
  }

  return (
    <section class="nhsuk-inset-text nhsc-section" aria-labelledby="unsure-heading" data-testid="unsure-sign-in">
      <span class="nhsuk-u-visually-hidden">Information: </span>
      <h2 id="unsure-heading" class="nhsuk-heading-s">
        Did you sign in today?
      </h2>
      {saved ? (
        <p role="status" tabIndex={-1} ref={status} data-testid="unsure-saved">
          {saved}
        </p>
      ) : (
        <>
          <p>You are on the NHSmail portal, but we could not tell whether you are signed in.</p>
          {problem && (
            <p class="nhsuk-error-message" role="alert">
              <span class="nhsuk-u-visually-hidden">Error: </span>
              {problem}
            </p>
          )}
          <button
            type="button"
            class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() => void usedToday()}
          >
            I used NHSmail today
          </button>
        </>
      )}
    </section>
  );
}
