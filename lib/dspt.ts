/**
 * The Data Security and Protection Toolkit (DSPT) beyond registration: a link to the organisation's published status
 * for a saved ODS code, and when the once-a-year renewal reminder is due.
 *
 * Facts: docs/sources.md §4.2 (published again every year by 30 June; a publication lapses if it is not renewed),
 * §4.1 (failing to keep a DSPT may lead to suspension or deletion of NHSmail accounts), §4.3 (the public search and
 * one organisation's page `https://www.dsptoolkit.nhs.uk/OrganisationSearch/<ODS code>`). Reviewed 2026-12-01.
 *
 * Honest about what we know: the extension never reads the DSPT site (its page's markup was never captured, and we
 * make no network requests), so it cannot tell whether an organisation has published. It can only point there.
 */
import { addDays, londonIsoDate, type IsoDate } from './dates.ts';
import { dsptOrganisationUrl } from './knowledge/contacts.ts';

/** The yearly deadline: 30 June (docs/sources.md §4.2). */
export const DSPT_DEADLINE_MONTH_DAY = '06-30';
/** The reminder comes this many weeks before the deadline: time to finish an assessment, not a last-minute alarm. */
export const DSPT_REMINDER_WEEKS_BEFORE = 6;

const ODS = /^[A-Z0-9]{1,9}$/;

/** The public search, by name or ODS code, for when no code is saved (docs/sources.md §4.3). */
export const DSPT_SEARCH_URL = 'https://www.dsptoolkit.nhs.uk/OrganisationSearch';

/** The settings switch and what it promises, for the Settings page. */
export const DSPT_REMINDER_WORDS = {
  label: 'Remind me about the DSPT every year',
  hint: 'A reminder six weeks before 30 June, once a year, to publish your Data Security and Protection Toolkit again. NHSmail Companion cannot see whether you have published it.',
} as const;

export interface DsptLink {
  /** The organisation's page on the DSPT site, found by its ODS code. */
  url: string;
  /** The ODS code the link searches for, upper case. */
  odsCode: string;
  /** Link text for the pages. */
  text: string;
  /** What to say beside the link: we cannot see the status ourselves. */
  note: string;
}

/** The published-status link for a saved ODS code; undefined when there is no usable code. */
export function dsptStatusLink(odsCode: string | undefined | null): DsptLink | undefined {
  const code = typeof odsCode === 'string' ? odsCode.trim().toUpperCase() : '';
  if (!ODS.test(code)) return undefined;
  return {
    url: dsptOrganisationUrl(code),
    odsCode: code,
    text: `Check the published DSPT status for ${code}`,
    note: 'Opens the DSPT website. NHSmail Companion cannot see your DSPT status itself.',
  };
}

/** The next 30 June on or after `today` (London calendar days). */
export function nextDsptDeadline(today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  const thisYear = `${String(year)}-${DSPT_DEADLINE_MONTH_DAY}`;
  return today <= thisYear ? thisYear : `${String(year + 1)}-${DSPT_DEADLINE_MONTH_DAY}`;
}

export interface DsptReminderDue {
  /** The deadline year; the reminder for it is sent once. */
  year: number;
  deadline: IsoDate;
}

/**
 * Whether this year's reminder is due now: from six weeks before 30 June up to 30 June itself, if it was not sent for
 * this year already and the person turned it on. A wake at any time in those six weeks sends it, so a worker restart
 * neither repeats it (the year is stored) nor skips it (every wake checks).
 */
export function dsptReminderDue(
  nowMs: number,
  options: { enabled: boolean; sentYears: readonly number[] },
): DsptReminderDue | undefined {
  if (!options.enabled || !Number.isFinite(nowMs)) return undefined;
  const today = londonIsoDate(nowMs);
  const year = Number(today.slice(0, 4));
  const deadline = `${String(year)}-${DSPT_DEADLINE_MONTH_DAY}`;
  const from = addDays(deadline, -7 * DSPT_REMINDER_WEEKS_BEFORE);
  if (today < from || today > deadline) return undefined;
  if (options.sentYears.includes(year)) return undefined;
  return { year, deadline };
}
