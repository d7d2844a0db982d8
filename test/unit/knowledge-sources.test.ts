/**
 * Nothing in lib/knowledge is invented: every phone number, email address and URL appears verbatim in the cited
 * fact sheet (/work/shared/FACTS.md, i.e. ../shared/FACTS.md from the repository root).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTACTS, SECTORS } from '../../lib/knowledge/index.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FACTS = readFileSync(resolve(REPO_ROOT, '../shared/FACTS.md'), 'utf8');

/** The knowledge-base files owned by this feature (lib/knowledge also holds files that carry no facts). */
const KNOWLEDGE_FILES = [
  'schema.ts',
  'sectors.ts',
  'contacts.ts',
  'needs.ts',
  'policy.ts',
  'checklists.ts',
  'bank-holidays.ts',
  'index.ts',
];
const KNOWLEDGE_DIR = resolve(REPO_ROOT, 'lib/knowledge');
const SOURCES = KNOWLEDGE_FILES.map((name) => ({ name, text: readFileSync(resolve(KNOWLEDGE_DIR, name), 'utf8') }));

/** URLs allowed although FACTS.md does not list them (they are not contacts). */
const ALLOWED_URLS = new Set(['https://www.gov.uk/bank-holidays']);

const URL_PATTERN = /https?:\/\/[^\s'"`<>,]+/g;
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const EMAIL_TEMPLATE_PATTERN = /[a-z.]+\{ODS\}@[a-z.]+[a-z]/g;
const PHONE_PATTERN = /(?<!\d)0\d{2,4} ?\d{3,4} ?\d{3,4}(?!\d)/g;

function cleanUrl(raw: string): string {
  // Template literals (`${...}`) and trailing sentence punctuation are not part of the address.
  return raw.replace(/\$\{.*$/, '').replace(/[.)\]]+$/, '');
}

const digits = (phone: string) => phone.replace(/\D/g, '');
const FACTS_PHONES = new Set((FACTS.match(PHONE_PATTERN) ?? []).map(digits));

describe('every contact detail comes from FACTS.md', () => {
  it('finds the fact sheet', () => {
    expect(FACTS).toContain('NHSmail (NHS.net Connect) fact sheet');
    expect(FACTS_PHONES.has('03332001133')).toBe(true);
  });

  it.each(SOURCES.map((source) => [source.name, source.text] as const))(
    '%s: every URL appears verbatim',
    (_name, text) => {
      const urls = (text.match(URL_PATTERN) ?? []).map(cleanUrl);
      const missing = urls.filter((url) => !ALLOWED_URLS.has(url) && !FACTS.includes(url));
      expect(missing).toEqual([]);
    },
  );

  it.each(SOURCES.map((source) => [source.name, source.text] as const))(
    '%s: every email address appears verbatim',
    (_name, text) => {
      const emails = text.match(EMAIL_PATTERN) ?? [];
      expect(emails.filter((email) => !FACTS.includes(email))).toEqual([]);
      const templates = text.match(EMAIL_TEMPLATE_PATTERN) ?? [];
      expect(templates.filter((template) => !FACTS.includes(template.replace('{ODS}', 'ODScode')))).toEqual([]);
    },
  );

  it.each(SOURCES.map((source) => [source.name, source.text] as const))(
    '%s: every phone number appears in FACTS.md',
    (_name, text) => {
      const phones = text.match(PHONE_PATTERN) ?? [];
      expect(phones.filter((phone) => !FACTS_PHONES.has(digits(phone)))).toEqual([]);
    },
  );

  it('the scans are not vacuous', () => {
    const all = SOURCES.map((source) => source.text).join('\n');
    expect((all.match(URL_PATTERN) ?? []).length).toBeGreaterThan(40);
    expect((all.match(EMAIL_PATTERN) ?? []).length).toBeGreaterThan(20);
    expect((all.match(EMAIL_TEMPLATE_PATTERN) ?? []).length).toBeGreaterThanOrEqual(4);
    expect((all.match(PHONE_PATTERN) ?? []).length).toBeGreaterThanOrEqual(4);
    // A made-up address or number would be caught.
    expect(FACTS.includes('nasadmin@nhs.net')).toBe(false);
    expect(FACTS_PHONES.has('03332001134')).toBe(false);
  });

  it('shows phone numbers in the display form FACTS.md uses', () => {
    for (const contact of CONTACTS) {
      if (contact.phone) expect(FACTS, contact.id).toContain(contact.phone.display);
    }
  });

  it('contact emails and URLs appear verbatim (checked on the data, not only the source text)', () => {
    for (const contact of CONTACTS) {
      if (contact.email) expect(FACTS, contact.id).toContain(contact.email);
      if (contact.url) expect(FACTS, contact.id).toContain(contact.url);
    }
    for (const sector of SECTORS) {
      if (sector.registrationUrl) expect(FACTS).toContain(sector.registrationUrl);
      if (sector.sharedMailbox) expect(FACTS).toContain(sector.sharedMailbox.pattern.replace('{ODS}', 'ODScode'));
    }
  });

  it('the test covers every knowledge file that carries data', () => {
    const present = readdirSync(KNOWLEDGE_DIR).filter((name) => name.endsWith('.ts'));
    for (const name of KNOWLEDGE_FILES) expect(present).toContain(name);
  });
});

describe('bundle hygiene', () => {
  it('the data files import only types, so they never pull zod into a bundle', () => {
    for (const { name, text } of SOURCES) {
      if (name === 'schema.ts' || name === 'index.ts') continue;
      const valueImports = text.split('\n').filter((line) => /^import (?!type )/.test(line));
      expect(valueImports, name).toEqual([]);
    }
  });

  it('never imports full zod', () => {
    for (const { name, text } of SOURCES) expect(text, name).not.toMatch(/from 'zod'/);
  });
});

describe('conflicts are resolved as FACTS.md says', () => {
  const all = SOURCES.map((source) => source.text).join('\n');

  it('never uses the unsourced dentaladmin address (C6)', () => {
    expect(all.toLowerCase()).not.toContain('dentaladmin');
    expect(CONTACTS.find((c) => c.id === 'nas-dental-older')?.email).toBe('dentistadmin@nhs.net');
  });

  it('uses only the current NHSBSA address (C4)', () => {
    for (const doubtful of ['nhsbsa.paos-support@nhs.net', 'paos-support@nhs.net', 'nhsbsa-paos-support@nhs.net']) {
      expect(all).not.toContain(doubtful);
    }
    expect(CONTACTS.find((c) => c.id === 'nhsbsa-pao-support')?.email).toBe('pao-support@nhsbsa.nhs.uk');
  });

  it('invents no registration routes other than optometry (UNCONFIRMED in FACTS.md §3.1)', () => {
    const routes = all.match(/Registration#\/[a-z-]+/g) ?? [];
    expect(new Set(routes)).toEqual(new Set(['Registration#/optometry']));
  });

  it('does not state the unconfirmed dental shared mailbox address as confirmed', () => {
    const dental = SECTORS.find((s) => s.id === 'dental');
    expect(dental?.sharedMailbox?.confirmed).toBe(false);
  });

  it('puts the helpdesk first for NAS and marks sector mailboxes as dated older routes (C5)', () => {
    for (const contact of CONTACTS) {
      if (/^(pharmacy|dentist|care|optom|locum)admin@nhs\.net$/.test(contact.email ?? '')) {
        expect(contact.status, contact.id).toBe('older');
        expect(contact.seenDate, contact.id).toBeDefined();
      }
    }
  });
});
