// @vitest-environment happy-dom
/**
 * The layout report keeps a page's structure and nothing about the person: no typed value, email
 * address, phone number or personal name survives, wherever on the page it is put. The main proof
 * is independence: two pages that differ only in such a detail give exactly the same report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKnownWord, layoutReport, scrub } from '../../lib/content/kit/layout-report.ts';

/** What the page may hold about a person; each slot is filled by a test. */
interface Secrets {
  /** Typed into fields (property, attribute, textarea, contenteditable). */
  value: string;
  /** Put in text, labels, headings and attributes. */
  detail: string;
}

/** A portal-like page with the detail in every kind of place the report reads. */
function page({ value, detail }: Secrets): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.title = `Welcome ${detail}`;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const node = doc.createElement(tag);
    for (const [name, v] of Object.entries(attrs)) node.setAttribute(name, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const header = el('header', { role: 'banner', 'aria-label': `Signed in as ${detail}` });
  header.append(
    el('span', { title: detail }, detail),
    el('a', { href: `mailto:${detail}`, id: detail }, `Sign out ${detail}`),
    el('img', { alt: detail }),
  );
  const form = el('form', { name: detail });
  const label = el('label', { for: 'mobile' }, `Mobile number for ${detail}`);
  const mobile = el('input', { id: 'mobile', type: 'tel', autocomplete: 'tel', value, placeholder: detail });
  const email = el('input', { type: 'email', autocomplete: 'email', name: 'email' });
  email.value = value;
  const notes = el('textarea', { 'aria-label': detail }, value);
  const editor = el('div', { contenteditable: 'true' }, value);
  const hidden = el('input', { type: 'hidden', value });
  form.append(el('h1', {}, `Details for ${detail}`), label, mobile, email, notes, editor, hidden);
  const table = el('table');
  const row = el('tr');
  row.append(el('th', {}, 'Name'), el('td', {}, detail));
  table.append(row);
  // A whole form inside an open shadow root, with the detail in its label and value.
  const custom = doc.createElement('portal-field');
  const shadow = custom.attachShadow({ mode: 'open' });
  const inner = el('input', { type: 'text', 'aria-label': `Owner ${detail}`, value });
  inner.value = value;
  shadow.append(el('label', {}, detail), inner);
  doc.body.append(header, form, table, custom, el('p', {}, `${detail} ${detail}`));
  return doc;
}

const PLAIN: Secrets = { value: '', detail: 'Name' };

/** Common UK given names and surnames: none may be an everyday word the report keeps. */
const NAMES = [
  'Oliver', 'Amelia', 'Olivia', 'Harry', 'Jack', 'George', 'Noah', 'Isla', 'Ava', 'Emily', 'Sophia', 'Mia', 'Jo',
  'Sam', 'Alex', 'Priya', 'Mohammed', 'Fatima', 'Aisha', 'Siobhan', 'Niamh', 'Rhys', 'Dylan', 'Sian', 'Chloe',
  'Will', 'Mark', 'Rose', 'Grace', 'Hope', 'May', 'June', 'Dawn', 'Joy', 'Faith', 'Ray', 'Bill', 'Penny', 'Frank',
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts',
  'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris',
  'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark',
  'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker',
  'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins',
  'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis', 'Adams',
  'Singh', 'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali', 'Hunt',
  'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight', 'Lloyd', 'Butler',
  'Russell', 'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey', "O'Brien", 'Nguyen', 'Kowalski',
]; // prettier-ignore

const report = (secrets: Secrets) => layoutReport(page(secrets));
/** Each run builds two pages: enough runs to vary every slot, few enough for a shared machine. */
const PAGE_RUNS = { numRuns: 60 };
/** Words the page's structure itself puts in the report (tag and attribute names): not a leak. */
let structure: Set<string> | undefined;
const isStructure = (word: string) =>
  (structure ??= new Set(
    report(PLAIN)
      .toLowerCase()
      .match(/[a-z]+/g),
  )).has(word.toLowerCase());

const email = fc.emailAddress();
/** UK numbers in the shapes people write them. */
const phone = fc
  .tuple(
    fc.constantFrom('07', '+44 7', '+44 (0)7', '01', '02', '(01', '(0', '0044 7', '03'),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 10 }),
    fc.constantFrom(' ', '', '-', '.'),
    fc.integer({ min: 2, max: 5 }),
  )
  .map(([start, digits, separator, at]) => {
    const rest = digits.join('');
    const body = `${rest.slice(0, at)}${start.startsWith('(') ? ')' : ''}${separator || ' '}${rest.slice(at)}`;
    return `${start}${body.replace(/ /g, separator || ' ')}`;
  });
/** A personal name that is not an everyday word: a listed one or a made-up one. */
const name = fc
  .oneof(fc.constantFrom(...NAMES), fc.stringMatching(/^[A-Z][a-z]{1,11}$/), fc.stringMatching(/^[a-z]{2,12}$/))
  .filter((n) => !isKnownWord(n) && !isStructure(n));
const fullName = fc.tuple(name, name).map(([first, last]) => `${first} ${last}`);

describe('layoutReport', () => {
  it('describes the structure: tags, roles, types, autocomplete, label and heading text, shadow roots', () => {
    const doc = document.implementation.createHTMLDocument('');
    const form = doc.createElement('form');
    const label = doc.createElement('label');
    label.setAttribute('for', 'm');
    label.textContent = 'Mobile number (for Jo Bloggs, 07700 900123)';
    const input = doc.createElement('input');
    input.id = 'm';
    input.type = 'tel';
    input.autocomplete = 'tel';
    input.value = 'secret typed text';
    const submit = doc.createElement('input');
    submit.type = 'submit';
    submit.value = 'Continue';
    const heading = doc.createElement('h1');
    heading.textContent = 'Register jo@nhs.net at practice FA123';
    const host = doc.createElement('nhs-card');
    host.attachShadow({ mode: 'open' }).append(doc.createTextNode('Sign out'));
    form.append(label, input, submit);
    doc.body.append(heading, form, host);
    expect(layoutReport(doc)).toBe(
      [
        'html',
        '  head',
        '  body',
        '    h1',
        '      "Register [email] at practice [word][number]"',
        '    form',
        '      label for="[word]"',
        '        "Mobile number (for [word] [word], [phone])"',
        '      input type="tel" autocomplete="tel" id="[word]" [value]',
        '      input type="submit" label="Continue"',
        '    nhs-[word]',
        '      #shadow-root',
        '        "Sign out"',
      ].join('\n'),
    );
  });

  it('leaves out scripts, styles, our own injected hosts and what fields and editors hold', () => {
    const doc = document.implementation.createHTMLDocument('');
    const ours = doc.createElement('nhsc-panel');
    ours.setAttribute('data-nhsc-host', 'nhsc-panel');
    ours.textContent = 'Sign out';
    const select = doc.createElement('select');
    for (const person of ['Jo Bloggs', 'Sam Patel'])
      select.append(Object.assign(doc.createElement('option'), { text: person }));
    const script = doc.createElement('script');
    script.textContent = 'var user = "someone";';
    doc.body.append(ours, select, script);
    expect(layoutReport(doc.body)).toBe(['body', '  select [value]'].join('\n'));
  });

  it('stops after 3000 lines and says how many were left out', () => {
    const doc = document.implementation.createHTMLDocument('');
    for (let i = 0; i < 3100; i++) doc.body.append(doc.createElement('br'));
    const lines = layoutReport(doc).split('\n');
    expect(lines).toHaveLength(3001);
    expect(lines.at(-1)).toBe('… 103 more lines left out');
  });

  it('never depends on what was typed into a field', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(report({ value: a, detail: 'Name' })).toBe(report({ value: b, detail: 'Name' }));
      }),
      PAGE_RUNS,
    );
  }, 30_000);

  it('replaces every email address, wherever it is, by [email]', () => {
    const plain = report({ ...PLAIN, detail: 'a@b' });
    fc.assert(
      fc.property(email, fc.string(), (address, value) => {
        const text = report({ value, detail: address });
        expect(text).toBe(plain);
        expect(text).not.toContain(address);
        expect(text).not.toContain('@');
      }),
      PAGE_RUNS,
    );
  }, 30_000);

  it('replaces every phone number, wherever it is, by [phone]: no digit of it survives', () => {
    const plain = report({ ...PLAIN, detail: '0000000' });
    fc.assert(
      fc.property(phone, fc.string(), (number, value) => {
        const text = report({ value, detail: number });
        expect(text).toBe(plain);
        // The one digit left is the page's own h1.
        expect(text.match(/\d/g)).toEqual(['1']);
      }),
      PAGE_RUNS,
    );
  }, 30_000);

  it('replaces every personal name, wherever it is, by [word]', () => {
    const plain = report({ ...PLAIN, detail: 'Xq Zv' });
    fc.assert(
      fc.property(fullName, fc.string(), (person, value) => {
        const text = report({ value, detail: person });
        expect(text).toBe(plain);
        for (const part of person.split(' ')) expect(text).not.toMatch(new RegExp(`(?<![A-Za-z])${part}(?![A-Za-z])`));
      }),
      PAGE_RUNS,
    );
  }, 30_000);

  it('keeps no common given name or surname as an everyday word', () => {
    expect(NAMES.filter(isKnownWord)).toEqual([]);
  });
});

describe('scrub', () => {
  it('keeps everyday words and punctuation; replaces emails, numbers, phones and other words', () => {
    expect(scrub('Signed in as Jo Bloggs (jo.bloggs@nhs.net)')).toBe('Signed in as [word] [word] [email]');
    expect(scrub('Call 01632 960 123 or 123, step 2 of 3')).toBe('Call [phone] or [number], step [number] of [number]');
    expect(scrub('https://portal.nhs.net/Profile?user=jo')).toBe('https://portal.nhs.net/Profile?user [word]');
  });

  it('cuts long text to 16 words', () => {
    expect(scrub(Array.from({ length: 20 }, () => 'sign').join(' '))).toBe(`${'sign '.repeat(16).trim()} …`);
  });

  it('lets through only everyday words, placeholders and punctuation, whatever the text', () => {
    // Everyday words glued to odd characters, digits and @ are where a scrubber slips.
    const piece = fc.constantFrom('sign', 'in', 'I', 'a', 'Jo', '{', "'", '’', '@', '0', '-', '+', ' ', '[', ']');
    const pieces = fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }).map((parts) => parts.join(''));
    const allowed = /^(?:\[(?:email|phone|number|word)\]|[\p{L}\p{M}'’]+|[\s.,:;?!()*/&'_–-]|…)*$/u;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), pieces), (text) => {
        const out = scrub(text);
        expect(out).toMatch(allowed);
        expect(out).not.toMatch(/\d|@/);
        const words = out.replace(/\[(?:email|phone|number|word)\]/g, ' ').match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
        expect(words.filter((w) => !isKnownWord(w))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});
