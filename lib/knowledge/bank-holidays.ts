/**
 * England and Wales bank holidays, 2026 to 2028, for "the NAS is closed today" (NAS hours exclude bank holidays).
 * Source: https://www.gov.uk/bank-holidays. Outside the covered range the table says nothing: check
 * `isCoveredByBankHolidayTable` first.
 */
import type { BankHolidayTable, BankHolidayTableInput, DeepReadonly } from './schema.ts';

const BANK_HOLIDAY_DATA = {
  id: 'england-and-wales-2026-2028',
  region: 'england-and-wales',
  coversFrom: '2026-01-01',
  coversTo: '2028-12-31',
  holidays: [
    { date: '2026-01-01', name: "New Year's Day", substitute: false },
    { date: '2026-04-03', name: 'Good Friday', substitute: false },
    { date: '2026-04-06', name: 'Easter Monday', substitute: false },
    { date: '2026-05-04', name: 'Early May bank holiday', substitute: false },
    { date: '2026-05-25', name: 'Spring bank holiday', substitute: false },
    { date: '2026-08-31', name: 'Summer bank holiday', substitute: false },
    { date: '2026-12-25', name: 'Christmas Day', substitute: false },
    { date: '2026-12-28', name: 'Boxing Day (substitute day)', substitute: true },

    { date: '2027-01-01', name: "New Year's Day", substitute: false },
    { date: '2027-03-26', name: 'Good Friday', substitute: false },
    { date: '2027-03-29', name: 'Easter Monday', substitute: false },
    { date: '2027-05-03', name: 'Early May bank holiday', substitute: false },
    { date: '2027-05-31', name: 'Spring bank holiday', substitute: false },
    { date: '2027-08-30', name: 'Summer bank holiday', substitute: false },
    { date: '2027-12-27', name: 'Christmas Day (substitute day)', substitute: true },
    { date: '2027-12-28', name: 'Boxing Day (substitute day)', substitute: true },

    { date: '2028-01-03', name: "New Year's Day (substitute day)", substitute: true },
    { date: '2028-04-14', name: 'Good Friday', substitute: false },
    { date: '2028-04-17', name: 'Easter Monday', substitute: false },
    { date: '2028-05-01', name: 'Early May bank holiday', substitute: false },
    { date: '2028-05-29', name: 'Spring bank holiday', substitute: false },
    { date: '2028-08-28', name: 'Summer bank holiday', substitute: false },
    { date: '2028-12-25', name: 'Christmas Day', substitute: false },
    { date: '2028-12-26', name: 'Boxing Day', substitute: false },
  ],
  note: 'Later years may not be published yet; they follow the usual rules (Easter 2027 is 28 March, Easter 2028 is 16 April; weekend Christmas, Boxing Day and New Year dates move to the next weekday). One-off holidays announced later are not included. Check gov.uk when reviewing.',
  source: [{ ref: 'https://www.gov.uk/bank-holidays' }],
  reviewed: '2026-11-23',
} as const satisfies BankHolidayTableInput;

export type BankHolidayTableEntry = DeepReadonly<BankHolidayTable>;

export const BANK_HOLIDAYS_ENGLAND: BankHolidayTableEntry = BANK_HOLIDAY_DATA;

/** The first and last dates the table covers, inclusive. */
export const BANK_HOLIDAY_RANGE = {
  from: BANK_HOLIDAY_DATA.coversFrom,
  to: BANK_HOLIDAY_DATA.coversTo,
} as const;

const HOLIDAY_DATES: ReadonlySet<string> = new Set(BANK_HOLIDAY_DATA.holidays.map((holiday) => holiday.date));

/** True if the 'YYYY-MM-DD' date is inside the range the table covers. ISO dates compare as strings. */
export function isCoveredByBankHolidayTable(isoDate: string): boolean {
  return isoDate >= BANK_HOLIDAY_RANGE.from && isoDate <= BANK_HOLIDAY_RANGE.to;
}

/**
 * True if the 'YYYY-MM-DD' date is a bank holiday in England (and Wales).
 * Outside BANK_HOLIDAY_RANGE it returns false because the table does not know: check isCoveredByBankHolidayTable.
 */
export function isBankHolidayInEngland(isoDate: string): boolean {
  return HOLIDAY_DATES.has(isoDate);
}
