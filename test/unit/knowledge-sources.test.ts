/**
 * Nothing in lib/ is invented: every phone number, email address and URL in the code appears verbatim in the
 * register of sources, docs/sources.md, and every seed id (S0xx) and conflict id (C…) the code cites is defined there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTACTS, SECTORS } from '../../lib/knowledge/index.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Resolved from this file's location, not the working directory. (A `new URL(…)` would be happy-dom's URL class,
// which node:fs does not accept.)
const DOC = readFileSync(resolve(REPO_ROOT, 'docs/sources.md'), 'utf8');

/** The knowledge-base files that carry data; the scans below read every .ts file in lib/knowledge. */
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
const SOURCES = readdirSync(KNOWLEDGE_DIR)
  .filter((name) => name.endsWith('.ts'))
  .sort()
  .map((name) => ({ name, text: readFileSync(resolve(KNOWLEDGE_DIR, name), 'utf8') }));

/** Every .ts/.tsx file under lib/, as paths relative to lib/ (so the check follows files that move). */
const LIB_DIR = resolve(REPO_ROOT, 'lib');
const LIB_FILES = (readdirSync(LIB_DIR, { recursive: true }) as string[])
  .filter((name) => /\.tsx?$/.test(name))
  .sort()
  .map((name) => ({ name, text: readFileSync(resolve(LIB_DIR, name), 'utf8') }));

const URL_PATTERN = /https?:\/\/[^\s'"`<>,]+/g;
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const EMAIL_TEMPLATE_PATTERN = /[a-z.]+\{ODS\}@[a-z.]+[a-z]/g;
const PHONE_PATTERN = /(?<!\d)0\d{2,4} ?\d{3,4} ?\d{3,4}(?!\d)/g;

function cleanUrl(raw: string): string {
  // Template literals (`${...}`) and trailing sentence punctuation are not part of the address.
  return raw.replace(/\$\{.*$/, '').replace(/[.;:)\]]+$/, '');
}

const digits = (phone: string) => phone.replace(/\D/g, '');
const DOC_PHONES = new Set((DOC.match(PHONE_PATTERN) ?? []).map(digits));

describe('every contact detail in lib/knowledge is in docs/sources.md', () => {
  it('finds the register of sources', () => {
    expect(DOC).toContain('# Sources and facts behind the knowledge base');
    expect(DOC).toContain('## Register');
    expect(DOC_PHONES.has('03332001133')).toBe(true);
  });

  it.each(SOURCES.map((source) => [source.name, source.text] as const))(
    '%s: every URL appears verbatim',
    (_name, text) => {
      const urls = (text.match(URL_PATTERN) ?? []).map(cleanUrl);
      const missing = urls.filter((url) => !DOC.includes(url));
      expect(missing).toEqual([]);
    },
  );

  it.each(SOURCES.map((source) => [source.name, source.text] as const))(
    '%s: every email address appears verbatim',
    (_name, text) => {
      const emails = text.match(EMAIL_PATTERN) ?? [];
      expect(emails.filter((email) => !DOC.includes(email))).toEqual([]);
      const templates = text.match(EMAIL_TEMPLATE_PATTERN) ?? [];
      expect(templates.filter((template) => !DOC.includes(template.replace('{ODS}', 'ODScode')))).toEqual([]);
    },
  );

  it.each(SOURCES.map((source) => [source.name, source.text] as const))(
    '%s: every phone number appears in docs/sources.md',
    (_name, text) => {
      const phones = text.match(PHONE_PATTERN) ?? [];
      expect(phones.filter((phone) => !DOC_PHONES.has(digits(phone)))).toEqual([]);
    },
  );

  it('the scans are not vacuous', () => {
    const all = SOURCES.map((source) => source.text).join('\n');
    expect((all.match(URL_PATTERN) ?? []).length).toBeGreaterThan(40);
    expect((all.match(EMAIL_PATTERN) ?? []).length).toBeGreaterThan(20);
    expect((all.match(EMAIL_TEMPLATE_PATTERN) ?? []).length).toBeGreaterThanOrEqual(4);
    expect((all.match(PHONE_PATTERN) ?? []).length).toBeGreaterThanOrEqual(4);
    // A made-up address or number would be caught.
    expect(DOC.includes('nasadmin@nhs.net')).toBe(false);
    expect(DOC_PHONES.has('03332001134')).toBe(false);
  });

  it('shows phone numbers in the display form docs/sources.md uses', () => {
    for (const contact of CONTACTS) {
      if (contact.phone) expect(DOC, contact.id).toContain(contact.phone.display);
    }
  });

  it('contact emails and URLs appear verbatim (checked on the data, not only the source text)', () => {
    for (const contact of CONTACTS) {
      if (contact.email) expect(DOC, contact.id).toContain(contact.email);
      if (contact.url) expect(DOC, contact.id).toContain(contact.url);
    }
    for (const sector of SECTORS) {
      if (sector.registrationUrl) expect(DOC).toContain(sector.registrationUrl);
      if (sector.sharedMailbox) expect(DOC).toContain(sector.sharedMailbox.pattern.replace('{ODS}', 'ODScode'));
    }
  });

  it('the test covers every knowledge file that carries data', () => {
    const present = readdirSync(KNOWLEDGE_DIR).filter((name) => name.endsWith('.ts'));
    for (const name of KNOWLEDGE_FILES) expect(present).toContain(name);
  });
});

describe('every address anywhere in lib/ is in docs/sources.md', () => {
  it('scans a real tree', () => {
    expect(LIB_FILES.length).toBeGreaterThan(40);
    expect(LIB_FILES.some((file) => file.name.startsWith('knowledge'))).toBe(true);
  });

  it('every URL, email address and phone number in lib/ appears in docs/sources.md', () => {
    const missing = LIB_FILES.flatMap(({ name, text }) =>
      [
        ...(text.match(URL_PATTERN) ?? []).map(cleanUrl).filter((url) => !DOC.includes(url)),
        ...(text.match(EMAIL_PATTERN) ?? []).filter((email) => !DOC.includes(email)),
        ...(text.match(PHONE_PATTERN) ?? []).filter((phone) => !DOC_PHONES.has(digits(phone))),
      ].map((found) => `${name}: ${found}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('docs/sources.md defines every source and conflict id that lib/ cites', () => {
  const cited = (pattern: RegExp) => [...new Set(LIB_FILES.flatMap(({ text }) => text.match(pattern) ?? []))].sort();
  const seedIds = cited(/\bS0\d{2}\b/g);
  const conflictIds = cited(/\bC\d+\b/g);
  /** A seed is defined by its register entry ("- **S001**:"), a conflict by its heading ("### C5 …"). */
  const definesSeed = (id: string) => new RegExp(`^- \\*\\*${id}\\*\\*:`, 'm').test(DOC);
  const definesConflict = (id: string) => new RegExp(`^### ${id} `, 'm').test(DOC);

  it('finds the ids the code cites', () => {
    expect(seedIds).toEqual(expect.arrayContaining(['S000', 'S001', 'S002', 'S003', 'S004']));
    expect(conflictIds.length).toBeGreaterThanOrEqual(5);
  });

  it('defines every cited seed id', () => {
    expect(seedIds.filter((id) => !definesSeed(id))).toEqual([]);
  });

  it('defines every cited conflict id', () => {
    expect(conflictIds.filter((id) => !definesConflict(id))).toEqual([]);
  });

  it('would notice an undefined id', () => {
    expect(definesSeed('S005')).toBe(false);
    expect(definesConflict('C99')).toBe(false);
  });
});

describe('bundle hygiene', () => {
  it('the data files import values only from the zod-free id lists, so they never pull zod into a bundle', () => {
    const zodFree = /from '\.\/(sector-ids|checklist-steps)\.ts'/;
    for (const { name, text } of SOURCES) {
      if (name === 'schema.ts' || name === 'index.ts') continue;
      const valueImports = text.split('\n').filter((line) => /^import (?!type )/.test(line) && !zodFree.test(line));
      expect(valueImports, name).toEqual([]);
    }
    for (const name of ['sector-ids.ts', 'checklist-steps.ts']) {
      const text = SOURCES.find((source) => source.name === name)?.text ?? '';
      expect(text, name).toMatch(/export const/);
      expect(text, name).not.toMatch(/^import /m);
    }
  });

  it('never imports full zod', () => {
    for (const { name, text } of SOURCES) expect(text, name).not.toMatch(/from 'zod'/);
  });
});

describe('conflicts are resolved as docs/sources.md says', () => {
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

  it('invents no registration routes other than optometry (unconfirmed in docs/sources.md §3.1)', () => {
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
