import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDaysBetween,
  dayNumberToIso,
  formatLongDate,
  formatLongDateWithWeekday,
  isoToDayNumber,
  isValidInstant,
  londonDayNumber,
  londonIsoDate,
  londonTimeParts,
  parseIsoDate,
} from '../../lib/dates.ts';

// docs/decisions.md check 11: the same answers whatever the machine's zone. Node re-reads process.env.TZ at runtime for
// Date's local getters, so switching it here would expose any local-time dependency in the code under test.
const ZONES = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'] as const;
// Date#getTimezoneOffset on 15 January 2026 in each zone: proves the switch took effect, so the test is not vacuous.
const JANUARY_OFFSET: Record<(typeof ZONES)[number], number> = {
  UTC: 0,
  'Europe/London': 0,
  'America/Los_Angeles': 480,
  'Asia/Kolkata': -330,
  'Pacific/Chatham': -825,
};

const at = (isoWithOffset: string): number => {
  const ms = Date.parse(isoWithOffset);
  if (Number.isNaN(ms)) throw new Error(`bad fixture ${isoWithOffset}`);
  return ms;
};

// The smallest and largest instants whose London date is inside 0000-01-01 … 9999-12-31, with a day's margin.
const MIN_INSTANT = new Date(0).setUTCFullYear(0, 0, 2);
const MAX_INSTANT = Date.UTC(9999, 11, 30);

describe.each(ZONES)('dates with process TZ=%s', (zone) => {
  const previous = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it('runs in the requested zone', () => {
    expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(JANUARY_OFFSET[zone]);
  });

  it('puts London midnight in the right place in winter (GMT) and summer (BST)', () => {
    expect(londonIsoDate(at('2026-01-15T23:59:00Z'))).toBe('2026-01-15');
    expect(londonIsoDate(at('2026-01-16T00:01:00Z'))).toBe('2026-01-16');
    // 23:59 and 00:01 London in BST are 22:59 and 23:01 UTC.
    expect(londonIsoDate(at('2026-07-15T22:59:00Z'))).toBe('2026-07-15');
    expect(londonIsoDate(at('2026-07-15T23:01:00Z'))).toBe('2026-07-16');
  });

  it('counts calendar days across the spring clock change, where a 24-hour count is a day short', () => {
    const from = at('2026-03-01T00:30:00+00:00');
    const to = at('2026-03-31T00:10:00+01:00');
    expect(calendarDaysBetween(from, to)).toBe(30);
    // The bug decision 6 exists to avoid: only 29 whole 24-hour periods have elapsed.
    expect(Math.floor((to - from) / 86_400_000)).toBe(29);
  });

  it('counts calendar days across the autumn clock change', () => {
    const from = at('2026-10-01T23:59:00+01:00');
    expect(calendarDaysBetween(from, at('2026-10-31T00:01:00+00:00'))).toBe(30);
    expect(calendarDaysBetween(from, at('2026-10-30T23:59:00+00:00'))).toBe(29);
    // 25 hours in the day of the change still make one calendar day.
    expect(calendarDaysBetween(at('2026-10-25T00:00:00+01:00'), at('2026-10-25T23:59:00+00:00'))).toBe(0);
  });

  it('reads London wall-clock time through both clock changes', () => {
    expect(londonTimeParts(at('2026-03-29T00:59:00Z'))).toEqual({
      isoDate: '2026-03-29',
      weekday: 0,
      hour: 0,
      minute: 59,
    });
    expect(londonTimeParts(at('2026-03-29T01:00:00Z'))).toEqual({
      isoDate: '2026-03-29',
      weekday: 0,
      hour: 2,
      minute: 0,
    });
    expect(londonTimeParts(at('2026-10-25T00:30:00Z'))).toMatchObject({ hour: 1, minute: 30 });
    expect(londonTimeParts(at('2026-10-25T01:30:00Z'))).toMatchObject({ hour: 1, minute: 30 });
    expect(londonTimeParts(at('2026-11-23T09:05:00Z'))).toEqual({
      isoDate: '2026-11-23',
      weekday: 1,
      hour: 9,
      minute: 5,
    });
    expect(londonTimeParts(at('2026-07-15T23:30:00Z'))).toEqual({
      isoDate: '2026-07-16',
      weekday: 4,
      hour: 0,
      minute: 30,
    });
  });

  it('formats from the date fields, not from a local-time Date', () => {
    expect(formatLongDate('2026-11-23')).toBe('23 November 2026');
    expect(formatLongDate('2026-03-01')).toBe('1 March 2026');
    expect(formatLongDateWithWeekday('2026-11-23')).toBe('Monday 23 November 2026');
    expect(formatLongDateWithWeekday('1970-01-01')).toBe('Thursday 1 January 1970');
  });
});

describe('day numbers', () => {
  it('anchors at the Unix epoch', () => {
    expect(isoToDayNumber('1970-01-01')).toBe(0);
    expect(isoToDayNumber('1969-12-31')).toBe(-1);
    expect(isoToDayNumber('2000-03-01')).toBe(11017);
    expect(dayNumberToIso(0)).toBe('1970-01-01');
    expect(dayNumberToIso(20415)).toBe('2025-11-23');
  });

  it('matches Date.UTC arithmetic over the whole supported range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const reference = new Date(0);
          // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
          reference.setUTCFullYear(y, m - 1, d);
          const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isoToDayNumber(iso)).toBe(reference.getTime() / 86_400_000);
        },
      ),
    );
  });

  it('round-trips day number → ISO → day number', () => {
    const min = isoToDayNumber('0000-01-01');
    const max = isoToDayNumber('9999-12-31');
    fc.assert(
      fc.property(fc.integer({ min, max }), (n) => {
        const iso = dayNumberToIso(n);
        expect(parseIsoDate(iso)).toBe(iso);
        expect(isoToDayNumber(iso)).toBe(n);
      }),
    );
  });

  it('adds days across month, year and leap boundaries', () => {
    expect(addDays('2026-03-01', 30)).toBe('2026-03-31');
    expect(addDays('2026-03-01', 60)).toBe('2026-04-30');
    expect(addDays('2026-03-01', 90)).toBe('2026-05-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('parseIsoDate', () => {
  it('accepts real dates only', () => {
    expect(parseIsoDate('2026-11-23')).toBe('2026-11-23');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    for (const bad of [
      '2026-02-30',
      '2025-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
    ]) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
  });

  it('is strict about shape', () => {
    for (const bad of [
      '2026-1-1',
      ' 2026-01-01',
      '2026-01-01 ',
      '2026-01-01T00:00',
      '26-01-01',
      '+002026-01-01',
      '２０２６-01-01',
      '2026/01/01',
      '',
    ]) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
    for (const bad of [undefined, null, 20260101, new Date(), ['2026-01-01'], { toString: () => '2026-01-01' }]) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
  });

  it('never throws and only returns its input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)), (input) => {
        const result = parseIsoDate(input);
        expect(result === undefined || result === input).toBe(true);
      }),
    );
  });

  it('has formatLongDate stable for any round-tripped date', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), (input) => {
        const iso = parseIsoDate(input);
        if (iso === undefined) return;
        const again = dayNumberToIso(isoToDayNumber(iso));
        expect(again).toBe(iso);
        expect(formatLongDate(again)).toBe(formatLongDate(iso));
        expect(formatLongDate(iso)).toMatch(/^[1-9]\d? [A-Z][a-z]+ \d{1,4}$/);
      }),
    );
  });
});

describe('instants', () => {
  it('never lets the London date stray more than a day from the UTC date, and never goes backwards', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT }),
        fc.integer({ min: 0, max: 400 * 86_400_000 }),
        (a, gap) => {
          const utcDay = Math.floor(a / 86_400_000);
          expect(Math.abs(londonDayNumber(a) - utcDay)).toBeLessThanOrEqual(1);
          const b = Math.min(a + gap, MAX_INSTANT);
          expect(londonDayNumber(b)).toBeGreaterThanOrEqual(londonDayNumber(a));
          expect(londonIsoDate(a)).toBe(dayNumberToIso(londonDayNumber(a)));
        },
      ),
    );
  });

  it('handles the edges of history', () => {
    // 1 BC is year 0000; Intl reports it as "1 BC".
    expect(londonIsoDate(at('0000-12-31T12:00:00Z'))).toBe('0000-12-31');
    expect(londonIsoDate(at('0001-01-01T12:00:00Z'))).toBe('0001-01-01');
    expect(londonIsoDate(at('9999-12-31T12:00:00Z'))).toBe('9999-12-31');
  });
});

describe('invalid input, per the documented policy', () => {
  const junk: unknown[] = [
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    8.64e15,
    -8.64e15,
    1e300,
    undefined,
    null,
    '0',
    {},
  ];

  it('number-returning functions give NaN and never throw', () => {
    for (const value of junk) {
      expect(londonDayNumber(value as number)).toBeNaN();
      expect(calendarDaysBetween(value as number, 0)).toBeNaN();
      expect(calendarDaysBetween(0, value as number)).toBeNaN();
      expect(isoToDayNumber(value as string)).toBeNaN();
      expect(isValidInstant(value)).toBe(false);
    }
    expect(isoToDayNumber('2026-02-30')).toBeNaN();
  });

  it('string-returning functions throw RangeError', () => {
    for (const value of junk) {
      expect(() => londonIsoDate(value as number)).toThrow(RangeError);
      expect(() => londonTimeParts(value as number)).toThrow(RangeError);
      expect(() => dayNumberToIso(value as number)).toThrow(RangeError);
    }
    expect(() => dayNumberToIso(0.5)).toThrow(RangeError);
    expect(() => dayNumberToIso(isoToDayNumber('9999-12-31') + 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => formatLongDate('23/11/2026')).toThrow(RangeError);
    expect(() => formatLongDateWithWeekday('2026-02-30')).toThrow(RangeError);
  });

  it('never throws from the total functions on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.anything()), (value) => {
        isValidInstant(value);
        londonDayNumber(value as number);
        calendarDaysBetween(value as number, value as number);
        isoToDayNumber(value as string);
        parseIsoDate(value);
      }),
    );
  });
});
