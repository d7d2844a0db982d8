/**
 * The NHS.UK date input's rules, pure: three parts typed separately (so no browser can show or read
 * them in US order, docs/decisions.md D6), each checked on its own, with the design system's error
 * wording ("Date must include a month", "Date must be a real date", "Date must be today or in the
 * past"). The parts in error are named so only those fields turn red.
 */
import { isoToDayNumber, parseIsoDate, type IsoDate } from '../../dates.ts';

export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];
export type DateParts = Record<DatePart, string>;
export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export type DateCheck = { ok: true; iso: IsoDate } | { ok: false; message: string; parts: readonly DatePart[] };

function joinParts(parts: readonly DatePart[]): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/**
 * Checks the three parts. `today` and `earliest` are London calendar days (YYYY-MM-DD);
 * `emptyMessage` says what to enter when nothing was typed.
 */
export function checkDateParts(
  raw: DateParts,
  { today, earliest, emptyMessage }: { today: IsoDate; earliest: IsoDate; emptyMessage: string },
): DateCheck {
  const parts = { day: raw.day.trim(), month: raw.month.trim(), year: raw.year.trim() };
  const missing = DATE_PARTS.filter((part) => parts[part] === '');
  if (missing.length === 3) return { ok: false, message: emptyMessage, parts: DATE_PARTS };
  if (missing.length > 0) return { ok: false, message: `Date must include a ${joinParts(missing)}`, parts: missing };
  const notNumbers = DATE_PARTS.filter((part) => !/^\d+$/.test(parts[part]));
  if (notNumbers.length > 0) return { ok: false, message: 'Date must be a real date', parts: notNumbers };
  if (parts.year.length !== 4) return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };
  const day = Number(parts.day);
  const month = Number(parts.month);
  if (month < 1 || month > 12) return { ok: false, message: 'Date must be a real date', parts: ['month'] };
  const iso = parseIsoDate(`${parts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  if (!iso) return { ok: false, message: 'Date must be a real date', parts: ['day'] };
  if (isoToDayNumber(iso) > isoToDayNumber(today))
    return { ok: false, message: 'Date must be today or in the past', parts: DATE_PARTS };
  if (isoToDayNumber(iso) < isoToDayNumber(earliest))
    return { ok: false, message: `Date must be in ${earliest.slice(0, 4)} or later`, parts: ['year'] };
  return { ok: true, iso };
}

/**
 * The earliest last-sign-in date the pages accept; the background refuses earlier ones with the same
 * rule (EARLIEST_MANUAL_DATE in lib/background/service.ts): NHSmail's current rules date from 2022.
 */
export const EARLIEST_SIGN_IN_DATE = '2020-01-01';
