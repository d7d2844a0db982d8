/**
 * "Add to my calendar" (lib/calendar.ts): an NHS.UK secondary button that saves the .ics file for the status the
 * page shows, so the deadline reaches Outlook on a computer or a phone. Without a deadline ahead the popup shows
 * nothing and the Help page says there is none yet. The popup keeps it small (docs/decisions.md budgets: the popup
 * within 1,000 px at 360 px), so its hint is said after the click; the Help page shows the hint beside the button.
 */
import { useState } from 'preact/hooks';
import { CALENDAR_WORDS, calendarFileFor } from '../../calendar.ts';
import { formatLongDate } from '../../dates.ts';
import type { StatusView } from '../../protocol.ts';
import { downloadText, type Download } from './download.ts';
import { StatusLine } from './feedback.tsx';

export function CalendarButton({
  view,
  compact = false,
  download = downloadText,
}: {
  view: Pick<StatusView, 'now' | 'accounts'>;
  compact?: boolean;
  download?: Download;
}) {
  const [saved, setSaved] = useState('');
  const file = calendarFileFor(view);
  if (!file) return compact ? null : <p data-testid="calendar-none">{CALENDAR_WORDS.none}</p>;
  const hintId = 'calendar-hint';
  return (
    <div class="nhsc-calendar" data-testid="calendar">
      <button
        type="button"
        class={`nhsuk-button nhsuk-button--secondary${compact ? ' nhsuk-button--small' : ''}`}
        aria-describedby={compact ? undefined : hintId}
        onClick={() => {
          download(file.fileName, file.text, CALENDAR_WORDS.type);
          setSaved(
            `Saved a calendar file for ${formatLongDate(file.date)}${file.account ? ` (${file.account})` : ''}.${compact ? ` ${CALENDAR_WORDS.hint}` : ''}`,
          );
        }}
      >
        {CALENDAR_WORDS.button}
      </button>
      {!compact && (
        <p class="nhsuk-hint" id={hintId}>
          {CALENDAR_WORDS.hint}
        </p>
      )}
      {/* Always in the page, so screen readers announce the confirmation when it appears. */}
      <StatusLine id="calendar-status">{saved}</StatusLine>
    </div>
  );
}
