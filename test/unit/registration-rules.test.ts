/** Rules: each decides from plain data; the meta-test keeps the conventions (docs/decisions.md H2–3). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS, checklistForSector } from '../../lib/knowledge/checklists.ts';
import { CHECKLIST_STEPS, SECTOR_IDS } from '../../lib/knowledge/schema.ts';
import { SECTORS } from '../../lib/knowledge/sectors.ts';
import { checklistEntries, leftToDo, unmetBeforeSubmit, withProof } from '../../lib/content/registration/checklist.ts';
import { FIELD_KINDS, type FieldKind } from '../../lib/content/registration/fields.ts';
import { projectRegistrationKnowledge } from '../../lib/content/kit/registration-facts.ts';
import type { FormModel, RuleCitation, RuleSettings } from '../../lib/content/registration/model.ts';
import { RULES, evaluateRules } from '../../lib/content/registration/rules/registry.ts';
import { odsMessage } from '../../lib/validators.ts';
import { PROVED_BY, registrationWords, ruleWords } from '../../lib/content/registration/words.ts';

const RULES_DIR = path.resolve(import.meta.dirname, '../../lib/content/registration/rules');
const K = projectRegistrationKnowledge(SECTORS, CHECKLIST_ITEMS, CHECKLIST_STEPS);
const odsOf = (id: string) => SECTORS.find((s) => s.id === id)!.ods;
/** The words the background sends (lib/background/service.ts). */
const WORDS = registrationWords(K);

function model(sector: FormModel['sector'], fields: [FieldKind, string][]): FormModel {
  return { sector, fields: fields.map(([kind, value], index) => ({ index, kind, value, group: index })) };
}
const ids = (m: FormModel, s: RuleSettings = { final: false }) =>
  evaluateRules(m, s, WORDS).map((f) => `${f.ruleId}@${f.field}:${f.severity}`);

describe('meta: one rule per file, registered, cited, reviewed', () => {
  const files = readdirSync(RULES_DIR)
    .filter((f) => f !== 'registry.ts')
    .map((f) => f.replace(/\.ts$/, ''));
  it('every rule file is registered and every registered rule has its own file', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
  });
  const modules = import.meta.glob<{ citation?: RuleCitation } & Record<string, unknown>>(
    '../../lib/content/registration/rules/*.ts',
    { eager: true },
  );
  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s: kebab-case id equal to its file name, a source, a review date',
    (id, rule) => {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const module = modules[`../../lib/content/registration/rules/${id}.ts`];
      expect(Object.values(module ?? {})).toContain(rule);
      expect(module?.citation?.source.length).toBeGreaterThan(0);
      expect(module?.citation?.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(module?.words ?? module?.wordsFor).toBeTruthy();
    },
  );
  it('every registered rule has its words in what the background sends', () => {
    expect(Object.keys(ruleWords(SECTORS)).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
  it("the content script imports the words' types only: the background sends them", () => {
    const dir = path.resolve(RULES_DIR, '..');
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts') && f !== 'words.ts');
    const importing = files.filter((f) =>
      /^import (?!type )[^;]*from '(\.\.?\/)+words\.ts'/m.test(readFileSync(path.join(dir, f), 'utf8')),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(importing).toEqual([]);
  });
});

describe('words: every problem a rule can find has its words', () => {
  const VALUES: Record<FieldKind, string[]> = {
    ods: ['', 'AB', '??', 'V03462', 'FVR79'],
    mobile: ['', '0123', '+447700900123', '0770090012', '07700-abc', '07700900123', '07700 900123'],
    email: ['', 'jo@nhs.net', 'not an address', 'a@x.com', 'A@x.com'],
    'auth-code': ['', 'X1'],
    otp: ['', '12345', '123456'],
    'cqc-location': ['', 'CON1-1', '1-123'],
    'cqc-contact': ['', '12345', '1-123'],
  };
  const fields = Object.entries(VALUES).flatMap(([kind, values]) =>
    values.map((v): [FieldKind, string] => [kind as FieldKind, v]),
  );
  it.each(SECTOR_IDS)('%s, while typing and at the final check', (sector) => {
    const m = model(sector, fields);
    for (const final of [false, true]) {
      const keys = RULES.filter((r) => r.appliesTo(m)).flatMap((r) =>
        r.evaluate(m, { final, ods: odsOf(sector) }).map((f) => `${r.id}/${f.problem}`),
      );
      expect(keys.length).toBeGreaterThan(3);
      for (const key of keys) expect(WORDS[key], key).toBeTruthy();
    }
  });
  it("ODS: the words name the sector and repeat its hint, in the validators' wording", () => {
    const pharmacy = SECTORS.find((s) => s.id === 'pharmacy')!;
    const found = evaluateRules(model('pharmacy', [['ods', 'V03462']]), { final: true, ods: pharmacy.ods }, WORDS);
    expect(found.map((f) => f.message)).toEqual([
      odsMessage({ kind: 'format', code: 'V03462' }, { name: pharmacy.name, hint: pharmacy.ods.hint }),
    ]);
    expect(found[0]?.message).toMatch(/^This does not look like an ODS code for /);
  });
  it('a finding with no words is not shown', () => {
    expect(evaluateRules(model('optometry', [['mobile', '0123']]), { final: true }, {})).toEqual([]);
  });
});

describe('rules', () => {
  it('mobile "0123" gets the 07 rule; a good one and a blank get nothing', () => {
    const m = model('optometry', [
      ['mobile', '0123'],
      ['mobile', '07700 900123'],
      ['mobile', ''],
    ]);
    const found = evaluateRules(m, { final: false }, WORDS);
    expect(found.map((f) => [f.ruleId, f.field, f.message])).toEqual([
      ['mobile-format', 0, 'Enter a mobile number that starts 07'],
    ]);
  });
  it('the same mobile or email for two people', () => {
    const m = model('pharmacy', [
      ['mobile', '07700900123'],
      ['mobile', '07700-900-123'],
      ['email', 'A@x.com'],
      ['email', 'a@x.com '],
    ]);
    expect(ids(m)).toEqual(['duplicate-mobile@1:error', 'duplicate-email@3:error']);
  });
  it('@nhs.net email: may already have an account', () => {
    const found = evaluateRules(model('dental', [['email', 'jo@nhs.net']]), { final: false }, WORDS);
    expect(found.map((f) => [f.ruleId, f.field, f.message])).toEqual([
      [
        'personal-email',
        0,
        'This is an @nhs.net address, so this person may already have an NHSmail account. Registering them again makes a duplicate: if unsure, ask before applying. Otherwise give their personal email address.',
      ],
    ]);
  });
  it('ODS: confirmed formats are errors; unconfirmed ones (optometry) only warn; never-ODS characters are errors', () => {
    expect(ids(model('pharmacy', [['ods', 'V03462']]), { final: true, ods: odsOf('pharmacy') })).toEqual([
      'ods-format@0:error',
    ]);
    expect(ids(model('optometry', [['ods', 'AB']]), { final: true, ods: odsOf('optometry') })).toEqual([
      'ods-format@0:warn',
    ]);
    expect(ids(model('optometry', [['ods', '??']]), { final: true, ods: odsOf('optometry') })).toEqual([
      'ods-format@0:error',
    ]);
    expect(ids(model('pharmacy', [['ods', 'fvr79']]), { final: true, ods: odsOf('pharmacy') })).toEqual([]);
  });
  it('authentication code: only at the final check, and only when empty', () => {
    const m = model('optometry', [['auth-code', '']]);
    expect(ids(m)).toEqual([]);
    expect(ids(m, { final: true })).toEqual(['auth-code-present@0:error']);
    expect(ids(model('optometry', [['auth-code', 'X1']]), { final: true })).toEqual([]);
  });
  it('CQC IDs and the locum passcode', () => {
    expect(
      ids(
        model('social-care', [
          ['cqc-location', 'CON1-1'],
          ['cqc-contact', '12345'],
        ]),
      ),
    ).toEqual(['cqc-location-id@0:error', 'cqc-contact-id@1:warn']);
    expect(ids(model('gp-locum', [['otp', '12345']]))).toEqual(['locum-passcode@0:error']);
    expect(ids(model('pharmacy', [['otp', '12345']]))).toEqual([]);
  });
  it('dismissed rules say nothing', () => {
    expect(
      evaluateRules(model('optometry', [['mobile', '0123']]), { final: true }, WORDS, new Set(['mobile-format'])),
    ).toEqual([]);
  });
});

describe('checklist from the knowledge base', () => {
  it.each(SECTOR_IDS)('%s: same items and order as checklistForSector', (sector) => {
    expect(checklistEntries(K, WORDS, sector).map((i) => i.id)).toEqual(checklistForSector(sector).map((i) => i.id));
  });
  it('optometry: the items, in step order, written out (the comparison above alone passes if both lose items)', () => {
    expect(checklistEntries(K, WORDS, 'optometry').map((i) => i.id)).toEqual([
      'no-existing-account',
      'dspt-standards-met',
      'optometry-ten-or-fewer-sites',
      'optometry-locum-practice-applies',
      'optometry-nhsbsa-code',
      'ods-code-optometry',
      'owner-and-members-decided',
      'unique-mobile-numbers',
      'unique-personal-emails',
      'users-per-site',
      'activate-within-30-days',
    ]);
  });
  it('the DSPT link goes to the organisation when the ODS code is known', () => {
    const dspt = checklistEntries(K, WORDS, 'pharmacy', 'FVR79').find((i) => i.id === 'dspt-standards-met')!;
    expect(dspt.link).toEqual({
      url: 'https://www.dsptoolkit.nhs.uk/OrganisationSearch/FVR79',
      text: 'Check FVR79 on the DSPT website',
    });
    // Every item linking to the DSPT search does so, social care's too; other links stay as they are.
    const social = checklistEntries(K, WORDS, 'social-care', 'AB123').filter((i) => i.link?.url.includes('/AB123'));
    expect(social.map((i) => i.id)).toContain('dspt-approaching-standards');
    for (const sector of SECTOR_IDS)
      for (const item of checklistEntries(K, WORDS, sector, 'AB123'))
        if (item.link && !item.link.url.startsWith('https://www.dsptoolkit.nhs.uk/OrganisationSearch'))
          expect(item.link).toEqual(CHECKLIST_ITEMS.find((i) => i.id === item.id)?.link);
    // Without a usable code (or before the background's words) the search link stays.
    expect(
      checklistEntries(K, WORDS, 'pharmacy', 'not a code!').find((i) => i.id === 'dspt-standards-met')?.link?.url,
    ).toBe('https://www.dsptoolkit.nhs.uk/OrganisationSearch');
    expect(checklistEntries(K, {}, 'pharmacy', 'FVR79').find((i) => i.id === 'dspt-standards-met')?.link?.url).toBe(
      'https://www.dsptoolkit.nhs.uk/OrganisationSearch',
    );
  });
  it('optometry says the application is not processed without the NHSBSA code', () => {
    const item = checklistEntries(K, WORDS, 'optometry').find((i) => i.id === 'optometry-nhsbsa-code')!;
    expect(item.detail).toMatch(/not processed/);
  });
  const optometry = (m: FormModel) => {
    const final = evaluateRules(m, { final: true, ods: odsOf('optometry') }, WORDS);
    return { final, items: withProof(checklistEntries(K, WORDS, 'optometry'), m, final, WORDS) };
  };

  it('the check before submitting: items only the person can confirm first, then each wrong field once', () => {
    const m = model('optometry', [
      ['auth-code', ''],
      ['ods', 'TST12'],
      ['mobile', '0123'],
      ['mobile', '07700900123'],
      ['email', 'jo@example.com'],
    ]);
    const { final, items } = optometry(m);
    expect(unmetBeforeSubmit(m, final, items, new Set(), WORDS).map((u) => u.text)).toEqual([
      'Not ticked: Nobody being registered already has an NHSmail account.',
      'Not ticked: Our DSPT assessment is published at Standards Met or higher.',
      'Not ticked: We have 10 or fewer sites.',
      'Not ticked: We have decided who owns the shared mailbox and who are members.',
      'Authentication code: Enter the NHSBSA authentication code. Without it the application is not processed.',
      'Mobile number (1 of 2): Enter a mobile number that starts 07',
    ]);
    // Ticking the items a person confirms leaves only the fields; proved items are never ticks.
    const user = items.filter((i) => i.must && !i.proof).map((i) => i.id);
    expect(unmetBeforeSubmit(m, final, items, new Set(user), WORDS).map((u) => u.kind)).toEqual(['field', 'field']);
  });

  it('items the form proves: met by valid fields, a problem when wrong or empty, elsewhere when absent', () => {
    const valid = model('optometry', [
      ['auth-code', 'ABC-1'],
      ['ods', 'TST12'],
      ['mobile', '07700900123'],
      ['email', 'jo@example.com'],
    ]);
    const proofs = (m: FormModel) =>
      Object.fromEntries(
        optometry(m)
          .items.filter((i) => i.proof)
          .map((i) => [i.id, i.proof]),
      );
    expect(proofs(valid)).toEqual({
      'optometry-nhsbsa-code': 'met',
      'ods-code-optometry': 'met',
      'unique-mobile-numbers': 'met',
      'unique-personal-emails': 'met',
    });
    expect(
      proofs(
        model('optometry', [
          ['auth-code', ''],
          ['mobile', '07700900123'],
          ['mobile', '07700 900123'],
        ]),
      ),
    ).toEqual({
      'optometry-nhsbsa-code': 'problem',
      'ods-code-optometry': 'elsewhere',
      'unique-mobile-numbers': 'problem',
      'unique-personal-emails': 'elsewhere',
    });
    const { final, items } = optometry(valid);
    const user = items.filter((i) => i.must && !i.proof).map((i) => i.id);
    expect(unmetBeforeSubmit(valid, final, items, new Set(user), WORDS)).toEqual([]);
    expect(leftToDo(items, new Set())).toBe(user.length);
    expect(leftToDo(items, new Set(user))).toBe(0);
    expect(leftToDo(optometry(model('optometry', [['auth-code', '']])).items, new Set(user))).toBe(1);
  });

  it('every item the form proves is a checklist item, and a field kind proves it', () => {
    for (const [id, kind] of Object.entries(PROVED_BY)) {
      expect(CHECKLIST_ITEMS.map((i) => i.id)).toContain(id);
      expect(FIELD_KINDS).toContain(kind);
    }
    // Before the background's words nothing is proved: every item is the person's to tick.
    const m = model('optometry', [['mobile', '07700900123']]);
    expect(withProof(checklistEntries(K, {}, 'optometry'), m, [], {}).filter((i) => i.proof)).toEqual([]);
  });

  it('the authentication code is asked for on optometry pages only', () => {
    expect(ids(model(undefined, [['auth-code', '']]), { final: true })).toEqual([]);
    expect(ids(model('pharmacy', [['auth-code', '']]), { final: true })).toEqual([]);
  });
});
