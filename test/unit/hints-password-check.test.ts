/** The live password-rule checker: exact at the edges; never throws, never mutates, never echoes the value. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSWORD_POLICY, RESTRICTED_PASSWORD_POLICY } from '../../lib/knowledge/policy.ts';
import { checkPassword } from '../../lib/content/page-hints/password-check.ts';
import { PASSWORD_NUMBERS } from '../../lib/background/page-hints/rules/password-rules.ts';

describe('checkPassword', () => {
  it('uses the numbers from the knowledge base', () => {
    // Literal: PASSWORD_NUMBERS is built from these two policies, so comparing it with them proves nothing.
    expect(PASSWORD_NUMBERS).toEqual({ minLength: 10, noSpaces: true, restrictedMinLength: 20 });
    expect([PASSWORD_POLICY.minLength, RESTRICTED_PASSWORD_POLICY.minLength]).toEqual([10, 20]);
  });

  const cases: readonly [string, ReturnType<typeof checkPassword>][] = [
    ['', { empty: true, longEnough: false, noSpaces: false, restrictedLongEnough: false }],
    ['abcdefghi', { empty: false, longEnough: false, noSpaces: true, restrictedLongEnough: false }],
    ['abcdefghij', { empty: false, longEnough: true, noSpaces: true, restrictedLongEnough: false }],
    ['abcde fghij', { empty: false, longEnough: true, noSpaces: false, restrictedLongEnough: false }],
    ['abcdefghij\tk', { empty: false, longEnough: true, noSpaces: false, restrictedLongEnough: false }],
    ['a'.repeat(19), { empty: false, longEnough: true, noSpaces: true, restrictedLongEnough: false }],
    ['a'.repeat(20), { empty: false, longEnough: true, noSpaces: true, restrictedLongEnough: true }],
    // Ten characters as people count them, 20 UTF-16 code units.
    ['😀'.repeat(9), { empty: false, longEnough: false, noSpaces: true, restrictedLongEnough: false }],
    ['😀'.repeat(10), { empty: false, longEnough: true, noSpaces: true, restrictedLongEnough: false }],
  ];
  it.each(cases)('%j', (value, expected) => expect(checkPassword(value, PASSWORD_NUMBERS)).toEqual(expected));

  it('never throws, never mutates its inputs, and returns only four booleans (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        // A plain (unfrozen) copy, so a write to it would be seen below rather than throw.
        const policy = { ...PASSWORD_NUMBERS };
        const before = JSON.stringify(fc.stringify(value));
        const result = checkPassword(value, policy);
        expect(JSON.stringify(fc.stringify(value))).toBe(before);
        expect(policy).toEqual({ minLength: 10, noSpaces: true, restrictedMinLength: 20 });
        expect(Object.keys(result).sort()).toEqual(['empty', 'longEnough', 'noSpaces', 'restrictedLongEnough']);
        expect(Object.values(result).every((v) => typeof v === 'boolean')).toBe(true);
      }),
    );
  });

  it('the result never carries the password (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 3, unit: 'grapheme' }), (value) => {
        // Exactly four named booleans and nothing else, so no part of the value can be in it. (Searching the
        // result's JSON for the value failed at random: "tri" is in "restrictedLongEnough".)
        expect(checkPassword(value, PASSWORD_NUMBERS)).toStrictEqual({
          empty: expect.any(Boolean),
          longEnough: expect.any(Boolean),
          noSpaces: expect.any(Boolean),
          restrictedLongEnough: expect.any(Boolean),
        });
      }),
    );
  });
});
