/** Export everything → restore: round trip, all-or-nothing, and a parser that never throws (docs/decisions.md check 8). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, parseBackup } from '../../lib/background/backup.ts';
import { createBackgroundService } from '../../lib/background/service.ts';
import { ALL_ITEMS } from '../../lib/background/storage.ts';
import { DAY, NOW, fakeDeps, memoryStorage } from './helpers.ts';

async function exported(storage: ReturnType<typeof memoryStorage>): Promise<string> {
  const reply = await createBackgroundService(fakeDeps({ storage })).handle({ type: 'page:export-all' });
  if (!reply.ok) throw new Error(reply.error);
  return JSON.stringify(reply.data);
}

const SAMPLE = {
  signIns: {
    v: 3,
    data: {
      accounts: {
        'jo.bloggs@nhs.net': { lastActivityAt: NOW - 40 * DAY, source: 'manual-date', recordedAt: NOW, previous: null },
      },
    },
  },
  settings: {
    v: 2,
    data: {
      sector: 'dental',
      odsCode: 'V03462',
      remindersEnabled: false,
      reminderDaysAhead: 5,
      hintsEnabled: true,
      welcomeDone: true,
      dsptReminder: false,
    },
  },
  checklistTicks: { v: 1, data: { dental: ['dspt-published'] } },
};

const REFUSED = 'The file was not restored and nothing was changed.';

describe('restore from an export file', () => {
  it('export → erase → restore gives back the same stored items and the same status', async () => {
    const storage = memoryStorage(SAMPLE);
    const text = await exported(storage);
    const service = createBackgroundService(fakeDeps({ storage }));
    const before = await service.statusView();
    await service.handle({ type: 'page:erase-all', confirm: 'erase' });
    expect(storage.data).toEqual({});
    const reply = await service.handle({ type: 'page:import-backup', text });
    expect(reply.ok).toBe(true);
    for (const key of Object.keys(SAMPLE)) expect(storage.data[key]).toEqual(SAMPLE[key as keyof typeof SAMPLE]);
    const after = await service.statusView();
    expect(after.accounts).toEqual(before.accounts);
    expect(after.settings).toEqual(before.settings);
  });

  it('an older stored version in the file is migrated on the way in', async () => {
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      formatVersion: 1,
      items: { signIns: { v: 1, data: { lastSignInAt: NOW - DAY } } },
    });
    const result = await parseBackup(text, ALL_ITEMS);
    expect(result).toMatchObject({
      ok: true,
      entries: { signIns: { v: 3, data: { accounts: { '': { lastActivityAt: NOW - DAY, previous: null } } } } },
    });
  });

  it.each([
    ['not JSON', '{oops', 'file: it is not valid JSON'],
    [
      'another file',
      JSON.stringify({ format: 'something-else' }),
      'format: this is not an NHSmail Companion export file',
    ],
    [
      'newer format',
      JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 2, items: {} }),
      'formatVersion: the file was made by a newer version of NHSmail Companion; update the extension first',
    ],
    [
      'unknown item',
      JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 1, items: { passwords: { v: 1, data: 'x' } } }),
      'items.passwords: not something this version of NHSmail Companion stores',
    ],
    [
      'newer item',
      JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 1, items: { settings: { v: 9, data: {} } } }),
      'items.settings: written by a newer version of NHSmail Companion',
    ],
    [
      'corrupt item',
      JSON.stringify({
        format: EXPORT_FORMAT,
        formatVersion: 1,
        items: {
          settings: {
            v: 1,
            data: { remindersEnabled: true, reminderDaysAhead: 'soon', hintsEnabled: true, welcomeDone: true },
          },
        },
      }),
      'items.settings: could not be read (reminderDaysAhead: Invalid input)',
    ],
    ['empty', '', 'file: it is empty'],
  ])('refuses %s with a clear message and changes nothing', async (_name, text, problem) => {
    const storage = memoryStorage(SAMPLE);
    const snapshot = structuredClone(storage.data);
    const reply = await createBackgroundService(fakeDeps({ storage })).handle({ type: 'page:import-backup', text });
    // The whole message: the refusal, then exactly the one problem this file has.
    expect(reply).toEqual({ ok: false, error: `${REFUSED}\n${problem}` });
    expect(storage.data).toEqual(snapshot);
  });

  it('one bad item refuses the whole file', async () => {
    const good = JSON.parse(await exported(memoryStorage(SAMPLE))) as { items: Record<string, unknown> };
    good.items.checklistTicks = { v: 1, data: { dental: 'not a list' } };
    const storage = memoryStorage({});
    const reply = await createBackgroundService(fakeDeps({ storage })).handle({
      type: 'page:import-backup',
      text: JSON.stringify(good),
    });
    expect(reply).toEqual({
      ok: false,
      error: `${REFUSED}\nitems.checklistTicks: could not be read (dental: Invalid input)`,
    });
    expect(storage.data).toEqual({});
  });

  it('never overwrites data written by a newer version of the extension', async () => {
    const storage = memoryStorage({ settings: { v: 5, data: { future: true } } });
    const text = await exported(memoryStorage(SAMPLE));
    const reply = await createBackgroundService(fakeDeps({ storage })).handle({ type: 'page:import-backup', text });
    expect(reply).toEqual({
      ok: false,
      error:
        'Your saved settings were written by a newer version of NHSmail Companion. Update the extension; nothing has been changed.',
    });
    expect(storage.data.settings).toEqual({ v: 5, data: { future: true } });
    expect(storage.data.signIns).toBeUndefined();
  });

  it('the parser never throws, whatever the file (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 1, items: v }) ?? ''),
        ),
        async (text) => {
          const result = await parseBackup(text, ALL_ITEMS);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });

  it('export → restore round-trips any valid sign-in records and settings (fast-check)', async () => {
    const account = fc.stringMatching(/^[a-z]{1,8}\.[a-z]{1,8}@nhs\.net$/);
    const record = fc.record({
      lastActivityAt: fc.integer({ min: Date.UTC(2020, 0, 1), max: NOW }),
      source: fc.constantFrom('portal', 'outlook', 'manual-today', 'manual-date'),
      recordedAt: fc.integer({ min: Date.UTC(2020, 0, 1), max: NOW }),
      previous: fc.constant(null),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(account, record, { maxKeys: 4 }),
        fc.integer({ min: 1, max: 21 }),
        fc.boolean(),
        async (accounts, days, reminders) => {
          const original = {
            signIns: { v: 3, data: { accounts } },
            settings: {
              v: 2,
              data: {
                remindersEnabled: reminders,
                reminderDaysAhead: days,
                hintsEnabled: true,
                welcomeDone: true,
                dsptReminder: false,
              },
            },
          };
          const text = await exported(memoryStorage(original));
          const target = memoryStorage({});
          const reply = await createBackgroundService(fakeDeps({ storage: target })).handle({
            type: 'page:import-backup',
            text,
          });
          expect(reply.ok).toBe(true);
          expect(target.data.signIns).toEqual(original.signIns);
          expect(target.data.settings).toEqual(original.settings);
        },
      ),
      { numRuns: 50 },
    );
  });
});
