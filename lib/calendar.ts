/**
 * "Add to my calendar": an RFC 5545 iCalendar file with one all-day event on the last safe day before the account's
 * next deadline, and a reminder a few days before, so the deadline reaches Outlook on a computer or a phone, not only
 * this browser. Pure: the pages call `calendarFileFor(view)` and offer the text as a download.
 *
 * Honest about what we know (docs/decisions.md D7): the date counts from the last sign-in the extension saw, and
 * Outlook, Teams and sending an email also keep the account active (docs/sources.md §1.2). Nothing personal beyond
 * the account address, and that only when it is known.
 *
 * RFC 5545 details kept: CRLF line ends (§3.1), lines folded at 75 octets, never inside a UTF-8 character (§3.1),
 * TEXT escaping of backslash, semicolon, comma and newlines (§3.3.11), UID and DTSTAMP (§3.6.1), an all-day event
 * as DTSTART;VALUE=DATE with DTEND the next day (§3.6.1), and a DISPLAY alarm (§3.6.6).
 */
import { addDays, formatLongDate, type IsoDate } from './dates.ts';
import type { AccountView } from './protocol.ts';
import type { Deadline } from './lifecycle.ts';

export interface CalendarFile {
  fileName: string;
  /** The .ics text, CRLF line ends; offer it as `text/calendar`. */
  text: string;
  /** The day of the event, for the page to say "Added: 22 November 2026" before the download. */
  date: IsoDate;
  /** Whose deadline it is: '' when the address was never visible. */
  account: string;
}

/** What the pages show beside the download. */
export const CALENDAR_WORDS = {
  button: 'Add to my calendar',
  hint: 'Saves a calendar file with the last safe day and a reminder 3 days before. Open it to add it to Outlook or your phone. The file stays on your computer.',
  none: 'There is no deadline to add yet.',
  /** The file's media type, for the download. */
  type: 'text/calendar',
} as const;

/** Days before the event when the calendar reminds: "a few days", sooner than the extension's own 7-day notice. */
export const ALARM_DAYS_BEFORE = 3;

/** The portal address, as docs/sources.md §7 gives it; a literal here so this module needs no other imports. */
const PORTAL = 'https://portal.nhs.net';

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line into lines of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; each continuation holds its leading space plus 74.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function basicDate(iso: IsoDate): string {
  return iso.replaceAll('-', '');
}

function utcStamp(ms: number): string {
  // 2026-11-23T09:05:00.000Z → 20261123T090500Z
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A short, stable hash so the same deadline downloaded twice replaces itself in the calendar (same UID). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

interface EventWords {
  summary: string;
  description: string;
}

function wordsFor(deadline: Deadline, account: string, lastSeen: IsoDate | undefined): EventWords {
  const who = account ? ` (${account})` : '';
  const on = formatLongDate(deadline.date);
  const seen = lastSeen
    ? `This date counts from the last sign-in NHSmail Companion saw, on ${formatLongDate(lastSeen)}. If you have used NHSmail since, in Outlook, Teams or by sending an email, your real deadline is later.`
    : 'If you have used NHSmail recently, in Outlook, Teams or by sending an email, your real deadline is later.';
  const tail = `${seen} Independent tool, not provided by NHS England.`;
  switch (deadline.stage) {
    case 'inactive':
      return {
        summary: 'Sign in to NHSmail today to keep your account active',
        description: `Your NHSmail account${who} becomes inactive on ${on} if it is not used. Sign in to the NHSmail portal (${PORTAL}), use Outlook or Teams, or send an email by today. ${tail}`,
      };
    case 'deleted':
      return {
        summary: 'Last day to use NHSmail before the account is deleted',
        description: `Your NHSmail account${who} may be inactive. It is deleted on ${on} unless it is used. Sign in to the NHSmail portal (${PORTAL}) today. ${tail}`,
      };
    case 'gone':
      return {
        summary: 'Last day to restore your NHSmail account',
        description: `Your NHSmail account${who} may have been deleted. It can be restored until at least ${on}: the shared mailbox owner emails the NAS from the shared mailbox with the deleted address and your mobile number. After that it probably can no longer be restored and you may need to apply again. ${tail}`,
      };
  }
}

/** Builds the calendar file for one account's next deadline; undefined when there is none ahead. */
export function calendarFileForAccount(
  entry: Pick<AccountView, 'account' | 'status'>,
  now: number,
  alarmDaysBefore = ALARM_DAYS_BEFORE,
): CalendarFile | undefined {
  const { status, account } = entry;
  const deadline = status.nextDeadline;
  // No countdown we can trust: nothing known, the clock behind the record, or past every deadline.
  if (!deadline || status.clockBehind || status.stage === 'unknown' || status.stage === 'gone') return undefined;
  const date = addDays(deadline.date, -1);
  const words = wordsFor(deadline, account, status.lastActivityDate);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//NHSmail Companion//Deadline calendar 1//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:nhsc-${deadline.stage}-${basicDate(deadline.date)}-${hash(account)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${basicDate(date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(date, 1))}`,
    `SUMMARY:${escapeText(words.summary)}`,
    `DESCRIPTION:${escapeText(words.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER;RELATED=START:-P${String(alarmDaysBefore)}D`,
    `DESCRIPTION:${escapeText(words.summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return {
    fileName: `nhsmail-deadline-${date}.ics`,
    text: `${lines.map(foldLine).join('\r\n')}\r\n`,
    date,
    account,
  };
}

/**
 * The calendar file for the status the pages show: the account whose next deadline comes first (the one the badge
 * warns about). Undefined when no account has a deadline ahead.
 */
export function calendarFileFor(view: {
  now: number;
  accounts: readonly Pick<AccountView, 'account' | 'status'>[];
}): CalendarFile | undefined {
  const files = view.accounts
    .map((entry) => calendarFileForAccount(entry, view.now))
    .filter((file): file is CalendarFile => file !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return files[0];
}
