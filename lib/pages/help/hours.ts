/**
 * "Open now" or "closed — opens Monday 9am" for a contact's opening hours, in Europe/London.
 *
 * A pure function of the hours, an instant and the bank-holiday table: the wall clock comes from
 * lib/dates.ts `londonTimeParts`, so the machine's time zone and the clock changes cannot shift it.
 * Nothing here throws; anything that cannot be worked out honestly becomes `kind: 'unknown'`.
 */
import { addDays, formatLongDate, isoToDayNumber, londonTimeParts, type IsoDate } from '../../dates.ts';
import {
  BANK_HOLIDAYS_ENGLAND,
  isBankHolidayInEngland,
  isCoveredByBankHolidayTable,
} from '../../knowledge/bank-holidays.ts';
import type { ContactEntry } from '../../knowledge/contacts.ts';

export type ContactHours = ContactEntry['hours'];

export type OpeningState =
  | { kind: 'always' }
  | { kind: 'unknown' }
  | {
      kind: 'open';
      /** Closing time today, e.g. '5pm'. */
      closes: string;
      /** True when bank holidays may close it but the table does not cover today, or the source does not say. */
      bankHolidaysUnchecked: boolean;
    }
  | {
      kind: 'closed';
      /** When it next opens, e.g. 'Monday 9am', 'today at 9am' or, more than 6 days ahead, 'Monday 4 January 9am'. */
      opens: string;
      /** The bank holiday that closes it today, if that is the reason. */
      holiday?: string;
      bankHolidaysUnchecked: boolean;
    };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

function minutesOf(clock: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** '09:00' → '9am', '16:30' → '4:30pm', '12:00' → '12pm' (midday), '00:00' → '12am' (midnight). */
export function formatClock(clock: string): string {
  const minutes = minutesOf(clock);
  if (minutes === undefined) return clock;
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const suffix = hour < 12 ? 'am' : 'pm';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${twelve}${suffix}` : `${twelve}:${String(minute).padStart(2, '0')}${suffix}`;
}

function holidayName(iso: IsoDate): string | undefined {
  return BANK_HOLIDAYS_ENGLAND.holidays.find((holiday) => holiday.date === iso)?.name;
}

/** Weekdays (Monday–Friday) that are not bank holidays, when bank holidays close the service. */
function isOpenDay(iso: IsoDate, weekday: number, excludesBankHolidays: boolean): boolean {
  if (weekday === 0 || weekday === 6) return false;
  return !(excludesBankHolidays && isBankHolidayInEngland(iso));
}

function weekdayOfIso(iso: IsoDate): number {
  return (((isoToDayNumber(iso) + 4) % 7) + 7) % 7;
}

/** The hours in words, e.g. '24 hours a day, every day' or '9am to 5pm, Monday to Friday, except bank holidays'. */
export function describeHours(hours: ContactHours): string {
  switch (hours.kind) {
    case 'always':
      return '24 hours a day, every day';
    case 'weekdays': {
      const base = `${formatClock(hours.open)} to ${formatClock(hours.close)}, Monday to Friday`;
      if (hours.excludesBankHolidays === true) return `${base}, except bank holidays`;
      if (hours.excludesBankHolidays === 'unknown')
        return `${base}. The source does not say whether it opens on bank holidays.`;
      return base;
    }
    default:
      return 'Opening hours not known';
  }
}

/** Whether the contact is open at `nowMs`, and if not, when it next opens. Never throws. */
export function openingState(hours: ContactHours, nowMs: number): OpeningState {
  if (hours.kind === 'always') return { kind: 'always' };
  if (hours.kind !== 'weekdays') return { kind: 'unknown' };
  const open = minutesOf(hours.open);
  const close = minutesOf(hours.close);
  if (open === undefined || close === undefined || open >= close) return { kind: 'unknown' };

  let now;
  try {
    now = londonTimeParts(nowMs);
  } catch {
    return { kind: 'unknown' };
  }
  const excludes = hours.excludesBankHolidays === true;
  const minuteNow = now.hour * 60 + now.minute;
  const todayOpen = isOpenDay(now.isoDate, now.weekday, excludes);
  const unchecked = (iso: IsoDate) =>
    hours.excludesBankHolidays === 'unknown' || (excludes && !isCoveredByBankHolidayTable(iso));

  if (todayOpen && minuteNow >= open && minuteNow < close) {
    return { kind: 'open', closes: formatClock(hours.close), bankHolidaysUnchecked: unchecked(now.isoDate) };
  }

  const holiday = excludes && now.weekday !== 0 && now.weekday !== 6 ? holidayName(now.isoDate) : undefined;
  const opensAt = formatClock(hours.open);
  if (todayOpen && minuteNow < open) {
    return {
      kind: 'closed',
      opens: `today at ${opensAt}`,
      bankHolidaysUnchecked: unchecked(now.isoDate),
    };
  }
  // Bank holidays and weekends never run to more than a week, but a table gap must not loop for ever.
  for (let ahead = 1; ahead <= 14; ahead++) {
    let iso: IsoDate;
    try {
      iso = addDays(now.isoDate, ahead);
    } catch {
      return { kind: 'unknown' };
    }
    if (!isOpenDay(iso, weekdayOfIso(iso), excludes)) continue;
    // A weekday name is clear within the coming week; further off (only around Christmas), give the date too.
    const weekday = WEEKDAYS[weekdayOfIso(iso)] ?? '';
    const day = ahead < 7 ? weekday : `${weekday} ${formatLongDate(iso).replace(/ \d{4}$/, '')}`;
    const state: OpeningState = { kind: 'closed', opens: `${day} ${opensAt}`, bankHolidaysUnchecked: unchecked(iso) };
    if (holiday) state.holiday = holiday;
    return state;
  }
  return { kind: 'unknown' };
}

/** One line for the contact card: 'Open now, until 5pm', 'Closed for Christmas Day — opens Tuesday 9am', … */
export function openingLine(state: OpeningState): string {
  switch (state.kind) {
    case 'always':
      return 'Open now, 24 hours a day';
    case 'open':
      return `Open now, until ${state.closes}`;
    case 'closed':
      return `Closed${state.holiday ? ` for ${state.holiday}` : ''} — opens ${state.opens}`;
    default:
      return 'Opening hours not known';
  }
}
