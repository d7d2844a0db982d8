/**
 * Meta-test for the page hints (docs/decisions.md H2–3): every rule file is registered, its id is its
 * file name, it cites knowledge entries that exist and a review date, at least one saved layout
 * shows it; and every phone number, address and link the hints show is in lib/knowledge.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../../lib/knowledge/checklists.ts';
import { contactById } from '../../lib/knowledge/contacts.ts';
import { needById } from '../../lib/knowledge/needs.ts';
import { PASSWORD_POLICY, RESTRICTED_PASSWORD_POLICY } from '../../lib/knowledge/policy.ts';
import * as knowledge from '../../lib/knowledge/index.ts';
import { HINT_RULES } from '../../lib/background/page-hints/rules/registry.ts';
import type { HintRule } from '../../lib/background/page-hints/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HINTS = path.join(ROOT, 'lib/background/page-hints/rules');
const NOT_RULES = new Set(['registry']);
const CASES = (
  JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/portal-hints/cases.json'), 'utf8')) as {
    cases: { fixture: string; kind: string | null }[];
  }
).cases;

describe('page hint rules', () => {
  const files = readdirSync(HINTS)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => f.replace(/\.tsx?$/, ''))
    .filter((f) => !NOT_RULES.has(f));

  it('every rule file is registered, once, under its file name', () => {
    expect(HINT_RULES.map((r) => r.id).sort()).toEqual(files.sort());
  });

  it.each(HINT_RULES.map((r) => [r.id, r] as const))(
    '%s: kebab-case id, review date, known sources',
    (_id, rule: HintRule) => {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rule.source.length).toBeGreaterThan(0);
      for (const ref of rule.source) {
        const [dataset, id] = ref.split(':') as [string, string];
        const found =
          dataset === 'contacts'
            ? contactById(id)
            : dataset === 'needs'
              ? needById(id)
              : dataset === 'checklists'
                ? CHECKLIST_ITEMS.find((c) => c.id === id)
                : dataset === 'policy'
                  ? [PASSWORD_POLICY, RESTRICTED_PASSWORD_POLICY].find((p) => p.id === id)
                  : undefined;
        expect(found, ref).toBeDefined();
      }
    },
  );

  it.each(HINT_RULES.map((r) => [r.id, r] as const))(
    '%s: at least one saved layout shows it',
    (_id, rule: HintRule) => {
      expect(CASES.some((c) => c.kind === rule.kind && c.fixture.startsWith('portal-hints/'))).toBe(true);
    },
  );

  it('plain English: no exclamation marks, "sign in" not "login" in our own words', () => {
    for (const rule of HINT_RULES) {
      const text = JSON.stringify([rule.title, rule.summary, rule.blocks]);
      expect(text, rule.id).not.toMatch(/!/);
      expect(`${rule.title} ${rule.summary}`, rule.id).not.toMatch(/\blog ?in\b/i);
    }
  });

  it('every phone number, email address and link shown is in lib/knowledge', () => {
    const known = JSON.stringify(Object.values(knowledge).filter((v) => typeof v !== 'function'));
    const shown = JSON.stringify(HINT_RULES.map((r) => [r.title, r.summary, r.blocks]));
    const found = [
      ...shown.matchAll(
        /https?:\/\/[^\s"]+?(?=[.,]?["\s])|[\w.+-]+@[\w-]+(\.[\w-]+)+|\b0\d{3} ?\d{3} ?\d{4}\b|\b0\d{10}\b/g,
      ),
    ].map((m) => m[0]);
    expect(found.length).toBeGreaterThan(0);
    for (const item of found) expect(known, item).toContain(item);
  });
});
