/** NAS request templates: field validation, recipients per sector, and the email text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TEMPLATES,
  buildRequestEmail,
  checkFullName,
  checkMobile,
  checkMovement,
  checkNhsmailAddress,
  checkOdsCode,
  checkPersonalEmail,
  checkRole,
  recipientsFor,
  templateById,
  validateRequest,
} from '../../lib/pages/help/templates.ts';
import { SECTOR_IDS } from '../../lib/knowledge/sector-ids.ts';

describe('mobile numbers', () => {
  it.each([
    ['07700 900123', '07700 900123'],
    ['07700900123', '07700 900123'],
    [' 0770-090-0123 ', '07700 900123'],
  ])('accepts %j as %j', (input, value) => {
    expect(checkMobile(input)).toEqual({ value });
  });

  it.each([
    ['', 'Enter a mobile number that starts 07'],
    ['01632 960123', 'Enter a mobile number that starts 07'],
    ['+44 20 7946 0000', 'Enter the mobile number starting 07, not +44'],
    ['+44 7700 900123', 'Enter the mobile number starting 07, not +44'],
    ['0044 7700 900123', 'Enter the mobile number starting 07, not +44'],
    ['0770090012', 'Enter a mobile number with 11 digits, starting 07'],
    ['077009001234', 'Enter a mobile number with 11 digits, starting 07'],
    ['07700 9OO123', 'Enter a mobile number using numbers only, like 07 followed by 9 digits'],
    ['+1 555 0100', 'Enter a mobile number using numbers only, like 07 followed by 9 digits'],
  ])('refuses %j', (input, error) => {
    expect(checkMobile(input)).toEqual({ error });
  });
});

describe('other fields', () => {
  it('names need a first name and a surname', () => {
    expect(checkFullName('  Jo   Bloggs ')).toEqual({ value: 'Jo Bloggs' });
    expect(checkFullName("Siân O'Neill-Jones")).toEqual({ value: "Siân O'Neill-Jones" });
    expect(checkFullName('Jo').error).toBe('Enter their first name and surname');
    expect(checkFullName('').error).toBe('Enter their full name');
    expect(checkFullName('jo@nhs.net x').error).toBe(
      'Full name must only include letters, spaces, hyphens and apostrophes',
    );
  });

  it('a personal email must not be NHSmail; an NHSmail address must be', () => {
    expect(checkPersonalEmail('Jo.Bloggs@Example.com')).toEqual({ value: 'jo.bloggs@example.com' });
    expect(checkPersonalEmail('jo.bloggs@nhs.net').error).toBe(
      'Enter a personal email address, not an NHSmail address',
    );
    expect(checkPersonalEmail('not an email').error).toBe(
      'Enter an email address in the correct format, with an @ sign and no spaces',
    );
    expect(checkNhsmailAddress('jo.bloggs@nhs.net')).toEqual({ value: 'jo.bloggs@nhs.net' });
    expect(checkNhsmailAddress('jo@example.com').error).toBe('Enter an NHSmail address, ending @nhs.net');
  });

  it('owner or member, leaving or joining, optional ODS code', () => {
    expect(checkRole('owner')).toEqual({ value: 'owner' });
    expect(checkRole('boss').error).toBe('Select owner or member');
    expect(checkRole('', true)).toEqual({ value: '' });
    expect(checkMovement('joiner')).toEqual({ value: 'joiner' });
    expect(checkMovement(undefined).error).toBe('Select leaving or joining');
    expect(checkOdsCode(' fvr79 ')).toEqual({ value: 'FVR79' });
    expect(checkOdsCode('')).toEqual({ value: '' });
    expect(checkOdsCode('TOO-LONG-CODE').error).toBe('Enter an ODS code of 1 to 9 letters and numbers only');
  });

  it('validators never throw, and accepted mobiles are always 07xxx xxxxxx', () => {
    const validators = [
      checkFullName,
      checkMobile,
      checkPersonalEmail,
      checkNhsmailAddress,
      checkRole,
      checkMovement,
      checkOdsCode,
    ];
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        for (const validate of validators) {
          const result = validate(input);
          expect(typeof (result.value ?? result.error)).toBe('string');
        }
        const mobile = checkMobile(input);
        if (mobile.value !== undefined) expect(mobile.value).toMatch(/^07\d{3} \d{6}$/);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES), fc.dictionary(fc.string(), fc.anything()), (template, values) => {
        expect(() => validateRequest(template, values)).not.toThrow();
      }),
    );
  });
});

describe('requests', () => {
  const addUser = templateById('add-user');
  const complete = { fullName: 'Jo Bloggs', mobile: '07700 900123', personalEmail: 'jo@example.com', role: 'member' };

  it('add a user: every missing field is reported, in order', () => {
    const result = validateRequest(addUser, {});
    expect(result).toEqual({
      ok: false,
      errors: {
        fullName: 'Enter their full name',
        mobile: 'Enter a mobile number that starts 07',
        personalEmail: 'Enter their personal email address',
        role: 'Select owner or member',
      },
    });
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(['fullName', 'mobile', 'personalEmail', 'role']);
  });

  it('add a user: a mobile that does not start 07 is refused', () => {
    const result = validateRequest(addUser, { ...complete, mobile: '01632 960123' });
    expect(result).toEqual({ ok: false, errors: { mobile: 'Enter a mobile number that starts 07' } });
  });

  it('add a user: produces the complete email to the helpdesk, with a mailto that round-trips', () => {
    const result = validateRequest(addUser, { ...complete, odsCode: 'abc12' });
    if (!result.ok) throw new Error('expected valid');
    const email = buildRequestEmail('add-user', result.values, { sector: 'optometry' });
    expect(email.to).toBe('helpdesk@nhs.net');
    for (const line of [
      'Full name: Jo Bloggs',
      'Mobile number: 07700 900123',
      'Personal email address: jo@example.com',
      'Owner or member of the shared mailbox: Member',
      'Site ODS code: ABC12',
      'I am sending this from our shared mailbox as the shared mailbox owner.',
    ]) {
      expect(email.body).toContain(line);
    }
    expect(email.subject).toBe('New NHSmail user for our site (ODS code ABC12): Jo Bloggs');
    expect(email.body).not.toContain('!');
    const url = new URL(email.mailto);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('helpdesk@nhs.net');
    expect(url.searchParams.get('subject')).toBe(email.subject);
    expect(url.searchParams.get('body')).toBe(email.body);
  });

  it('restore: the deleted address, the mobile number and the last day', () => {
    const result = validateRequest(templateById('restore-account'), {
      fullName: 'Jo Bloggs',
      nhsmailAddress: 'jo.bloggs@nhs.net',
      mobile: '07700900123',
    });
    if (!result.ok) throw new Error('expected valid');
    const email = buildRequestEmail('restore-account', result.values, { restoreBy: '2027-02-21' });
    expect(email.body).toContain('Deleted email address: jo.bloggs@nhs.net');
    expect(email.body).toContain("Deleted user's mobile number: 07700 900123");
    expect(email.body).toContain('so it can be restored until at least 21 February 2027.');
  });

  it('leaver or joiner: a joiner needs owner or member; a leaver does not', () => {
    const template = templateById('leaver-joiner');
    const base = { fullName: 'Jo Bloggs', nhsmailAddress: 'jo.bloggs@nhs.net' };
    expect(validateRequest(template, { ...base, movement: 'joiner' })).toEqual({
      ok: false,
      errors: { role: 'Select owner or member' },
    });
    const leaver = validateRequest(template, { ...base, movement: 'leaver' });
    if (!leaver.ok) throw new Error('expected valid');
    const email = buildRequestEmail('leaver-joiner', leaver.values);
    expect(email.subject).toBe('Leaver: please mark jo.bloggs@nhs.net as a leaver');
    expect(email.body).not.toContain('Owner or member');
    const joiner = validateRequest(template, { ...base, movement: 'joiner', role: 'owner' });
    if (!joiner.ok) throw new Error('expected valid');
    expect(buildRequestEmail('leaver-joiner', joiner.values).body).toContain(
      'Owner or member of the shared mailbox: Owner',
    );
  });

  it('recipients: the helpdesk first for every sector, older sector mailboxes after it with their dates', () => {
    for (const sector of [...SECTOR_IDS, undefined])
      expect(recipientsFor(sector)[0]).toMatchObject({ email: 'helpdesk@nhs.net', primary: true });
    expect(recipientsFor('dental').map((r) => r.email)).toEqual(['helpdesk@nhs.net', 'dentistadmin@nhs.net']);
    expect(recipientsFor('optometry')[1]).toMatchObject({
      email: 'optomadmin@nhs.net',
      primary: false,
      seenDate: '2022-12-01',
    });
    expect(recipientsFor(undefined).map((r) => r.email)).toEqual(['helpdesk@nhs.net']);
  });
});
