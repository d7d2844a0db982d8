/**
 * The local directory file (docs/decisions.md check 8): every problem with its place,
 * a bad file imports nothing, newer versions are refused, export gives the same file back, and the
 * parser never throws.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LOCAL_DIRECTORY_FORMAT,
  MAX_PROBLEMS_LISTED,
  describeProblems,
  formatLocalDirectory,
  formatPath,
  localDirectoryFileName,
  parseLocalDirectory,
  type LocalDirectory,
} from '../../lib/local-directory.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/local-directory');
const fixture = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

function problemsOf(input: unknown): string[] {
  const result = parseLocalDirectory(input);
  if (result.ok) throw new Error('expected problems');
  return describeProblems(result.problems);
}

describe('the Buckinghamshire example file (docs/sources.md §6.5)', () => {
  const text = fixture('buckinghamshire.json');

  it('imports all five referral addresses with their region and source', () => {
    const result = parseLocalDirectory(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.directory.contacts.map((c) => c.email)).toEqual([
      'bus.referrals@mkuh.nhs.uk',
      'buc-tr.buckseyecas@nhs.net',
      'bht.bucksamd@nhs.net',
      'bht.cataractreferrals@nhs.net',
      'bht.hcqscreening@nhs.net',
    ]);
    for (const contact of result.directory.contacts) {
      expect(contact.region).toBe('Buckinghamshire');
      expect(contact.source).toBe('https://loc-online.co.uk/buckinghamshire-loc/professionals/nhs-mail');
    }
  });

  it('exports byte for byte the same file', () => {
    const result = parseLocalDirectory(text);
    if (!result.ok) throw new Error('fixture should parse');
    expect(formatLocalDirectory(result.directory)).toBe(text);
    expect(localDirectoryFileName(result.directory)).toBe('local-directory-2026-11-23.json');
  });

  it('accepts the parsed object as well as the text, and a byte-order mark', () => {
    expect(parseLocalDirectory(JSON.parse(text)).ok).toBe(true);
    expect(parseLocalDirectory(`\uFEFF${text}`).ok).toBe(true);
  });
});

describe('bad files: each problem with its place, nothing imported', () => {
  it('a file with typical mistakes lists every one of them', () => {
    expect(problemsOf(fixture('bad-contacts.json'))).toEqual([
      'published: must be a date written as YYYY-MM-DD, for example 2026-11-23',
      'contacts[0].emial: is not a field this format knows; check the spelling',
      'contacts[0]: needs at least one of email, phone or url',
      'contacts[1].email: not an email address',
      'contacts[2].source: is missing',
      'contacts[2].reviewed: is not a real calendar date',
      'contacts[3].url: not a web address starting with https://',
    ]);
  });

  it.each([
    ['newer-version.json', /^formatVersion: is 2, newer than this version .* update the extension/],
    ['wrong-format.json', /^format: must be "nhsmail-companion-local-directory"; this is not a local directory file$/],
    ['not-json.json', /^file: is not valid JSON/],
    ['no-contacts.json', /^contacts: must list at least one contact$/],
  ])('%s is refused with one clear problem', (name, expected) => {
    const problems = problemsOf(fixture(name));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it.each([
    ['an array', '[]', 'file: must be a JSON object in curly brackets'],
    ['a number', '42', 'file: must be a JSON object in curly brackets'],
    ['null', 'null', 'file: must be a JSON object in curly brackets'],
    ['an empty file', '', /^file: is not valid JSON \(.+\)$/],
  ])('%s is refused', (_name, input, expected) => {
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    if (typeof expected === 'string') expect(problems[0]).toBe(expected);
    else expect(problems[0]).toMatch(expected);
  });

  it('format version 0, a string version or a missing version is refused', () => {
    const good = JSON.parse(fixture('buckinghamshire.json')) as Record<string, unknown>;
    expect(problemsOf({ ...good, formatVersion: 0 })).toEqual(['formatVersion: must be 1']);
    expect(problemsOf({ ...good, formatVersion: '1' })).toEqual(['formatVersion: must be 1']);
    const { formatVersion: _dropped, ...rest } = good;
    expect(problemsOf(rest)).toEqual(['formatVersion: must be 1']);
  });

  it('phone numbers: UK digits and spaces only', () => {
    const good = JSON.parse(fixture('buckinghamshire.json')) as LocalDirectory;
    const withPhone = (phone: unknown) => ({ ...good, contacts: [{ ...good.contacts[1]!, phone }] });
    expect(parseLocalDirectory(withPhone('0333 200 1133')).ok).toBe(true);
    expect(problemsOf(withPhone('+44 333 200 1133'))).toEqual([
      'contacts[0].phone: not a UK phone number: use digits and spaces, starting with 0',
      'contacts[0].phone: not a UK phone number: it must have 10 or 11 digits',
    ]);
    expect(problemsOf(withPhone('0333 200'))).toEqual([
      'contacts[0].phone: not a UK phone number: it must have 10 or 11 digits',
    ]);
    expect(problemsOf(withPhone(3332001133))).toEqual(['contacts[0].phone: must be text in quotes']);
  });

  it('a long list of mistakes is cut short with a count of the rest', () => {
    const good = JSON.parse(fixture('buckinghamshire.json')) as LocalDirectory;
    const contacts = Array.from({ length: 80 }, () => ({ ...good.contacts[1]!, email: 'nope' }));
    const result = parseLocalDirectory({ ...good, contacts });
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toHaveLength(MAX_PROBLEMS_LISTED + 1);
    expect(result.problems.at(-1)).toEqual({ at: 'file', message: 'and 30 more problems' });
  });

  it('a value whose getters throw is refused, not thrown', () => {
    const hostile = {
      format: LOCAL_DIRECTORY_FORMAT,
      formatVersion: 1,
      get publisher(): string {
        throw new Error('boom');
      },
    };
    expect(problemsOf(hostile)).toEqual(['file: could not be read (boom)']);
  });
});

describe('formatPath', () => {
  it.each([
    [[], 'file'],
    [['contacts'], 'contacts'],
    [['contacts', 3, 'email'], 'contacts[3].email'],
  ] as const)('%j → %s', (input, expected) => {
    expect(formatPath(input)).toBe(expected);
  });
});

// --- Properties (docs/decisions.md check 8) ----------------------------------------------------------

const plain = (max: number) =>
  fc
    .string({ minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9.]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,10}$/))
  .map(([local, domain]) => `${local}@${domain}.nhs.net`);
const contact = fc.record(
  {
    name: plain(200),
    purpose: plain(500),
    region: plain(100),
    email,
    phone: fc.stringMatching(/^0\d{3} \d{3} \d{4}$/),
    url: fc.webUrl({ validSchemes: ['https'] }).filter((u) => !/\s/.test(u)),
    source: plain(500),
    reviewed: isoDate,
  },
  { requiredKeys: ['name', 'purpose', 'region', 'email', 'source', 'reviewed'] },
);
const directory = fc.record({
  format: fc.constant(LOCAL_DIRECTORY_FORMAT),
  formatVersion: fc.constant(1 as const),
  publisher: plain(200),
  published: isoDate,
  contacts: fc.array(contact, { minLength: 1, maxLength: 20 }),
});

describe('properties', () => {
  it('never throws on arbitrary values, and a refusal always says why', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.json()), (input) => {
        const result = parseLocalDirectory(input);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on near-miss files (any field of a good file replaced by anything)', () => {
    const base = JSON.parse(fixture('buckinghamshire.json')) as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.constantFrom('format', 'formatVersion', 'publisher', 'published', 'contacts', 'extra'),
        fc.anything(),
        (key, value) => {
          const result = parseLocalDirectory({ ...base, [key]: value });
          if (!result.ok) for (const p of result.problems) expect(p.at.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('export → import round-trips every valid directory, as text and as data', () => {
    fc.assert(
      fc.property(directory, (dir) => {
        const first = parseLocalDirectory(dir);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const file = formatLocalDirectory(first.directory);
        const again = parseLocalDirectory(file);
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        expect(again.directory).toEqual(first.directory);
        expect(formatLocalDirectory(again.directory)).toBe(file);
      }),
      { numRuns: 200 },
    );
  });
});
