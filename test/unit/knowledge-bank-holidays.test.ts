/**
 * The bank-holiday table matches the England and Wales rules, computed independently here.
 */
import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAYS_ENGLAND,
  BANK_HOLIDAY_RANGE,
  isBankHolidayInEngland,
  isCoveredByBankHolidayTable,
} from '../../lib/knowledge/index.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

function firstMonday(year: number, month: number): Date {
  let d = utc(year, month, 1);
  while (d.getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}

function lastMonday(year: number, month: number): Date {
  let d = addDays(utc(year, month + 1, 1), -1);
  while (d.getUTCDay() !== 1) d = addDays(d, -1);
  return d;
}

/** England and Wales rules without one-off holidays. */
function expectedHolidays(year: number): string[] {
  const newYear = utc(year, 1, 1);
  const newYearObserved =
    newYear.getUTCDay() === 6 ? addDays(newYear, 2) : newYear.getUTCDay() === 0 ? addDays(newYear, 1) : newYear;
  const christmas = utc(year, 12, 25);
  // Christmas on Saturday: 27th and 28th; on Sunday: 26th (Boxing Day) and 27th; on Friday: Boxing Day moves to the 28th.
  const christmasDays: Record<number, [number, number]> = { 0: [26, 27], 5: [25, 28], 6: [27, 28] };
  const [xmas, boxing] = christmasDays[christmas.getUTCDay()] ?? [25, 26];
  const sunday = easter(year);
  return [
    iso(newYearObserved),
    iso(addDays(sunday, -2)),
    iso(addDays(sunday, 1)),
    iso(firstMonday(year, 5)),
    iso(lastMonday(year, 5)),
    iso(lastMonday(year, 8)),
    iso(utc(year, 12, xmas)),
    iso(utc(year, 12, boxing)),
  ];
}

describe('England and Wales bank holidays', () => {
  const dates = BANK_HOLIDAYS_ENGLAND.holidays.map((h) => h.date);

  it('uses the Easter dates the brief gives', () => {
    expect(iso(easter(2026))).toBe('2026-04-05');
    expect(iso(easter(2027))).toBe('2027-03-28');
    expect(iso(easter(2028))).toBe('2028-04-16');
  });

  it.each([2026, 2027, 2028])('%i matches the rules', (year) => {
    expect(dates.filter((d) => d.startsWith(`${year}-`))).toEqual(expectedHolidays(year));
  });

  it('includes Christmas 2026 and the Boxing Day substitute on 28 December 2026', () => {
    expect(isBankHolidayInEngland('2026-12-25')).toBe(true);
    expect(isBankHolidayInEngland('2026-12-28')).toBe(true);
    expect(isBankHolidayInEngland('2026-12-26')).toBe(false);
    expect(isBankHolidayInEngland('2026-11-23')).toBe(false);
  });

  it('falls only on weekdays, with substitutes flagged', () => {
    for (const holiday of BANK_HOLIDAYS_ENGLAND.holidays) {
      const day = new Date(`${holiday.date}T12:00:00Z`).getUTCDay();
      expect(day, holiday.date).toBeGreaterThanOrEqual(1);
      expect(day, holiday.date).toBeLessThanOrEqual(5);
      expect(holiday.name.includes('substitute'), holiday.date).toBe(holiday.substitute);
    }
  });

  it('says which dates it covers', () => {
    expect(BANK_HOLIDAY_RANGE).toEqual({ from: '2026-01-01', to: '2028-12-31' });
    expect(isCoveredByBankHolidayTable('2026-01-01')).toBe(true);
    expect(isCoveredByBankHolidayTable('2028-12-31')).toBe(true);
    expect(isCoveredByBankHolidayTable('2025-12-31')).toBe(false);
    expect(isCoveredByBankHolidayTable('2029-01-01')).toBe(false);
    expect(isBankHolidayInEngland('2029-01-01')).toBe(false);
  });

  it('cites gov.uk', () => {
    expect(BANK_HOLIDAYS_ENGLAND.source.map((s) => s.ref)).toEqual(['https://www.gov.uk/bank-holidays']);
  });
});
