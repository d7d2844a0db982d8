/**
 * "Used NHSmail another way?": Outlook on a computer or phone and Teams keep the account active and
 * the extension cannot see them (docs/decisions.md D7). The date is typed as Day, Month and Year
 * (the NHS.UK date input), echoed back in words, checked against a sign-in the extension saw before
 * it replaces it, and the last change can be undone.
 */
import { useState } from 'preact/hooks';
import { formatLongDate, londonIsoDate } from '../../dates.ts';
import type { AccountView, StatusView } from '../../protocol.ts';
import { DateInput } from '../kit/date-input.tsx';
import { EMPTY_DATE, EARLIEST_SIGN_IN_DATE, checkDateParts, type DatePart, type DateParts } from '../kit/date-parts.ts';
import { isSeen, recordSourceLabel } from './record-source.ts';
import type { Ask } from './popup.tsx';

/** The record a change from this popup applies to: the one account, or the browser's unnamed one. */
function targetOf(view: StatusView): AccountView | undefined {
  return view.accounts.length === 1 ? view.accounts[0] : view.accounts.find((a) => a.account === '');
}

interface Pending {
  iso: string;
  seenOn: string;
  seenWhere: string;
}

/**
 * `saved` and `onSaved` belong to the popup: the first record moves this form from the "nothing
 * recorded" card to the account's card, and the confirmation must survive the move.
 */
export function ManualRecord({
  view,
  ask,
  saved,
  onSaved: setSaved,
}: {
  view: StatusView;
  ask: Ask;
  saved: string;
  onSaved: (message: string) => void;
}) {
  const [parts, setParts] = useState<DateParts>(EMPTY_DATE);
  const [error, setError] = useState<string | undefined>();
  const [errorParts, setErrorParts] = useState<readonly DatePart[]>([]);
  const [pending, setPending] = useState<Pending | undefined>();
  const target = targetOf(view);
  const canUndo = !!target?.record.previous && !isSeen(target.record.source);

  function clearError() {
    setError(undefined);
    setErrorParts([]);
  }

  async function usedToday() {
    setPending(undefined);
    const problem = await ask({ type: 'page:record-use-today' });
    if (problem) return setSaved(problem);
    clearError();
    setSaved(`Saved: you used NHSmail today, ${formatLongDate(view.today)}.`);
  }

  async function record(iso: string, replaceSeen: boolean) {
    const problem = await ask({
      type: 'page:record-last-sign-in-date',
      date: iso,
      ...(replaceSeen ? { replaceSeen: true } : {}),
    });
    setPending(undefined);
    if (problem) {
      setError(problem);
      setErrorParts(['day', 'month', 'year']);
      setSaved('');
      return;
    }
    clearError();
    setParts(EMPTY_DATE);
    setSaved(`Saved: ${formatLongDate(iso)}`);
  }

  async function saveDate(event: Event) {
    event.preventDefault();
    setSaved('');
    const check = checkDateParts(parts, {
      today: view.today,
      earliest: EARLIEST_SIGN_IN_DATE,
      emptyMessage: 'Enter the date you last used NHSmail',
    });
    if (!check.ok) {
      setError(check.message);
      setErrorParts(check.parts);
      return;
    }
    clearError();
    const seenDay = target && isSeen(target.record.source) ? londonIsoDate(target.record.lastActivityAt) : undefined;
    if (target && seenDay && check.iso < seenDay) {
      // Ask first: a date someone typed must not silently replace a later sign-in the extension saw.
      setPending({ iso: check.iso, seenOn: seenDay, seenWhere: recordSourceLabel(target.record.source) });
      return;
    }
    await record(check.iso, false);
  }

  async function undo() {
    const before = target?.record.previous;
    const problem = await ask({ type: 'page:undo-sign-in-change' });
    setPending(undefined);
    if (problem) return setSaved(problem);
    setSaved(
      before && before !== 'none'
        ? `Undone: the last sign-in is back to ${formatLongDate(londonIsoDate(before.lastActivityAt))}.`
        : 'Undone: no sign-in is recorded now.',
    );
  }

  return (
    <div class="nhsc-manual" data-testid="manual-record">
      <h3 class="nhsuk-u-visually-hidden">Used NHSmail another way?</h3>
      <button
        type="button"
        class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() => void usedToday()}
      >
        I used NHSmail today
      </button>
      <details class="nhsuk-details" data-testid="date-entry">
        <summary class="nhsuk-details__summary">
          <span class="nhsuk-details__summary-text">Enter the date of your last sign-in</span>
        </summary>
        <div class="nhsuk-details__text">
          <form onSubmit={(event) => void saveDate(event)} noValidate>
            <DateInput
              id="last-sign-in"
              legend="My last sign-in was on"
              value={parts}
              error={error}
              errorParts={errorParts}
              onChange={(next) => {
                setParts(next);
                setPending(undefined);
              }}
            />
            {pending ? (
              <div class="nhsuk-warning-callout" data-testid="confirm-earlier">
                <h3 class="nhsuk-warning-callout__label">
                  <span class="nhsuk-u-visually-hidden">Important: </span>Replace a sign-in the extension saw?
                </h3>
                <p>
                  {formatLongDate(pending.iso)} is earlier than the sign-in on {formatLongDate(pending.seenOn)} (
                  {pending.seenWhere.toLowerCase()}). The earlier date brings the deadlines closer.
                </p>
                <button
                  type="button"
                  class="nhsuk-button nhsuk-button--small"
                  onClick={() => void record(pending.iso, true)}
                >
                  Yes, use {formatLongDate(pending.iso)}
                </button>{' '}
                <button
                  type="button"
                  class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  onClick={() => setPending(undefined)}
                >
                  No, keep {formatLongDate(pending.seenOn)}
                </button>
              </div>
            ) : (
              <button type="submit" class="nhsuk-button nhsuk-button--small">
                Save date
              </button>
            )}
          </form>
        </div>
      </details>
      <p role="status" class="nhsuk-body-s" data-testid="manual-saved">
        {saved}
      </p>
      {canUndo && (
        <p class="nhsuk-body-s">
          <button type="button" class="nhsc-link-button" onClick={() => void undo()}>
            Undo the last change<span class="nhsuk-u-visually-hidden"> to your last sign-in date</span>
          </button>
        </p>
      )}
    </div>
  );
}
