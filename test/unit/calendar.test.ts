/**
 * "Add to my calendar": the .ics text is parsed back with a small RFC 5545 reader written here (unfold, split
 * name;params:value, unescape), so the date, the line ends, the folding and the escaping are checked as a calendar
 * program would read them, not as substrings.
 */
import { describe, expect, it } from 'vitest';
import { calendarFileFor, calendarFileForAccount, escapeText, foldLine } from '../../lib/calendar.ts';
import { accountLifecycle } from '../../lib/lifecycle.ts';
import { DAY, NOW, THRESHOLDS } from './helpers.ts';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Undoes folding (CRLF followed by one space or tab) and splits each content line. */
function parseIcs(text: string): Property[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    return {
      name: name!,
      params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
      value: line.slice(colon + 1),
    };
  });
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The properties of the first component called `name`, keyed by property name. */
function component(props: Property[], name: string): Map<string, Property> {
  const start = props.findIndex((p) => p.name === 'BEGIN' && p.value === name);
  const end = props.findIndex((p, i) => i > start && p.name === 'END' && p.value === name);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  // Only the component's own properties: a nested component (the alarm inside the event) is skipped.
  const own = new Map<string, Property>();
  let depth = 0;
  for (const p of props.slice(start + 1, end)) {
    if (p.name === 'BEGIN') depth++;
    else if (p.name === 'END') depth--;
    else if (depth === 0) own.set(p.name, p);
  }
  return own;
}

const account = 'jo.bloggs@nhs.net';
/** Last seen 10 days before NOW (23 November 2026): inactive on 13 December, so the last safe day is 12 December. */
const seenTenDaysAgo = { account, status: accountLifecycle(NOW - 10 * DAY, NOW, THRESHOLDS) };

describe('the calendar file', () => {
  const file = calendarFileForAccount(seenTenDaysAgo, NOW)!;
  const props = parseIcs(file.text);
  const event = component(props, 'VEVENT');

  it('puts an all-day event on the last safe day before the account becomes inactive', () => {
    expect(file.date).toBe('2026-12-12');
    expect(file.fileName).toBe('nhsmail-deadline-2026-12-12.ics');
    expect(event.get('DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261212' });
    expect(event.get('DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20261213' });
  });

  it('has the calendar and event properties RFC 5545 requires', () => {
    const calendar = new Map(props.map((p) => [p.name, p.value]));
    expect(calendar.get('VERSION')).toBe('2.0');
    expect(calendar.get('PRODID')).toBe('-//NHSmail Companion//Deadline calendar 1//EN');
    expect(event.get('DTSTAMP')?.value).toBe('20261123T100000Z');
    expect(event.get('UID')?.value).toMatch(/^nhsc-inactive-20261213-[0-9a-f]{8}$/);
    expect(props[0]).toEqual({ name: 'BEGIN', params: {}, value: 'VCALENDAR' });
    expect(props.at(-1)).toEqual({ name: 'END', params: {}, value: 'VCALENDAR' });
  });

  it('ends every line with CRLF and never uses a bare CR or LF', () => {
    expect(file.text.endsWith('\r\n')).toBe(true);
    expect(file.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds long lines at 75 octets, and unfolding gives the words back', () => {
    const physical = file.text.split('\r\n').slice(0, -1);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // The description is long enough to need folding.
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    expect(unescapeText(event.get('DESCRIPTION')!.value)).toBe(
      'Your NHSmail account (jo.bloggs@nhs.net) becomes inactive on 13 December 2026 if it is not used. Sign in to the NHSmail portal (https://portal.nhs.net), use Outlook or Teams, or send an email by today. This date counts from the last sign-in NHSmail Companion saw, on 13 November 2026. If you have used NHSmail since, in Outlook, Teams or by sending an email, your real deadline is later. Independent tool, not provided by NHS England.',
    );
    expect(unescapeText(event.get('SUMMARY')!.value)).toBe('Sign in to NHSmail today to keep your account active');
  });

  it('escapes commas in the text as RFC 5545 requires', () => {
    const raw = event.get('DESCRIPTION')!.value;
    expect(raw).toContain('Outlook\\, Teams');
    expect(raw).not.toMatch(/[^\\],/);
  });

  it('reminds three days before with a display alarm', () => {
    const alarm = component(props, 'VALARM');
    expect(alarm.get('ACTION')?.value).toBe('DISPLAY');
    expect(alarm.get('TRIGGER')).toEqual({ name: 'TRIGGER', params: { RELATED: 'START' }, value: '-P3D' });
  });

  it('names nobody when the address was never seen', () => {
    const unnamed = calendarFileForAccount({ ...seenTenDaysAgo, account: '' }, NOW)!;
    expect(unnamed.text).not.toContain('@');
    expect(unescapeText(component(parseIcs(unnamed.text), 'VEVENT').get('DESCRIPTION')!.value)).toMatch(
      /^Your NHSmail account becomes inactive on 13 December 2026 if/,
    );
  });
});

describe('which deadline', () => {
  it('after the account went inactive: the last day before deletion', () => {
    const file = calendarFileForAccount({ account, status: accountLifecycle(NOW - 40 * DAY, NOW, THRESHOLDS) }, NOW)!;
    // Last seen 14 October 2026: deleted on 13 December, so the last day is 12 December.
    expect(file.date).toBe('2026-12-12');
    const event = component(parseIcs(file.text), 'VEVENT');
    expect(unescapeText(event.get('SUMMARY')!.value)).toBe('Last day to use NHSmail before the account is deleted');
    expect(event.get('UID')?.value).toMatch(/^nhsc-deleted-20261213-/);
  });

  it('after deletion: the last day it can be restored', () => {
    const file = calendarFileForAccount({ account, status: accountLifecycle(NOW - 75 * DAY, NOW, THRESHOLDS) }, NOW)!;
    // Last seen 9 September 2026: gone on 8 December, so the last day to restore is 7 December.
    expect(file.date).toBe('2026-12-07');
    expect(unescapeText(component(parseIcs(file.text), 'VEVENT').get('SUMMARY')!.value)).toBe(
      'Last day to restore your NHSmail account',
    );
  });

  it('the day before a deadline: the event is today', () => {
    const file = calendarFileForAccount({ account, status: accountLifecycle(NOW - 29 * DAY, NOW, THRESHOLDS) }, NOW)!;
    expect(file.date).toBe('2026-11-23');
  });

  it('nothing when there is no deadline to trust: unknown, gone, or the clock behind the record', () => {
    expect(calendarFileForAccount({ account, status: accountLifecycle(undefined, NOW, THRESHOLDS) }, NOW)).toBe(
      undefined,
    );
    expect(calendarFileForAccount({ account, status: accountLifecycle(NOW - 95 * DAY, NOW, THRESHOLDS) }, NOW)).toBe(
      undefined,
    );
    expect(calendarFileForAccount({ account, status: accountLifecycle(NOW + DAY, NOW, THRESHOLDS) }, NOW)).toBe(
      undefined,
    );
  });

  it('from a status view: the account whose deadline comes first', () => {
    const view = {
      now: NOW,
      accounts: [
        { account: 'a@nhs.net', status: accountLifecycle(NOW - 2 * DAY, NOW, THRESHOLDS) },
        { account: 'b@nhs.net', status: accountLifecycle(NOW - 20 * DAY, NOW, THRESHOLDS) },
        { account: 'c@nhs.net', status: accountLifecycle(undefined, NOW, THRESHOLDS) },
      ],
    };
    expect(calendarFileFor(view)).toMatchObject({ account: 'b@nhs.net', date: '2026-12-02' });
    expect(calendarFileFor({ now: NOW, accounts: [] })).toBe(undefined);
  });
});

describe('the RFC 5545 helpers', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds by octets and never splits a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded[0]).toBe(`DESCRIPTION:${'é'.repeat(31)}`);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });
});
