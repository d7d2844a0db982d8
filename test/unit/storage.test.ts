/** docs/decisions.md check 10: migrations, corrupt values and newer versions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUARANTINE_PREFIX,
  ALL_ITEMS,
  readItem,
  serialWriter,
  settingsItem,
  signInsItem,
  writeItem,
  StorageRefusedError,
} from '../../lib/background/storage.ts';
import { memoryStorage } from './helpers.ts';

/** Frozen copies of every old stored shape. Never edit one: add a new one per version. */
const FROZEN = {
  signInsV1: { v: 1, data: { lastSignInAt: 1_763_892_000_000, recordedAt: 1_763_892_000_500 } },
  signInsV1WithoutRecordedAt: { v: 1, data: { lastSignInAt: 1_763_892_000_000 } },
};

describe('storage migrations', () => {
  it('sign-ins version 1 → current, written back once', async () => {
    const area = memoryStorage({ signIns: FROZEN.signInsV1 });
    const result = await readItem(area, signInsItem);
    expect(result.problem).toBeUndefined();
    expect(result.value).toEqual({
      accounts: {
        '': { lastActivityAt: 1_763_892_000_000, source: 'portal', recordedAt: 1_763_892_000_500, previous: null },
      },
    });
    expect(area.data.signIns).toMatchObject({ v: 3 });
  });

  it('sign-ins version 1 without a recorded time', async () => {
    const area = memoryStorage({ signIns: FROZEN.signInsV1WithoutRecordedAt });
    expect((await readItem(area, signInsItem)).value.accounts['']!.recordedAt).toBe(1_763_892_000_000);
  });

  const NOT_AN_ENVELOPE = 'it is not in the expected format';
  it.each([
    ['not an envelope', 'hello', NOT_AN_ENVELOPE],
    [
      'wrong data',
      { v: 2, data: { accounts: { 'x@nhs.net': { lastActivityAt: 'yesterday' } } } },
      'accounts.x@nhs.net.lastActivityAt: Invalid input; accounts.x@nhs.net.source: Invalid input; accounts.x@nhs.net.recordedAt: Invalid input',
    ],
    [
      'old version that cannot migrate',
      { v: 1, data: { something: true } },
      /^it could not be upgraded \(.*"lastSignInAt"/s,
    ],
    ['version 0', { v: 0, data: {} }, NOT_AN_ENVELOPE],
  ])('corrupt value (%s) → defaults, a visible notice, raw value kept', async (_name, raw, why) => {
    const area = memoryStorage({ signIns: raw });
    const result = await readItem(area, signInsItem);
    expect(result.value).toEqual({ accounts: {} });
    expect(result.problem).toMatchObject({ kind: 'corrupt', key: 'signIns' });
    // The notice says which check failed, between "could not be read (" and "). We started again".
    const message = result.problem!.message;
    const said =
      /^Your saved signIns could not be read \((.*)\)\. We started again from defaults and kept the old data: use Export to save a copy\.$/s.exec(
        message,
      )?.[1];
    if (typeof why === 'string') expect(said).toBe(why);
    else expect(said).toMatch(why);
    expect(area.data[QUARANTINE_PREFIX + 'signIns']).toMatchObject({ raw });
    expect(area.data.signIns).toEqual(raw);
  });

  it('a value from a newer version is refused and never overwritten', async () => {
    const newer = { v: 99, data: { whatever: 1 } };
    const area = memoryStorage({ settings: newer });
    const result = await readItem(area, settingsItem);
    const refusal =
      'Your saved settings were written by a newer version of NHSmail Companion. Update the extension; nothing has been changed.';
    expect(result.problem).toEqual({ key: 'settings', kind: 'newer-version', message: refusal });
    const write = writeItem(area, settingsItem, settingsItem.defaults());
    await expect(write).rejects.toBeInstanceOf(StorageRefusedError);
    await expect(write).rejects.toMatchObject({ key: 'settings', message: refusal });
    expect(area.data.settings).toEqual(newer);
  });

  it('every item reads arbitrary stored values without throwing (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.constantFrom(...ALL_ITEMS), async (raw, item) => {
        const area = memoryStorage({ [item.key]: raw });
        const result = await readItem(area, item);
        expect(item.schema.safeParse(result.value).success).toBe(true);
      }),
    );
  });

  it("write then read round-trips every item's defaults", async () => {
    for (const item of ALL_ITEMS) {
      const area = memoryStorage();
      await writeItem(area, item, item.defaults());
      expect((await readItem(area, item)).value).toEqual(item.defaults());
    }
  });
});

describe('writes a read makes go through the one serialised writer', () => {
  it('a migration write-back waits for the write already running, and never undoes a newer write', async () => {
    const area = memoryStorage({ signIns: FROZEN.signInsV1 });
    const writer = serialWriter();
    let release!: () => void;
    const running = writer(() => new Promise<void>((resolve) => (release = resolve)));
    const result = await readItem(area, signInsItem, writer);
    // The read answered at once, with the upgraded value, but wrote nothing yet.
    expect(result.value.accounts['']!.lastActivityAt).toBe(1_763_892_000_000);
    expect(area.data.signIns).toEqual(FROZEN.signInsV1);
    // Meanwhile the running task stores a newer value; the queued write-back must leave it alone.
    await area.set({ signIns: { v: 2, data: { accounts: {} } } });
    release();
    await running;
    await result.written;
    expect(area.data.signIns).toEqual({ v: 2, data: { accounts: {} } });
  });

  it('a quarantine copy is written by the writer, after the task that was running', async () => {
    const area = memoryStorage({ settings: 'hello' });
    const writer = serialWriter();
    let release!: () => void;
    const running = writer(() => new Promise<void>((resolve) => (release = resolve)));
    const result = await readItem(area, settingsItem, writer);
    expect(result.problem?.kind).toBe('corrupt');
    expect(area.data[QUARANTINE_PREFIX + 'settings']).toBeUndefined();
    release();
    await running;
    await result.written;
    expect(area.data[QUARANTINE_PREFIX + 'settings']).toMatchObject({ raw: 'hello' });
  });
});
