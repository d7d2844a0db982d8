/** The NHS.UK date input's rules (lib/pages/kit/date-parts.ts) and the links between pages (lib/pages/help/links.ts). */
import { describe, expect, it } from 'vitest';
import { checkDateParts } from '../../lib/pages/kit/date-parts.ts';
import { requestEmailLink, requestFromSearch } from '../../lib/pages/help/links.ts';

const RULES = { today: '2026-11-23', earliest: '2020-01-01', emptyMessage: 'Enter the date you last used NHSmail' };
const check = (day: string, month: string, year: string) => checkDateParts({ day, month, year }, RULES);

describe('date parts', () => {
  it.each([
    [['5', '10', '2026'], '2026-10-05'],
    [[' 05 ', '10', '2026'], '2026-10-05'],
    [['29', '2', '2024'], '2024-02-29'],
    [['23', '11', '2026'], '2026-11-23'],
    [['1', '1', '2020'], '2020-01-01'],
  ])('%j is %s', (parts, iso) => {
    expect(check(...(parts as [string, string, string]))).toEqual({ ok: true, iso });
  });

  it.each([
    [['', '', ''], 'Enter the date you last used NHSmail', ['day', 'month', 'year']],
    [['5', '', '2026'], 'Date must include a month', ['month']],
    [['', '', '2026'], 'Date must include a day and month', ['day', 'month']],
    [['5', '10', ''], 'Date must include a year', ['year']],
    [['5', 'Oct', '2026'], 'Date must be a real date', ['month']],
    [['31', '2', '2026'], 'Date must be a real date', ['day']],
    [['29', '2', '2026'], 'Date must be a real date', ['day']],
    [['5', '13', '2026'], 'Date must be a real date', ['month']],
    [['5', '10', '26'], 'Year must include 4 numbers', ['year']],
    [['24', '11', '2026'], 'Date must be today or in the past', ['day', 'month', 'year']],
    [['31', '12', '2019'], 'Date must be in 2020 or later', ['year']],
  ])('%j: "%s", marking %j', (parts, message, marked) => {
    expect(check(...(parts as [string, string, string]))).toEqual({ ok: false, message, parts: marked });
  });
});

describe('links between pages', () => {
  it('a request email link round-trips its template and prefill', () => {
    const link = requestEmailLink('restore-account', { nhsmailAddress: 'jo.bloggs@nhs.net', restoreBy: '2026-12-08' });
    expect(link).toBe('help.html?template=restore-account&address=jo.bloggs%40nhs.net&by=2026-12-08#request-templates');
    expect(requestFromSearch(link.slice('help.html'.length, link.indexOf('#')))).toEqual({
      template: 'restore-account',
      prefill: { nhsmailAddress: 'jo.bloggs@nhs.net', restoreBy: '2026-12-08' },
    });
  });

  it('ignores an unknown template and malformed prefill', () => {
    expect(requestFromSearch('?template=steal')).toBeUndefined();
    expect(requestFromSearch('?template=add-user&address=<b>@evil.com&by=tomorrow')).toEqual({
      template: 'add-user',
      prefill: {},
    });
  });
});
