/**
 * Calendar maths in Europe/London.
 *
 * NHSmail counts inactivity in calendar days as a person in England experiences them. A 24-hour count
 * (`Math.floor(ms / 86_400_000)`) is wrong twice a year: across the spring clock change one calendar day is only
 * 23 hours long, so "30 days" would arrive a day late. So instants become London calendar dates through `Intl`,
 * and everything after that is integer arithmetic on day numbers, which never looks at the machine's time zone.
 *
 * Error policy (decided per return type, so callers can predict it without reading each function):
 * - Functions returning a number (`isoToDayNumber`, `londonDayNumber`, `calendarDaysBetween`) return NaN for
 *   invalid input, like Date arithmetic does. They never throw.
 * - `parseIsoDate` and `isValidInstant` are the validators: they never throw, on any input.
 * - Functions returning a string or a record (`londonIsoDate`, `dayNumberToIso`, `addDays`, `formatLongDate`,
 *   `formatLongDateWithWeekday`, `londonTimeParts`) throw a RangeError, because there is no honest date to
 *   return for garbage. Validate first with `isValidInstant` / `parseIsoDate` when the input is untrusted.
 *
 * Supported range: London dates 0000-01-01 to 9999-12-31, so that an `IsoDate` is always exactly 'YYYY-MM-DD'
 * (storage schemas and `parseIsoDate` can rely on four-digit years). Instants outside it count as invalid.
 */

/** A calendar date, 'YYYY-MM-DD', proleptic Gregorian, four-digit year. */
export type IsoDate = string;

export interface LondonTimeParts {
  isoDate: IsoDate;
  /** 0 = Sunday … 6 = Saturday, as Date#getDay. */
  weekday: number;
  /** 0–23, London wall clock. */
  hour: number;
  minute: number;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The largest magnitude a Date can hold (ECMA-262 time value range). */
const MAX_TIME_VALUE = 8.64e15;

// ---------------------------------------------------------------------------------------------------------------
// Day numbers: days since 1970-01-01 in the proleptic Gregorian calendar.
//
// Howard Hinnant's days_from_civil / civil_from_days, in plain integer arithmetic. Date.UTC would also work but has
// a trap (years 0–99 are read as 1900–1999), and this needs no Date at all, so it is independent of the process
// time zone by construction.
// ---------------------------------------------------------------------------------------------------------------

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const MIN_DAY_NUMBER = daysFromCivil(0, 1, 1);
const MAX_DAY_NUMBER = daysFromCivil(9999, 12, 31);

function isSupportedDayNumber(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_DAY_NUMBER && n <= MAX_DAY_NUMBER;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function toIso(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict 'YYYY-MM-DD' that names a real day (2026-02-30 is rejected). Never throws. */
export function parseIsoDate(input: unknown): IsoDate | undefined {
  if (typeof input !== 'string') return undefined;
  const match = ISO_DATE_PATTERN.exec(input);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return input;
}

/** Days since 1970-01-01 (negative before). NaN if `iso` is not a valid IsoDate. */
export function isoToDayNumber(iso: IsoDate): number {
  const valid = parseIsoDate(iso);
  if (valid === undefined) return Number.NaN;
  // parseIsoDate has already matched the pattern, so the slices are the three numeric fields.
  return daysFromCivil(Number(valid.slice(0, 4)), Number(valid.slice(5, 7)), Number(valid.slice(8, 10)));
}

/** Inverse of isoToDayNumber. Throws RangeError unless `n` is an integer within 0000-01-01 … 9999-12-31. */
export function dayNumberToIso(n: number): IsoDate {
  if (!isSupportedDayNumber(n)) throw new RangeError(`Day number out of range: ${String(n)}`);
  const { year, month, day } = civilFromDays(n);
  return toIso(year, month, day);
}

/** `iso` moved by `n` calendar days. Throws RangeError for an invalid date, a non-integer `n`, or leaving the range. */
export function addDays(iso: IsoDate, n: number): IsoDate {
  const start = isoToDayNumber(iso);
  if (Number.isNaN(start)) throw new RangeError(`Not an ISO date: ${String(iso)}`);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of days: ${String(n)}`);
  return dayNumberToIso(start + n);
}

// ---------------------------------------------------------------------------------------------------------------
// Instants → London wall clock.
// ---------------------------------------------------------------------------------------------------------------

let londonFormat: Intl.DateTimeFormat | undefined;

// Created lazily and reused: constructing a DateTimeFormat costs far more than formatting with one.
// `era` is asked for so that years before 1 AD come out right (Intl reports them as positive BC years);
// `hourCycle: 'h23'` rather than `hour12: false`, which some engines have rendered midnight as "24".
function getLondonFormat(): Intl.DateTimeFormat {
  londonFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  return londonFormat;
}

interface WallClock {
  dayNumber: number;
  hour: number;
  minute: number;
}

/** London wall clock for an instant, or undefined when the instant is not a supported time. */
function londonWallClock(epochMs: unknown): WallClock | undefined {
  if (typeof epochMs !== 'number' || !Number.isFinite(epochMs) || Math.abs(epochMs) > MAX_TIME_VALUE) return undefined;
  let year = Number.NaN;
  let month = Number.NaN;
  let day = Number.NaN;
  let hour = Number.NaN;
  let minute = Number.NaN;
  let beforeCommonEra = false;
  for (const part of getLondonFormat().formatToParts(epochMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'era':
        beforeCommonEra = part.value === 'BC';
        break;
      default:
        break;
    }
  }
  // Astronomical numbering (1 BC = year 0) keeps the day-number arithmetic continuous.
  if (beforeCommonEra) year = 1 - year;
  if (![year, month, day, hour, minute].every(Number.isInteger)) return undefined;
  const dayNumber = daysFromCivil(year, month, day);
  if (!isSupportedDayNumber(dayNumber)) return undefined;
  return { dayNumber, hour: hour % 24, minute };
}

/** True when `value` is an instant (epoch ms) whose London date lies in the supported range. Never throws. */
export function isValidInstant(value: unknown): value is number {
  return londonWallClock(value) !== undefined;
}

/** London calendar day number of an instant; NaN for an invalid instant. */
export function londonDayNumber(epochMs: number): number {
  return londonWallClock(epochMs)?.dayNumber ?? Number.NaN;
}

/** The London calendar date at an instant. Throws RangeError for an invalid instant. */
export function londonIsoDate(epochMs: number): IsoDate {
  const clock = londonWallClock(epochMs);
  if (!clock) throw new RangeError(`Not a supported instant: ${String(epochMs)}`);
  return dayNumberToIso(clock.dayNumber);
}

/** Calendar days in London from one instant to another (negative if `toMs` is earlier); NaN if either is invalid. */
export function calendarDaysBetween(fromMs: number, toMs: number): number {
  return londonDayNumber(toMs) - londonDayNumber(fromMs);
}

/** Date, weekday and wall-clock time in London, for opening hours. Throws RangeError for an invalid instant. */
export function londonTimeParts(epochMs: number): LondonTimeParts {
  const clock = londonWallClock(epochMs);
  if (!clock) throw new RangeError(`Not a supported instant: ${String(epochMs)}`);
  return {
    isoDate: dayNumberToIso(clock.dayNumber),
    weekday: weekdayOf(clock.dayNumber),
    hour: clock.hour,
    minute: clock.minute,
  };
}

// 1970-01-01 was a Thursday. Deriving the weekday from the day number avoids parsing locale weekday names.
function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

// ---------------------------------------------------------------------------------------------------------------
// Display. Built from the date's own fields so the machine's time zone and locale cannot shift the day.
// ---------------------------------------------------------------------------------------------------------------

function requireParts(iso: IsoDate): { year: number; month: number; day: number; dayNumber: number } {
  const dayNumber = isoToDayNumber(iso);
  if (Number.isNaN(dayNumber)) throw new RangeError(`Not an ISO date: ${String(iso)}`);
  return { ...civilFromDays(dayNumber), dayNumber };
}

/** '23 November 2026'. Throws RangeError for an invalid date. */
export function formatLongDate(iso: IsoDate): string {
  const { year, month, day } = requireParts(iso);
  return `${String(day)} ${MONTH_NAMES[month - 1] ?? ''} ${String(year)}`;
}

/** 'Monday 23 November 2026'. Throws RangeError for an invalid date. */
export function formatLongDateWithWeekday(iso: IsoDate): string {
  const { dayNumber } = requireParts(iso);
  return `${WEEKDAY_NAMES[weekdayOf(dayNumber)] ?? ''} ${formatLongDate(iso)}`;
}
