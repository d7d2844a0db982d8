/** Opening hours in Europe/London: weekends, 9am and 5pm boundaries, bank holidays, both clock changes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeHours,
  formatClock,
  openingLine,
  openingState,
  type ContactHours,
} from '../../lib/pages/help/hours.ts';
import { contactById } from '../../lib/knowledge/contacts.ts';

const NAS: ContactHours = { kind: 'weekdays', open: '09:00', close: '17:00', excludesBankHolidays: true };
const NHSBSA: ContactHours = { kind: 'weekdays', open: '08:00', close: '16:30', excludesBankHolidays: 'unknown' };

/** An instant given as London wall-clock time in GMT (winter) or BST (summer). */
function gmt(y: number, m: number, d: number, h: number, min = 0): number {
  return Date.UTC(y, m - 1, d, h, min);
}
function bst(y: number, m: number, d: number, h: number, min = 0): number {
  return Date.UTC(y, m - 1, d, h - 1, min);
}
const line = (hours: ContactHours, at: number) => openingLine(openingState(hours, at));

describe('NAS, 9am to 5pm Monday to Friday except bank holidays', () => {
  it.each([
    ['Monday 10:00', gmt(2026, 11, 23, 10), 'Open now, until 5pm'],
    ['Monday 08:59', gmt(2026, 11, 23, 8, 59), 'Closed — opens today at 9am'],
    ['Monday 09:00 exactly', gmt(2026, 11, 23, 9), 'Open now, until 5pm'],
    ['Monday 16:59', gmt(2026, 11, 23, 16, 59), 'Open now, until 5pm'],
    ['Monday 17:00 exactly', gmt(2026, 11, 23, 17), 'Closed — opens Tuesday 9am'],
    ['Monday 00:00', gmt(2026, 11, 23, 0), 'Closed — opens today at 9am'],
    ['Friday 17:00', gmt(2026, 11, 27, 17), 'Closed — opens Monday 9am'],
    ['Saturday noon', gmt(2026, 11, 28, 12), 'Closed — opens Monday 9am'],
    ['Sunday 23:59', gmt(2026, 11, 29, 23, 59), 'Closed — opens Monday 9am'],
  ])('%s', (_name, at, expected) => {
    expect(line(NAS, at)).toBe(expected);
  });

  it('Christmas Day 2026 (a Friday): closed, and the substitute Boxing Day on Monday too', () => {
    expect(line(NAS, gmt(2026, 12, 25, 10))).toBe('Closed for Christmas Day — opens Tuesday 9am');
    expect(line(NAS, gmt(2026, 12, 24, 17, 30))).toBe('Closed — opens Tuesday 9am');
    expect(line(NAS, gmt(2026, 12, 28, 11))).toBe('Closed for Boxing Day (substitute day) — opens Tuesday 9am');
  });

  it('Christmas 2027: two substitute days after the weekend', () => {
    expect(line(NAS, gmt(2027, 12, 24, 17))).toBe('Closed — opens Wednesday 9am');
  });

  it('Easter 2026: Good Friday and Easter Monday closed', () => {
    expect(line(NAS, bst(2026, 4, 3, 10))).toBe('Closed for Good Friday — opens Tuesday 9am');
    expect(line(NAS, bst(2026, 4, 6, 10))).toBe('Closed for Easter Monday — opens Tuesday 9am');
    expect(line(NAS, bst(2026, 4, 7, 10))).toBe('Open now, until 5pm');
  });

  it('New Year 2028: the substitute Monday', () => {
    expect(line(NAS, gmt(2027, 12, 31, 17))).toBe('Closed — opens Tuesday 9am');
  });

  it('spring clock change (29 March 2026): 9am BST is 08:00 UTC', () => {
    expect(line(NAS, bst(2026, 3, 30, 8, 59))).toBe('Closed — opens today at 9am');
    expect(line(NAS, bst(2026, 3, 30, 9))).toBe('Open now, until 5pm');
    expect(line(NAS, bst(2026, 3, 30, 17))).toBe('Closed — opens Tuesday 9am');
    // 08:30 UTC would be "closed" if we forgot the hour.
    expect(line(NAS, Date.UTC(2026, 2, 30, 8, 30))).toBe('Open now, until 5pm');
  });

  it('autumn clock change (25 October 2026): 9am GMT is 09:00 UTC again', () => {
    expect(line(NAS, gmt(2026, 10, 26, 8, 59))).toBe('Closed — opens today at 9am');
    expect(line(NAS, gmt(2026, 10, 26, 9))).toBe('Open now, until 5pm');
    expect(line(NAS, bst(2026, 10, 23, 16, 59))).toBe('Open now, until 5pm');
    expect(line(NAS, bst(2026, 10, 23, 17))).toBe('Closed — opens Monday 9am');
  });

  it('outside the bank-holiday table it still answers but says bank holidays were not checked', () => {
    const state = openingState(NAS, gmt(2029, 1, 1, 10));
    expect(state).toMatchObject({ kind: 'open', bankHolidaysUnchecked: true });
    expect(openingState(NAS, gmt(2026, 11, 23, 10))).toMatchObject({ kind: 'open', bankHolidaysUnchecked: false });
  });

  it('the real NAS contact uses these hours', () => {
    expect(contactById('nas-helpdesk').hours).toEqual(NAS);
    expect(describeHours(NAS)).toBe('9am to 5pm, Monday to Friday, except bank holidays');
  });
});

describe('other hours', () => {
  it('the helpdesk is always open', () => {
    const helpdesk = contactById('nhsmail-helpdesk').hours;
    expect(line(helpdesk, gmt(2026, 12, 25, 3))).toBe('Open now, 24 hours a day');
    expect(describeHours(helpdesk)).toBe('24 hours a day, every day');
  });

  it('half hours, and bank holidays the source does not mention', () => {
    expect(line(NHSBSA, gmt(2026, 11, 23, 16, 29))).toBe('Open now, until 4:30pm');
    expect(line(NHSBSA, gmt(2026, 11, 23, 16, 30))).toBe('Closed — opens Tuesday 8am');
    expect(openingState(NHSBSA, gmt(2026, 12, 25, 10))).toMatchObject({ kind: 'open', bankHolidaysUnchecked: true });
    expect(describeHours(NHSBSA)).toBe(
      '8am to 4:30pm, Monday to Friday. The source does not say whether it opens on bank holidays.',
    );
  });

  it('unknown hours stay unknown', () => {
    expect(openingState({ kind: 'unknown' }, gmt(2026, 11, 23, 10))).toEqual({ kind: 'unknown' });
    expect(describeHours({ kind: 'unknown' })).toBe('Opening hours not known');
  });

  it('formats clock times the way people say them', () => {
    expect(['09:00', '17:00', '16:30', '12:00', '00:00', '08:05'].map(formatClock)).toEqual([
      '9am',
      '5pm',
      '4:30pm',
      '12pm',
      '12am',
      '8:05am',
    ]);
  });

  it('never throws, whatever the instant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.constant(8.64e15 + 1)), (at) => {
        const state = openingState(NAS, at);
        expect(typeof openingLine(state)).toBe('string');
      }),
    );
  });
});
