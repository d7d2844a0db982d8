/** The pages' words for settings an organisation set by policy (lib/managed-wording.ts). */
import { describe, expect, it } from 'vitest';
import { parseManagedPolicy } from '../../lib/background/managed.ts';
import { isSetByOrganisation, managedNotice } from '../../lib/managed-wording.ts';

describe('managed notice', () => {
  it('names what the organisation sets, the contacts, and each value ignored', () => {
    const { view } = parseManagedPolicy({
      sector: 'dental',
      odsCode: 'V03462',
      hintsEnabled: false,
      reminderDaysAhead: 99,
      localDirectory: {
        format: 'nhsmail-companion-local-directory',
        formatVersion: 1,
        publisher: 'An ICB',
        published: '2026-12-01',
        contacts: [
          {
            name: 'Helpdesk',
            purpose: 'Help.',
            region: 'England',
            phone: '0333 200 1133',
            source: 'S004',
            reviewed: '2026-12-01',
          },
        ],
      },
    });
    expect(managedNotice(view)).toEqual({
      heading: 'Settings from your organisation',
      lines: [
        'Type of organisation, ODS code and Hints on NHSmail pages are set by your organisation and cannot be changed here.',
        'The local contacts come from your organisation.',
        "Your organisation's setting was not used. Tell your IT team: reminderDaysAhead was ignored: it must be a whole number from 1 to 21.",
      ],
    });
    expect(isSetByOrganisation(view, 'sector')).toBe(true);
    expect(isSetByOrganisation(view, 'remindersEnabled')).toBe(false);
  });

  it('one setting reads as one; no policy says nothing', () => {
    expect(managedNotice(parseManagedPolicy({ remindersEnabled: true }).view)?.lines).toEqual([
      'Account reminders is set by your organisation and cannot be changed here.',
    ]);
    expect(managedNotice(undefined)).toBe(undefined);
    expect(isSetByOrganisation(undefined, 'sector')).toBe(false);
  });
});
