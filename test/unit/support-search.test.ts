/** "What do you need help with?": synonyms, narrowing as you type, and the sector filter. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEED_IDS } from '../../lib/knowledge/schema.ts';
import { EXTRA_SYNONYMS, normalise, searchNeeds } from '../../lib/pages/help/search.ts';

const ids = (query: string, sector?: Parameters<typeof searchNeeds>[1]) => searchNeeds(query, sector).map((n) => n.id);

describe('search synonyms', () => {
  it.each([
    ['password', 'password-locked'],
    ['locked', 'password-locked'],
    ['Locked out', 'password-locked'],
    ['forgot my password', 'password-locked'],
    ['login', 'password-locked'],
    ['deleted', 'account-inactive-deleted'],
    ['inactive', 'account-inactive-deleted'],
    ['restore', 'account-inactive-deleted'],
    ['leaver', 'have-account'],
    ['ods', 'ods-code'],
    ['dspt', 'dspt'],
    ['egress', 'egress'],
    ['lost phone', 'mfa'],
    ['authenticator', 'mfa'],
    ['apply', 'apply'],
  ])('"%s" puts %s first', (query, first) => {
    expect(ids(query, 'optometry')[0]).toBe(first);
  });

  it('"password" shows only the password topic', () => {
    expect(ids('password')).toEqual(['password-locked']);
  });

  it('"code" finds the ODS code, and the NHSBSA code for optometry only', () => {
    expect(ids('code', 'optometry')).toEqual(expect.arrayContaining(['ods-code', 'nhsbsa-code']));
    expect(ids('code', 'pharmacy')).toContain('ods-code');
    expect(ids('code', 'pharmacy')).not.toContain('nhsbsa-code');
  });

  it('narrows as you type: each longer prefix finds a subset', () => {
    const typed = 'password';
    let previous = ids('');
    for (let i = 1; i <= typed.length; i++) {
      const now = ids(typed.slice(0, i));
      for (const id of now) expect(previous).toContain(id);
      previous = now;
    }
    expect(previous).toEqual(['password-locked']);
  });

  it('an empty query lists every need for the sector in data order', () => {
    const all = [
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
    expect(ids('')).toEqual(all);
    // The NHSBSA code and Egress are for optometry only.
    expect(ids('   ', 'pharmacy')).toEqual(all.filter((id) => id !== 'nhsbsa-code' && id !== 'egress'));
  });

  it('nonsense finds nothing', () => {
    expect(ids('xyzzy')).toEqual([]);
  });

  it('extra synonyms name only known needs, in lower case (newer needs carry theirs in the data)', () => {
    for (const id of Object.keys(EXTRA_SYNONYMS)) expect(NEED_IDS).toContain(id);
    expect(Object.keys(EXTRA_SYNONYMS)).toHaveLength(10);
    for (const words of Object.values(EXTRA_SYNONYMS)) for (const word of words) expect(word).toBe(word.toLowerCase());
  });

  it('normalises case, punctuation and spaces; keeps nhs.net', () => {
    expect(normalise("  Can't   SIGN-in!! ")).toBe('cant sign in');
    expect(normalise('jo@nhs.net.')).toBe('jo nhs.net');
    expect(normalise(undefined)).toBe('');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (query) => {
        expect(Array.isArray(searchNeeds(query))).toBe(true);
      }),
    );
  });
});
