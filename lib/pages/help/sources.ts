/**
 * How a knowledge-base source and date are shown: seed documents by name (docs/sources.md "Seed provenance"),
 * web sources by address, partial dates in words.
 */
import { formatLongDate, MONTH_NAMES, parseIsoDate } from '../../dates.ts';

const SEED_NAMES: Readonly<Record<string, string>> = {
  S000: 'Rotherham and Barnsley LOC, "NHS email" page',
  S001: 'Buckinghamshire LOC, "NHS Mail" page',
  S002: 'NHS South West Collaborative Commissioning Hub, "Update to Procedure for Optometry NHS Mail Applications"',
  S003: '"NHSmail Guide for LOCs" (Norfolk LOC and LOCSU)',
  S004: 'NHSmail support site, "NHSmail FAQs for users managed by the National Administration Service"',
};

/** Each seed's own date, as docs/sources.md records it ("Seed provenance"). */
const SEED_DATES: Readonly<Record<string, string>> = {
  S000: 'undated, written after December 2022',
  S001: 'undated, written after December 2022',
  S002: 'undated, about mid-2024',
  S003: 'undated, probably 2024 or later',
  S004: 'updated 20 August 2021',
};

/** The source's own date where the register has one; web sources carry theirs in the entry's note. */
export function sourceDate(ref: string): string | undefined {
  return SEED_DATES[ref];
}

export function isWebSource(ref: string): boolean {
  return ref.startsWith('https://');
}

/** 'S001' → the seed's name; an https address stays as it is. */
export function sourceLabel(ref: string): string {
  return SEED_NAMES[ref] ?? ref;
}

/** '2022' → '2022', '2022-12' → 'December 2022', '2022-12-01' → '1 December 2022'; anything else as given. */
export function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTH_NAMES[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  return parseIsoDate(value) ? formatLongDate(value) : value;
}
