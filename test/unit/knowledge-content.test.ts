/**
 * Spot checks that the knowledge base says what docs/sources.md says, and that its helpers behave.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KINDS,
  CHECKLIST_STEPS,
  CONTACTS,
  INACTIVITY_POLICIES,
  INACTIVITY_POLICY,
  MFA_TIMELINE,
  NEEDS,
  NEED_IDS,
  PASSWORD_POLICY,
  RESTORE_ROUTE,
  RESTRICTED_PASSWORD_POLICY,
  SECTORS,
  checklistForSector,
  contactById,
  contactsFor,
  dsptOrganisationUrl,
  needById,
  sectorById,
} from '../../lib/knowledge/index.ts';

describe('sectors and ODS patterns', () => {
  const junk = ['', ' ', 'abc', '!!!!!', 'FVR79 ', 'fvr79', 'ABCDEFGHIJK', 'A-B-C', 'V0346_', 'V03462\n'];

  it.each(SECTORS.map((s) => [s.id, s] as const))(
    '%s: pattern is anchored and upper-case, and accepts its example',
    (_id, sector) => {
      const pattern = new RegExp(sector.ods.pattern);
      expect(sector.ods.pattern.startsWith('^') && sector.ods.pattern.endsWith('$')).toBe(true);
      if (sector.ods.example !== null) expect(pattern.test(sector.ods.example)).toBe(true);
      for (const value of junk) expect(pattern.test(value), JSON.stringify(value)).toBe(false);
    },
  );

  it('tells the sector formats apart', () => {
    const test = (id: string, code: string) => new RegExp(sectorById(id)?.ods.pattern ?? '$^').test(code);
    expect(test('pharmacy', 'FVR79')).toBe(true);
    expect(test('pharmacy', 'V03462')).toBe(false);
    expect(test('dental', 'V03462')).toBe(true);
    expect(test('dental', 'V003462')).toBe(false); // NHS Dental Services 7-character form: drop the 0
    expect(test('dental', 'VLAXL')).toBe(false);
    expect(test('social-care', 'VLAXL')).toBe(true);
    expect(test('social-care', 'A1234')).toBe(false); // headquarters code
    expect(test('gp-locum', 'H85037')).toBe(true);
    expect(test('gp-locum', 'G3472185')).toBe(false);
    expect(test('optometry', 'ABC12')).toBe(true);
    expect(test('optometry', '12')).toBe(false);
  });

  it('marks the optical format as unconfirmed (warn only) and the others as confirmed where docs/sources.md gives an example', () => {
    expect(sectorById('optometry').ods.confirmed).toBe(false);
    expect(sectorById('optometry').ods.pattern).toBe('^[A-Z0-9]{3,9}$');
    for (const id of ['pharmacy', 'dental', 'social-care', 'gp-locum'] as const)
      expect(sectorById(id).ods.confirmed).toBe(true);
  });

  it('uses the DSPT levels in docs/sources.md (C8)', () => {
    expect(sectorById('optometry').dsptLevel.level).toBe('standards-met');
    expect(sectorById('pharmacy').dsptLevel.level).toBe('standards-met');
    expect(sectorById('dental').dsptLevel.level).toBe('standards-met');
    expect(sectorById('social-care').dsptLevel.level).toBe('approaching-standards');
  });

  it('optometry: 10 or fewer sites, up to 10 users with the note that some guidance says 3 (C2, C3)', () => {
    const optometry = sectorById('optometry');
    expect(optometry.maxSites).toBe(10);
    expect(optometry.usersPerSite.max).toBe(10);
    expect(optometry.usersPerSite.note).toBe('Up to 10 per site (NAS). Some optometry guidance says 3.');
    expect(optometry.authRoute.kind).toBe('nhsbsa-code');
    expect(optometry.registrationUrl).toBe('https://portal.nhs.net/Registration#/optometry');
  });

  it('social care: 2 to 10 users per site', () => {
    expect(sectorById('social-care').usersPerSite).toMatchObject({ min: 2, max: 10 });
  });

  it('sectorById returns undefined for an unknown id', () => {
    expect(sectorById('vets')).toBeUndefined();
  });
});

describe('contacts', () => {
  it('the helpdesk is 24/7 with the option 1, option 1 phone menu', () => {
    const helpdesk = contactById('nhsmail-helpdesk');
    expect(helpdesk.phone).toEqual({ display: '0333 200 1133', tel: '03332001133' });
    expect(helpdesk.email).toBe('helpdesk@nhs.net');
    expect(helpdesk.hours).toEqual({ kind: 'always' });
    expect(helpdesk.ivr).toEqual([
      'Choose option 1: unable to access your account.',
      'Then choose option 1 again: password reset.',
    ]);
    expect(helpdesk.haveReady?.length).toBeGreaterThan(0);
  });

  it('the NAS works 9am to 5pm on weekdays, excluding bank holidays', () => {
    expect(contactById('nas-helpdesk').hours).toEqual({
      kind: 'weekdays',
      open: '09:00',
      close: '17:00',
      excludesBankHolidays: true,
    });
  });

  it('NHSBSA pao@ keeps its 8am to 4:30pm hours', () => {
    expect(contactById('nhsbsa-pao').hours).toMatchObject({ kind: 'weekdays', open: '08:00', close: '16:30' });
  });

  it('ODS help lists the newer service desk before the older Exeter helpdesk (C7)', () => {
    const ids = contactsFor('ods-code').map((c) => c.id);
    expect(ids[0]).toBe('ods-service-desk');
    expect(ids.indexOf('ods-service-desk')).toBeLessThan(ids.indexOf('ods-exeter-helpdesk-older'));
    expect(contactById('ods-service-desk').phone?.display).toBe('0300 303 5035');
  });

  it('contactsFor filters by sector and puts current routes first', () => {
    const dental = contactsFor('add-remove-user', 'dental').map((c) => c.id);
    expect(dental[0]).toBe('nas-helpdesk');
    expect(dental).toContain('nas-dental-older');
    expect(dental).not.toContain('nas-optometry-older');
  });

  it('local contacts carry a region and are never offered as national', () => {
    const local = CONTACTS.filter((c) => c.scope === 'local');
    expect(local.map((c) => c.region)).toContain('South West');
    expect(local.map((c) => c.region)).toContain('Buckinghamshire');
    for (const need of NEED_IDS) for (const c of contactsFor(need)) expect(c.scope).toBe('national');
  });

  it('builds the per-organisation DSPT address', () => {
    expect(dsptOrganisationUrl(' fvr79 ')).toBe('https://www.dsptoolkit.nhs.uk/OrganisationSearch/FVR79');
  });
});

describe('needs', () => {
  it('has every need with a plain title and synonyms', () => {
    const expected = [
      'password-locked',
      'account-inactive-deleted',
      'have-account',
      'add-remove-user',
      'apply',
      'ods-code',
      'nhsbsa-code',
      'dspt',
      'egress',
      'mfa',
      'secure-email',
      'long-leave',
      'reset-details',
      'new-name',
      'leaving',
      'shared-mailbox-owner',
    ];
    expect(NEED_IDS).toEqual(expected);
    expect(NEEDS.map((n) => n.id)).toEqual(expected);
    expect(needById('password-locked').title).toBe('Forgotten password or locked out');
    const words = NEEDS.flatMap((n) => n.synonyms);
    for (const word of [
      'locked',
      'password',
      'reset',
      'deleted',
      'inactive',
      'code',
      'ods',
      'leaver',
      'joiner',
      'mfa',
      'authenticator',
    ]) {
      expect(words).toContain(word);
    }
  });
});

describe('policy', () => {
  it('the current inactivity policy is 30/60/90 from 1 December 2022, with the 90 marked as derived', () => {
    expect(INACTIVITY_POLICY).toMatchObject({
      inactiveAfterDays: 30,
      deletedAfterDays: 60,
      goneAfterDays: 90,
      effectiveFrom: '2022-12-01',
      effectiveUntil: null,
    });
    expect(INACTIVITY_POLICY.note).toMatch(/\bThe 90 is derived\b/);
    expect(INACTIVITY_POLICIES.at(-1)).toBe(INACTIVITY_POLICY);
    expect(INACTIVITY_POLICIES[0]).toMatchObject({
      inactiveAfterDays: 90,
      deletedAfterDays: 180,
      effectiveUntil: '2022-11-30',
    });
  });

  it('password rules', () => {
    expect(PASSWORD_POLICY).toMatchObject({ minLength: 10, historyCount: 4, validDays: 365, noName: true });
    expect(RESTRICTED_PASSWORD_POLICY).toMatchObject({ minLength: 20, validDays: 90 });
  });

  it('MFA timeline dates, with 26 March 2025 marked as sector-sourced', () => {
    const byDate = Object.fromEntries(MFA_TIMELINE.map((e) => [e.date, e]));
    expect(Object.keys(byDate)).toEqual(
      expect.arrayContaining(['2023-10-05', '2024-07-29', '2024-08-19', '2024-09-02', '2025-03-26']),
    );
    expect(byDate['2024-07-29']?.weekCommencing).toBe(true);
    expect(byDate['2024-08-19']?.snoozeDays).toBe(14);
    expect(byDate['2025-03-26']?.sourceWeight).toBe('sector');
  });

  it('four kinds of activity count', () => {
    expect(ACTIVITY_KINDS.map((k) => k.id)).toEqual([
      'portal-sign-in',
      'office-365-app-sign-in',
      'office-365-app-use',
      'send-email',
    ]);
  });

  it('restore: from the shared mailbox, within 30 days, with the address and mobile', () => {
    expect(RESTORE_ROUTE.withinDaysOfDeletion).toBe(30);
    expect(RESTORE_ROUTE.sendFrom).toBe("The site's shared mailbox");
    expect(RESTORE_ROUTE.include).toEqual(['The deleted email address', "The deleted user's mobile number"]);
  });
});

describe('checklists', () => {
  it('the steps are declared once, in the portal order', () => {
    expect(CHECKLIST_STEPS).toEqual(['prerequisites', 'authentication', 'organisation', 'members', 'review']);
  });

  it('every sector starts with "no existing account" and lists items in step order', () => {
    const order = ['prerequisites', 'authentication', 'organisation', 'members', 'review'];
    for (const sector of SECTORS) {
      const items = checklistForSector(sector.id);
      expect(items[0]?.id, sector.id).toBe('no-existing-account');
      const steps = items.map((item) => order.indexOf(item.step));
      expect(steps, sector.id).toEqual([...steps].sort((a, b) => a - b));
    }
  });

  it('optometry needs the NHSBSA code, 10 or fewer sites and the DSPT, with the DSPT search link', () => {
    const items = checklistForSector('optometry');
    const ids = items.map((item) => item.id);
    expect(ids).toEqual(
      expect.arrayContaining(['optometry-nhsbsa-code', 'optometry-ten-or-fewer-sites', 'dspt-standards-met']),
    );
    const code = items.find((item) => item.id === 'optometry-nhsbsa-code');
    expect(code?.severity).toBe('must');
    expect(code?.detail).toMatch(/not processed/);
    expect(items.find((item) => item.id === 'dspt-standards-met')?.link?.url).toBe(
      'https://www.dsptoolkit.nhs.uk/OrganisationSearch',
    );
  });

  it('social care: Approaching Standards, CQC IDs or passcode, site code, 2 to 10 users', () => {
    const ids = checklistForSector('social-care').map((item) => item.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'dspt-approaching-standards',
        'cqc-ids-or-passcode',
        'social-care-site-code',
        'social-care-two-to-ten-users',
      ]),
    );
    expect(ids).not.toContain('dspt-standards-met');
  });

  it('GP locums: interest form and individual passcode; no shared mailbox items', () => {
    const ids = checklistForSector('gp-locum').map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(['gp-locum-interest-form', 'gp-locum-passcode']));
    expect(ids).not.toContain('owner-and-members-decided');
  });

  it('members need unique mobiles starting 07 and personal emails', () => {
    const ids = checklistForSector('pharmacy').map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(['unique-mobile-numbers', 'unique-personal-emails']));
  });
});
