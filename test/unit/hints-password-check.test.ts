/** The live password-rule checker: exact at the edges; never throws, never mutates, never echoes the value. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSWORD_POLICY, RESTRICTED_PASSWORD_POLICY } from '../../lib/knowledge/policy.ts';
import { checkPassword } from '../../lib/content/page-hints/password-check.ts';
import { PASSWORD_NUMBERS } from '../../lib/content/page-hints/rules/password-rules.ts';

describe('checkPassword', () => {
  it('uses the numbers from the knowledge base', () => {
    expect(PASSWORD_NUMBERS).toEqual({
      minLength: PASSWORD_POLICY.minLength,
      noSpaces: PASSWORD_POLICY.noSpaces,
      restrictedMinLength: RESTRICTED_PASSWORD_POLICY.minLength,
    });
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
        const policy = Object.freeze({ ...PASSWORD_NUMBERS });
        const before = JSON.stringify(fc.stringify(value));
        const result = checkPassword(value, policy);
        expect(JSON.stringify(fc.stringify(value))).toBe(before);
        expect(policy).toEqual(PASSWORD_NUMBERS);
        expect(Object.keys(result).sort()).toEqual(['empty', 'longEnough', 'noSpaces', 'restrictedLongEnough']);
        expect(Object.values(result).every((v) => typeof v === 'boolean')).toBe(true);
      }),
    );
  });

  it('the result never carries the password (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 3, unit: 'grapheme' }), (value) => {
        const frozen = Object.freeze({ value });
        const result = checkPassword(frozen.value, PASSWORD_NUMBERS);
        expect(frozen.value).toBe(value);
        expect(JSON.stringify(result)).not.toContain(JSON.stringify(value).slice(1, -1));
      }),
    );
  });
});
