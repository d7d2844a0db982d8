/**
 * The background's side of the local directory: import writes only valid
 * files, a refusal lists every problem and changes nothing, the status carries the contacts, and
 * the stored item survives corrupt and newer-version values (docs/decisions.md check 10).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackgroundService } from '../../lib/background/service.ts';
import { type StatusView } from '../../lib/protocol.ts';
import { formatLocalDirectory, type LocalDirectory } from '../../lib/local-directory.ts';
import {
  ALL_ITEMS,
  QUARANTINE_PREFIX,
  localDirectoryItem,
  readItem,
  writeItem,
  StorageRefusedError,
} from '../../lib/background/storage.ts';
import { fakeDeps, memoryStorage } from './helpers.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/local-directory');
const fixture = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const BUCKS = JSON.parse(fixture('buckinghamshire.json')) as LocalDirectory;

function service(initial: Record<string, unknown> = {}) {
  const deps = fakeDeps({ storage: memoryStorage(initial) });
  return { deps, svc: createBackgroundService(deps) };
}

describe('page:import-local-contacts', () => {
  it('a good file is stored as given and shows in the status as localContacts', async () => {
    const { deps, svc } = service();
    const reply = await svc.handle({ type: 'page:import-local-contacts', file: fixture('buckinghamshire.json') });
    expect(reply.ok).toBe(true);
    const view = (reply as { data: StatusView }).data;
    expect(view.localContacts?.publisher).toBe(BUCKS.publisher);
    expect(view.localContacts?.contacts).toHaveLength(5);
    expect(deps.storage.data.localDirectory).toEqual({ v: 1, data: BUCKS });
    // Export gives the same file back.
    expect(formatLocalDirectory(view.localContacts!)).toBe(fixture('buckinghamshire.json'));
  });

  it('accepts the parsed object too', async () => {
    const { svc } = service();
    expect((await svc.handle({ type: 'page:import-local-contacts', file: BUCKS })).ok).toBe(true);
  });

  it.each([
    [
      'bad-contacts.json',
      [
        'published: must be a date written as YYYY-MM-DD, for example 2026-11-23',
        'contacts[0].emial: is not a field this format knows; check the spelling',
        'contacts[0]: needs at least one of email, phone or url',
        'contacts[1].email: not an email address',
        'contacts[2].source: is missing',
        'contacts[2].reviewed: is not a real calendar date',
        'contacts[3].url: not a web address starting with https://',
      ],
    ],
    [
      'newer-version.json',
      [
        'formatVersion: is 2, newer than this version of NHSmail Companion can read (1); update the extension and try again',
      ],
    ],
    ['wrong-format.json', ['format: must be "nhsmail-companion-local-directory"; this is not a local directory file']],
    // The detail in brackets is the JavaScript engine's own wording.
    ['not-json.json', [expect.stringMatching(/^file: is not valid JSON \(.+\)$/)]],
    ['no-contacts.json', ['contacts: must list at least one contact']],
  ])('%s is refused with its problems listed and storage unchanged', async (name, problems) => {
    const before = {
      localDirectory: { v: 1, data: BUCKS },
      settings: {
        v: 1,
        data: { remindersEnabled: true, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true },
      },
    };
    const { deps, svc } = service(before);
    const reply = await svc.handle({ type: 'page:import-local-contacts', file: fixture(name) });
    expect(reply.ok).toBe(false);
    const lines = (reply as { error: string }).error.split('\n');
    expect(lines).toEqual(['The file was not imported and nothing was changed.', ...problems]);
    expect(deps.storage.data).toEqual(before);
  });

  it('lists each problem of the bad file with its place', async () => {
    const { svc } = service();
    const reply = await svc.handle({ type: 'page:import-local-contacts', file: fixture('bad-contacts.json') });
    expect((reply as { error: string }).error).toContain('contacts[1].email: not an email address');
    expect((reply as { error: string }).error).toContain('contacts[2].source: is missing');
  });

  it('a second import replaces the first', async () => {
    const { svc } = service({ localDirectory: { v: 1, data: BUCKS } });
    const smaller = { ...BUCKS, contacts: BUCKS.contacts.slice(0, 1) };
    const reply = await svc.handle({ type: 'page:import-local-contacts', file: smaller });
    expect((reply as { data: StatusView }).data.localContacts?.contacts).toHaveLength(1);
  });

  it('erase-all removes the local directory with everything else', async () => {
    const { deps, svc } = service({ localDirectory: { v: 1, data: BUCKS } });
    const reply = await svc.handle({ type: 'page:erase-all', confirm: 'erase' });
    expect((reply as { data: StatusView }).data.localContacts).toBeNull();
    expect(deps.storage.data.localDirectory).toBeUndefined();
  });

  it('export-all includes the stored directory', async () => {
    const { svc } = service({ localDirectory: { v: 1, data: BUCKS } });
    const reply = await svc.handle({ type: 'page:export-all' });
    expect((reply as { data: { items: Record<string, unknown> } }).data.items.localDirectory).toEqual({
      v: 1,
      data: BUCKS,
    });
  });
});

describe('the stored local directory (check 10)', () => {
  it('is in ALL_ITEMS and defaults to null', async () => {
    expect(ALL_ITEMS).toContain(localDirectoryItem);
    expect((await readItem(memoryStorage(), localDirectoryItem)).value).toBeNull();
  });

  it('a corrupt value → no contacts, a visible notice, raw value kept; dismissing it resets the item', async () => {
    const raw = { v: 1, data: { format: 'nhsmail-companion-local-directory', contacts: 'oops' } };
    const { deps, svc } = service({ localDirectory: raw });
    const view = await svc.refresh();
    expect(view.localContacts).toBeNull();
    expect(view.problems).toEqual([expect.objectContaining({ key: 'localDirectory', kind: 'corrupt' })]);
    // The quarantine copy is written by the one serialised writer, after the read: wait for it.
    await svc.serial(async () => undefined);
    expect(deps.storage.data[QUARANTINE_PREFIX + 'localDirectory']).toMatchObject({ raw });

    const reply = await svc.handle({ type: 'page:dismiss-notice', key: 'localDirectory' });
    expect(reply.ok).toBe(true);
    expect((reply as { data: StatusView }).data.problems).toEqual([]);
    expect(deps.storage.data.localDirectory).toEqual({ v: 1, data: null });
    expect(deps.storage.data[QUARANTINE_PREFIX + 'localDirectory']).toMatchObject({ raw });
  });

  it('a newer-version value is refused, never overwritten, and its notice cannot be dismissed', async () => {
    const newer = { v: 2, data: { something: 'from the future' } };
    const { deps, svc } = service({ localDirectory: newer });
    const view = await svc.refresh();
    expect(view.problems).toEqual([expect.objectContaining({ key: 'localDirectory', kind: 'newer-version' })]);
    const dismiss = await svc.handle({ type: 'page:dismiss-notice', key: 'localDirectory' });
    const refusal =
      'Your saved localDirectory were written by a newer version of NHSmail Companion. Update the extension; nothing has been changed.';
    expect(dismiss).toEqual({ ok: false, error: refusal });
    await expect(writeItem(deps.storage, localDirectoryItem, BUCKS)).rejects.toBeInstanceOf(StorageRefusedError);
    const imported = await svc.handle({ type: 'page:import-local-contacts', file: BUCKS });
    expect(imported).toEqual({ ok: false, error: refusal });
    expect(deps.storage.data.localDirectory).toEqual(newer);
  });
});

describe('page:dismiss-notice', () => {
  it('a corrupt settings value is reset to defaults; the raw copy stays for export', async () => {
    const { deps, svc } = service({ settings: 'garbage' });
    expect((await svc.refresh()).problems).toHaveLength(1);
    const reply = await svc.handle({ type: 'page:dismiss-notice', key: 'settings' });
    expect((reply as { data: StatusView }).data.problems).toEqual([]);
    expect(deps.storage.data[QUARANTINE_PREFIX + 'settings']).toMatchObject({ raw: 'garbage' });
  });

  it('an unknown key is an error; a healthy item is left alone', async () => {
    const { deps, svc } = service();
    expect(await svc.handle({ type: 'page:dismiss-notice', key: 'nope' })).toEqual({
      ok: false,
      error: 'There is no such notice.',
    });
    expect((await svc.handle({ type: 'page:dismiss-notice', key: 'settings' })).ok).toBe(true);
    expect(deps.storage.data.settings).toBeUndefined();
  });
});

describe('page:save-settings with null', () => {
  it('null clears an optional setting; other settings stay', async () => {
    const { svc } = service();
    await svc.handle({ type: 'page:save-settings', settings: { sector: 'dental', odsCode: 'V03462', role: 'owner' } });
    const reply = await svc.handle({ type: 'page:save-settings', settings: { odsCode: null, role: null } });
    const settings = (reply as { data: StatusView }).data.settings;
    expect(settings.sector).toBe('dental');
    expect(settings).not.toHaveProperty('odsCode');
    expect(settings).not.toHaveProperty('role');
  });
});
