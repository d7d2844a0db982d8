// @vitest-environment happy-dom
/**
 * Field recognition on every saved fixture, with expectations as data (Refined GitHub's selector
 * expectations; Bitwarden's PageTest): how many fields of each kind, and which must stay silent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  classify,
  collectFields,
  findFormRoot,
  isFinalAction,
  primaryButton,
  words,
  type FieldKind,
} from '../../lib/content/registration/fields.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/registration');

function load(name: string): Document {
  document.documentElement.innerHTML = readFileSync(path.join(FIXTURES, name), 'utf8').replace(
    /<script[\s\S]*?<\/script>/g,
    '',
  );
  return document;
}

interface FieldExpectation {
  fixture: string;
  expectFields: Partial<Record<FieldKind, number>>;
  /** Selectors of fields that must not be recognised as anything. */
  shouldStaySilent?: string[];
  /** Selector of the primary (final) button, or null when there must be none. */
  primary: string | null;
}

const EXPECTATIONS: FieldExpectation[] = [
  {
    fixture: 'optometry-label-for.html',
    expectFields: { 'auth-code': 1, ods: 1, mobile: 2, email: 2 },
    shouldStaySilent: ['#town', '#first-1'],
    primary: '#submit',
  },
  {
    fixture: 'pharmacy-wrapping-label.html',
    expectFields: { ods: 1, otp: 1, mobile: 2, email: 2 },
    shouldStaySilent: ['input[name="cpafEmail"]'],
    primary: 'input[type="submit"]',
  },
  {
    fixture: 'dental-aria-label.html',
    expectFields: { 'cqc-location': 1, 'cqc-contact': 1, ods: 1, mobile: 2, email: 2 },
    primary: '#submit',
  },
  {
    fixture: 'social-care-aria-labelledby.html',
    expectFields: { ods: 1, 'cqc-location': 1, 'cqc-contact': 1, mobile: 2, email: 2 },
    shouldStaySilent: ['input[name="b1"]'],
    primary: 'button',
  },
  {
    fixture: 'placeholder-only.html',
    expectFields: { ods: 1, mobile: 1, email: 1 },
    shouldStaySilent: ['#x3'],
    primary: '#submit',
  },
  {
    fixture: 'gp-locum-angular.html',
    expectFields: { otp: 1, mobile: 1, email: 1 },
    shouldStaySilent: ['#mat-input-1'],
    primary: '#submit',
  },
  { fixture: 'strict-csp.html', expectFields: { 'auth-code': 1, ods: 1, mobile: 1, email: 1 }, primary: '#submit' },
  { fixture: 'hostile.html', expectFields: { 'auth-code': 1, ods: 1, mobile: 1, email: 1 }, primary: '#submit' },
  // Labels that are not labels (test/fixtures/registration/cases.ts).
  {
    fixture: 'labels-preceding-text.html',
    expectFields: { 'auth-code': 1, ods: 1, mobile: 1, email: 1 },
    shouldStaySilent: ['#f3'],
    primary: '#submit',
  },
  {
    fixture: 'labels-table-cells.html',
    expectFields: { 'auth-code': 1, ods: 1, mobile: 1, email: 1 },
    shouldStaySilent: ['#c3'],
    primary: '#submit',
  },
  {
    fixture: 'labels-members-table.html',
    expectFields: { 'auth-code': 1, ods: 1, mobile: 2, email: 2 },
    shouldStaySilent: ['#first-1', '#last-1', '#first-2'],
    primary: '#submit',
  },
  // No <form> beside a site search: the app's area, never the search box or its button.
  {
    fixture: 'no-form-header-search.html',
    expectFields: { 'auth-code': 1, ods: 1, mobile: 1, email: 1 },
    shouldStaySilent: ['#q'],
    primary: '#submit',
  },
  {
    fixture: 'no-form-search-ods.html',
    expectFields: { 'auth-code': 1, ods: 1, mobile: 1, email: 1 },
    shouldStaySilent: ['#q'],
    primary: '#submit',
  },
  // Before its hash change the late page has no form at all: silence.
  { fixture: 'late-hash.html', expectFields: {}, primary: null },
];

beforeEach(() => {
  document.documentElement.innerHTML = '';
});

describe('field recognition on each fixture', () => {
  it.each(EXPECTATIONS)('$fixture', ({ fixture, expectFields, shouldStaySilent = [], primary }) => {
    const doc = load(fixture);
    const root = findFormRoot(doc);
    const fields = root ? collectFields(root) : [];
    const counts: Partial<Record<FieldKind, number>> = {};
    for (const f of fields) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
    expect(counts).toEqual(expectFields);
    for (const selector of shouldStaySilent) {
      const el = doc.querySelector(selector);
      expect(el, selector).not.toBeNull();
      expect(
        fields.some((f) => f.el === el),
        selector,
      ).toBe(false);
    }
    expect(root ? (primaryButton(root) ?? null) : null).toBe(primary ? doc.querySelector(primary) : null);
    // Every recognised field rests on at least one piece of evidence a person reads, or two a developer writes.
    for (const f of fields) expect(f.score).toBeGreaterThanOrEqual(3);
  });

  it('a header search is never the registration area', () => {
    expect(findFormRoot(load('no-form-header-search.html'))?.id).toBe('app');
    expect(findFormRoot(load('no-form-search-ods.html'))?.id).toBe('app');
  });

  it('members in a table are told apart by row', () => {
    const fields = collectFields(findFormRoot(load('labels-members-table.html'))!);
    const rows = fields.filter((f) => f.kind === 'mobile').map((f) => f.el.closest('tr')?.rowIndex);
    expect(rows).toEqual([1, 2]);
    expect(fields.filter((f) => f.kind === 'mobile').map((f) => f.key)).toEqual(['mobile-1', 'mobile-2']);
    expect(new Set(fields.filter((f) => f.kind === 'mobile').map((f) => f.group)).size).toBe(2);
  });

  it('members are told apart: two mobiles in two groups', () => {
    const fields = collectFields(findFormRoot(load('optometry-label-for.html'))!);
    const mobiles = fields.filter((f) => f.kind === 'mobile');
    expect(new Set(mobiles.map((m) => m.group)).size).toBe(2);
  });
});

describe('classify: ranked evidence, silence when unsure', () => {
  it('one label is enough', () => expect(classify([['label', 'mobile number']]).kind).toBe('mobile'));
  it('an id alone is not', () => expect(classify([['id', 'mobile']]).kind).toBeUndefined());
  it('a name and an id together are', () =>
    expect(
      classify([
        ['name', 'mobile'],
        ['id', 'mobile'],
      ]).kind,
    ).toBe('mobile'));
  it('conflicting strong evidence: silence', () =>
    expect(
      classify([
        ['label', 'mobile number'],
        ['aria', 'email address'],
      ]).kind,
    ).toBeUndefined());
  it('a confirm box is not the email field', () =>
    expect(classify([['label', 'confirm email address']]).kind).toBeUndefined());
  it('an organisation email is not a personal one', () =>
    expect(classify([['label', 'nhsbsa registered email address']]).kind).toBeUndefined());
  it('a CQC provider ID is not a location ID', () =>
    expect(classify([['label', 'cqc provider location id']]).kind).toBeUndefined());
  it('words() splits developer names', () => {
    expect(words('member_1.mobileNumber')).toBe('member 1 mobile number');
    expect(words('odsCode')).toBe('ods code');
  });
});

describe('isFinalAction', () => {
  const button = (text: string) => Object.assign(document.createElement('button'), { textContent: text });
  it.each(['Submit', 'Submit application', 'Send application', 'Register'])('%s is final', (t) =>
    expect(isFinalAction(button(t))).toBe(true),
  );
  it.each(['Next', 'Continue', 'Back', 'Save and continue', 'Add another person'])('%s is not', (t) =>
    expect(isFinalAction(button(t))).toBe(false),
  );
  it('Enter with no submitter is final', () => expect(isFinalAction(null)).toBe(true));
});
