/**
 * The knowledge base validates, every entry is cited, ids are unique and references resolve, and the data is in
 * canonical form.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  CHECKLIST_ITEMS,
  CONTACTS,
  Cited,
  ContactSchema,
  LOCAL_CONTACTS,
  LocalContactSchema,
  NEEDS,
  RESTORE_ROUTE,
  SECTORS,
  SECTOR_IDS,
  knowledgeDatasets,
  validateKnowledgeBase,
} from '../../lib/knowledge/index.ts';

function withoutKey(entry: unknown, key: string): Record<string, unknown> {
  const copy = structuredClone(entry) as Record<string, unknown>;
  delete copy[key];
  return copy;
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) allStrings(item, out);
  return out;
}

/** Every object with an `id` anywhere in the knowledge base, except LOCAL_CONTACTS (a projection of CONTACTS). */
function allEntries(): { dataset: string; entry: Record<string, unknown> }[] {
  return knowledgeDatasets()
    .filter((dataset) => dataset.name !== 'LOCAL_CONTACTS')
    .flatMap((dataset) =>
      dataset.entries.map((entry) => ({ dataset: dataset.name, entry: entry as Record<string, unknown> })),
    );
}

describe('knowledge base validation', () => {
  it('validates with no problems', () => {
    expect(validateKnowledgeBase()).toEqual([]);
  });

  it('covers every dataset with at least one entry', () => {
    for (const dataset of knowledgeDatasets()) expect(dataset.entries.length, dataset.name).toBeGreaterThan(0);
  });

  it.each(knowledgeDatasets().map((dataset) => [dataset.name, dataset] as const))(
    '%s: an entry without source or reviewed is rejected',
    (_name, dataset) => {
      const entry = dataset.entries[0];
      expect(z.safeParse(dataset.schema, entry).success).toBe(true);
      expect(z.safeParse(dataset.schema, withoutKey(entry, 'source')).success).toBe(false);
      expect(z.safeParse(dataset.schema, withoutKey(entry, 'reviewed')).success).toBe(false);
      expect(z.safeParse(dataset.schema, { ...(entry as object), source: [] }).success).toBe(false);
      expect(z.safeParse(dataset.schema, { ...(entry as object), reviewed: '23/11/2026' }).success).toBe(false);
      expect(z.safeParse(dataset.schema, { ...(entry as object), reviewed: '2026-02-30' }).success).toBe(false);
    },
  );

  it('the Cited base accepts seed ids and https URLs only', () => {
    const ok = (ref: string) => z.safeParse(Cited, { source: [{ ref }], reviewed: '2026-11-23' }).success;
    expect(ok('S002')).toBe(true);
    expect(ok('https://support.nhs.net/')).toBe(true);
    expect(ok('S9')).toBe(false);
    expect(ok('S005')).toBe(false);
    expect(ok('http://psnc.org.uk/contract-it/pharmacy-it/nhs-mail/')).toBe(false);
    expect(ok('somebody said so')).toBe(false);
  });

  it('rejects unknown keys, so typos in the data are caught', () => {
    const contact = CONTACTS[0];
    expect(z.safeParse(ContactSchema, { ...contact, emial: 'x@nhs.net' }).success).toBe(false);
  });

  it('rejects a contact with no way to reach it, and an older route without a date', () => {
    const contact = structuredClone(CONTACTS.find((c) => c.id === 'nas-dental-older')) as Record<string, unknown>;
    expect(z.safeParse(ContactSchema, withoutKey(contact, 'email')).success).toBe(false);
    expect(z.safeParse(ContactSchema, withoutKey(contact, 'seenDate')).success).toBe(false);
  });

  it('rejects a phone whose tel digits differ from the display form', () => {
    const helpdesk = CONTACTS.find((c) => c.id === 'nhsmail-helpdesk');
    expect(
      z.safeParse(ContactSchema, { ...helpdesk, phone: { display: '0333 200 1133', tel: '03332001134' } }).success,
    ).toBe(false);
  });

  it('LocalContactSchema accepts the local examples and requires a region and a source', () => {
    expect(LOCAL_CONTACTS.length).toBeGreaterThanOrEqual(6);
    for (const local of LOCAL_CONTACTS) expect(z.safeParse(LocalContactSchema, local).success, local.id).toBe(true);
    const first = LOCAL_CONTACTS[0];
    expect(z.safeParse(LocalContactSchema, withoutKey(first, 'region')).success).toBe(false);
    expect(z.safeParse(LocalContactSchema, withoutKey(first, 'source')).success).toBe(false);
    // An importer may leave the id out.
    expect(z.safeParse(LocalContactSchema, withoutKey(first, 'id')).success).toBe(true);
  });
});

describe('ids and references', () => {
  it('every id is unique across the knowledge base', () => {
    const ids = allEntries()
      .map(({ entry }) => entry.id)
      .filter((id): id is string => typeof id === 'string');
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  it('every entry in a dataset with ids has one', () => {
    for (const { dataset, entry } of allEntries()) expect(typeof entry.id, dataset).toBe('string');
  });

  it('every sector exists exactly once, in the canonical order', () => {
    const expected = ['optometry', 'pharmacy', 'dental', 'social-care', 'gp-locum', 'independent-midwife'];
    expect(SECTOR_IDS).toEqual(expected);
    expect(SECTORS.map((s) => s.id)).toEqual(expected);
  });

  it('every contact id referenced by sectors, needs and the restore route exists', () => {
    const contactIds = new Set(CONTACTS.map((c) => c.id));
    const referenced = [
      ...SECTORS.flatMap((s) => s.nasContactIds),
      ...NEEDS.flatMap((n) => n.contactIds),
      ...RESTORE_ROUTE.contactIds,
    ];
    expect(referenced.filter((id) => !contactIds.has(id))).toEqual([]);
  });

  it('every sector lists the helpdesk first, then routes that serve that sector', () => {
    for (const sector of SECTORS) {
      expect(sector.nasContactIds[0], sector.id).toBe('nas-helpdesk');
      for (const id of sector.nasContactIds.slice(1)) {
        const contact = CONTACTS.find((c) => c.id === id);
        expect(contact?.sectorIds === 'all' || contact?.sectorIds.includes(sector.id), `${sector.id} → ${id}`).toBe(
          true,
        );
      }
    }
  });

  it('every need is reachable: at least one contact, and every contact lists the need', () => {
    for (const need of NEEDS) {
      expect(need.contactIds.length, need.id).toBeGreaterThan(0);
      for (const id of need.contactIds)
        expect(CONTACTS.find((c) => c.id === id)?.needIds, `${need.id} → ${id}`).toContain(need.id);
    }
  });

  it('checklist items name only known sectors, and every sector has a checklist', () => {
    for (const sectorId of SECTOR_IDS) {
      expect(
        CHECKLIST_ITEMS.some((item) => item.sectorIds.includes(sectorId)),
        sectorId,
      ).toBe(true);
    }
  });
});

describe('canonical form', () => {
  const strings = knowledgeDatasets().flatMap((dataset) => allStrings(dataset.entries));

  it('ids are kebab-case', () => {
    for (const { entry } of allEntries()) expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('email addresses are lower-case', () => {
    for (const contact of CONTACTS) if (contact.email) expect(contact.email).toBe(contact.email.toLowerCase());
    for (const text of strings) {
      for (const email of text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g) ?? []) {
        expect(email).toBe(email.toLowerCase());
      }
    }
  });

  it('text has no exclamation marks, curly quotes or stray spaces', () => {
    for (const text of strings) {
      expect(text, text).not.toMatch(/!/);
      expect(text, text).not.toMatch(/[\u2018\u2019\u201C\u201D]/);
      expect(text, text).toBe(text.trim());
      expect(text, text).not.toMatch(/ {2}/);
    }
  });

  it('uses UK spelling for common words', () => {
    for (const text of strings) expect(text, text).not.toMatch(/\b(organization|authorize|recognize|center|color)\b/i);
  });

  it('no source is listed twice for the same entry', () => {
    for (const { dataset, entry } of allEntries()) {
      const refs = (entry.source as { ref: string }[]).map((s) => s.ref);
      expect(new Set(refs).size, `${dataset} ${String(entry.id)}`).toBe(refs.length);
    }
  });

  it('needs have unique, lower-case synonyms', () => {
    for (const need of NEEDS) {
      expect(new Set(need.synonyms).size, need.id).toBe(need.synonyms.length);
      for (const synonym of need.synonyms) expect(synonym).toBe(synonym.toLowerCase());
    }
  });

  it('no review date is in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const { entry } of allEntries()) expect((entry.reviewed as string) <= today, String(entry.id)).toBe(true);
  });
});
