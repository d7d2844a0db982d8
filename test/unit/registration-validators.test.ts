/** Validators: examples from docs/sources.md §3.3/§4.4 and fast-check properties (never throw; idempotent normalisers). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCqcContactId,
  checkCqcLocationId,
  checkLocumPasscode,
  checkMobile,
  checkOds,
  checkPersonalEmail,
  odsMessage,
  checkPresent,
  normaliseCqcId,
  normaliseEmail,
  normaliseMobile,
  normaliseOds,
  repeatedIndexes,
} from '../../lib/validators.ts';

const anything = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything());

describe('mobile: starts 07 and has 11 digits; spaces and hyphens ignored; +44 refused (S004)', () => {
  it.each(['07700900123', '07700 900123', '07700-900-123', '(07700) 900123'])('%s is fine', (v) =>
    expect(checkMobile(v)).toEqual({ ok: true, value: '07700900123' }),
  );
  it.each([
    ['+44 7700 900123', 'international'],
    ['+44 (0)7700 900123', 'international'],
    ['0044 7700 900123', 'international'],
    ['0123', 'not-07'],
    ['01632 960123', 'not-07'],
    ['0770090012', 'length'],
    ['077009001234', 'length'],
    ['07700 9OO123', 'characters'],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('%s → %s', (v, problem) => expect(checkMobile(v)).toEqual({ ok: false, problem }));
});

describe('ODS per sector pattern (from lib/knowledge/sectors.ts)', () => {
  const pharmacy = { pattern: '^F[A-Z0-9]{4}$', confirmed: true };
  it('pharmacy F codes', () => {
    expect(checkOds(' fvr79 ', pharmacy)).toEqual({ kind: 'ok', code: 'FVR79' });
    expect(checkOds('V03462', pharmacy)).toEqual({ kind: 'format', code: 'V03462' });
  });
  it('a mismatch with an unconfirmed format is only a warning', () =>
    expect(checkOds('V03462', { ...pharmacy, confirmed: false })).toEqual({
      kind: 'unconfirmed-format',
      code: 'V03462',
    }));
  it('without a sector, only 1 to 9 letters and numbers', () => {
    expect(checkOds('abc 12')).toEqual({ kind: 'ok', code: 'ABC12' });
    expect(checkOds('AB-12')).toEqual({ kind: 'characters' });
  });
  it('a broken pattern falls back to 1 to 9 letters and numbers', () =>
    expect(checkOds('ABC', { pattern: '([', confirmed: true })).toEqual({ kind: 'ok', code: 'ABC' }));
  it('never accepts more than 9 characters', () =>
    expect(checkOds('ABCDEFGHIJ', { pattern: '^.*$', confirmed: true })).toEqual({ kind: 'characters' }));
  it('says what is wrong in words, naming the sector', () => {
    expect(odsMessage({ kind: 'format', code: 'V03462' }, { name: 'Pharmacy', hint: 'Starts F.' })).toBe(
      'This does not look like an ODS code for Pharmacy. Starts F.',
    );
    expect(odsMessage({ kind: 'ok', code: 'FVR79' })).toBeUndefined();
  });
});

describe('personal email', () => {
  it('a personal address is fine', () =>
    expect(checkPersonalEmail('Jo@Example.com')).toEqual({ ok: true, value: 'jo@example.com' }));
  it('@nhs.net means an account may exist', () =>
    expect(checkPersonalEmail('jo.bloggs@nhs.net')).toEqual({ ok: false, problem: 'nhs-net' }));
  it.each(['jo', 'jo@', 'jo@example', 'a b@example.com'])('%s is not an address', (v) =>
    expect(checkPersonalEmail(v)).toEqual({ ok: false, problem: 'format' }),
  );
});

describe('codes and IDs', () => {
  it('authentication code present', () => {
    expect(checkPresent('  ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkPresent(' x ')).toEqual({ ok: true, value: 'x' });
  });
  it('CQC Contact IDs look like 1-xxxxxx or CON1-xxxxxx', () => {
    expect(checkCqcContactId('con1-123456').ok).toBe(true);
    expect(checkCqcContactId('1-123456').ok).toBe(true);
    expect(checkCqcContactId('123456')).toEqual({ ok: false, problem: 'format' });
  });
  it('a Contact ID in the Location ID box', () =>
    expect(checkCqcLocationId('CON1-123')).toEqual({ ok: false, problem: 'contact-id' }));
  it('GP locum passcode: 6 digits', () => {
    expect(checkLocumPasscode('123 456').ok).toBe(true);
    expect(checkLocumPasscode('12345')).toEqual({ ok: false, problem: 'format' });
  });
  it('repeats, after normalising, blanks ignored', () => {
    expect(repeatedIndexes(['07700 900123', '', '07700-900-123', ''], normaliseMobile)).toEqual([2]);
  });
});

describe('properties', () => {
  const checks = [
    checkMobile,
    checkPersonalEmail,
    checkPresent,
    checkCqcContactId,
    checkCqcLocationId,
    checkLocumPasscode,
  ];
  it('no validator throws, whatever it is given, and answers in one of two shapes', () => {
    fc.assert(
      fc.property(anything, (v) => {
        for (const check of checks) {
          const r = check(v);
          expect(r.ok ? typeof r.value : typeof r.problem).toBe('string');
        }
      }),
    );
  });
  it('the ODS check never throws and answers with a known kind', () => {
    const kinds = ['empty', 'ok', 'characters', 'format', 'unconfirmed-format'];
    fc.assert(
      fc.property(anything, fc.boolean(), (v, confirmed) => {
        expect(kinds).toContain(checkOds(v, { pattern: '^V\\d{5}$', confirmed }).kind);
      }),
    );
  });
  it('every normaliser is idempotent and total', () => {
    for (const n of [normaliseMobile, normaliseOds, normaliseEmail, normaliseCqcId]) {
      fc.assert(
        fc.property(anything, (v) => {
          expect(n(n(v))).toBe(n(v));
        }),
      );
    }
  });
  it('a valid mobile stays valid however it is spaced; written +44 it is refused as international', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.constantFrom('+447', '+44 (0)7', '0044 7'), (rest, prefix) => {
        expect(checkMobile(`${prefix}${rest}`)).toEqual({ ok: false, problem: 'international' });
      }),
    );
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.constantFrom('07', '(07'),
        fc.constantFrom('', ' ', '-'),
        (rest, prefix, sep) => {
          const typed = `${prefix}${rest.slice(0, 3)}${sep}${rest.slice(3)}`;
          expect(checkMobile(typed)).toEqual({ ok: true, value: `07${rest}` });
        },
      ),
    );
  });
  it('anything not starting 07 after normalising is refused', () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        fc.pre(!normaliseMobile(v).startsWith('07'));
        expect(checkMobile(v).ok).toBe(false);
      }),
    );
  });
});
