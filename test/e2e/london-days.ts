/**
 * London calendar days for the e2e tests, counted the way the product counts them (whole calendar days in
 * Europe/London, docs/decisions.md on dates). Subtracting n × 24 hours from now is not the same thing: across a
 * change of clocks, late in the evening, it lands on the day after, and a "51 days ago" test reads 50.
 */
/** The day in words as the product writes it, from Intl rather than the product's own month list. */
const WORDS = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

export interface LondonDay {
  day: number;
  month: number;
  year: number;
  /** As the product writes it, e.g. "12 October 2026". */
  words: string;
  /** YYYYMMDD, as an iCalendar DATE value. */
  basic: string;
}

function londonToday(now: number): { day: number; month: number; year: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(now));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { day: get('day'), month: get('month'), year: get('year') };
}

/** The London calendar day `daysAgo` days before today (negative: after). */
export function londonDay(daysAgo: number, now = Date.now()): LondonDay {
  const today = londonToday(now);
  const d = new Date(Date.UTC(today.year, today.month - 1, today.day - daysAgo));
  const [day, month, year] = [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
  return {
    day,
    month,
    year,
    words: WORDS.format(d),
    basic: d.toISOString().slice(0, 10).replaceAll('-', ''),
  };
}

/**
 * An instant on the London calendar day `daysAgo` days before today: noon UTC, which is 12:00 or 13:00 in London
 * and so always on that day. Today itself is `now`, so a sign-in "today" is never in the future.
 */
export function londonInstantDaysAgo(daysAgo: number, now = Date.now()): number {
  if (daysAgo === 0) return now;
  const d = londonDay(daysAgo, now);
  return Date.UTC(d.year, d.month - 1, d.day, 12);
}
