/**
 * Where each sign-in record came from, asking before a typed date replaces a seen sign-in, and undoing
 * the person's last change (lib/background/service.ts through the one writer; lib/background/storage.ts
 * version 3). docs/decisions.md check 10 for the frozen old version.
 */
import { describe, expect, it } from 'vitest';
import { badgeFor, mostUrgent } from '../../lib/background/badge.ts';
import { createBackgroundService } from '../../lib/background/service.ts';
import { readItem, signInsItem } from '../../lib/background/storage.ts';
import { DAY, NOW, fakeDeps, memoryStorage } from './helpers.ts';

/** Frozen copy of the version 2 shape. Never edit it: add a new one per version. */
const SIGN_INS_V2 = {
  v: 2,
  data: {
    accounts: {
      'jo.bloggs@nhs.net': { lastActivityAt: 1_763_892_000_000, source: 'portal', recordedAt: 1_763_892_000_500 },
      '': { lastActivityAt: 1_763_000_000_000, source: 'manual-date', recordedAt: 1_763_100_000_000 },
    },
  },
};

const SEEN = NOW - 2 * DAY; // 21 November 2026

function seenOnPortal(account = 'jo.bloggs@nhs.net', source: 'portal' | 'outlook' = 'portal') {
  return memoryStorage({
    signIns: {
      v: 3,
      data: { accounts: { [account]: { lastActivityAt: SEEN, source, recordedAt: SEEN, previous: null } } },
    },
  });
}

describe('sign-ins version 2 → 3', () => {
  it('keeps every record and gives each nothing to undo; written back once as version 3', async () => {
    const area = memoryStorage({ signIns: SIGN_INS_V2 });
    const result = await readItem(area, signInsItem);
    expect(result.problem).toBeUndefined();
    expect(result.value).toEqual({
      accounts: {
        'jo.bloggs@nhs.net': {
          lastActivityAt: 1_763_892_000_000,
          source: 'portal',
          recordedAt: 1_763_892_000_500,
          previous: null,
        },
        '': { lastActivityAt: 1_763_000_000_000, source: 'manual-date', recordedAt: 1_763_100_000_000, previous: null },
      },
    });
    await result.written;
    expect(area.data.signIns).toEqual({ v: 3, data: result.value });
  });
});

describe('a typed date earlier than a seen sign-in', () => {
  it.each(['portal', 'outlook'] as const)(
    'seen in %s: refused without confirmation, nothing written',
    async (source) => {
      const deps = fakeDeps({ storage: seenOnPortal('jo.bloggs@nhs.net', source) });
      const before = structuredClone(deps.storage.data);
      const reply = await createBackgroundService(deps).handle({
        type: 'page:record-last-sign-in-date',
        date: '2026-11-01',
      });
      expect(reply).toEqual({
        ok: false,
        error:
          'That date is earlier than the sign-in this extension saw on 21 November 2026. Confirm that you want to replace it.',
      });
      expect(deps.storage.data).toEqual(before);
    },
  );

  it('the same day as the seen sign-in, or later, needs no confirmation', async () => {
    const deps = fakeDeps({ storage: seenOnPortal() });
    const service = createBackgroundService(deps);
    const reply = await service.handle({ type: 'page:record-last-sign-in-date', date: '2026-11-21' });
    expect(reply.ok).toBe(true);
    expect((await service.statusView()).accounts[0]!.record.source).toBe('manual-date');
  });

  it('an earlier date the person typed before is replaced without asking', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    expect((await service.handle({ type: 'page:record-last-sign-in-date', date: '2026-11-20' })).ok).toBe(true);
    expect((await service.handle({ type: 'page:record-last-sign-in-date', date: '2026-11-02' })).ok).toBe(true);
    expect((await service.statusView()).accounts[0]!.status.lastActivityDate).toBe('2026-11-02');
  });
});

describe('undo the last change', () => {
  it('a confirmed typed date over a seen sign-in: undo puts the seen sign-in back exactly', async () => {
    const deps = fakeDeps({ storage: seenOnPortal() });
    const service = createBackgroundService(deps);
    const original = structuredClone(
      (deps.storage.data.signIns as { data: { accounts: Record<string, unknown> } }).data.accounts['jo.bloggs@nhs.net'],
    );
    await service.handle({ type: 'page:record-last-sign-in-date', date: '2026-10-09', replaceSeen: true });
    const changed = (await service.statusView()).accounts[0]!;
    expect(changed.record.previous).toEqual({ lastActivityAt: SEEN, source: 'portal', recordedAt: SEEN });
    expect(changed.status.lastActivityDate).toBe('2026-10-09');

    const reply = await service.handle({ type: 'page:undo-sign-in-change' });
    expect(reply.ok).toBe(true);
    const restored = (await service.statusView()).accounts[0]!;
    expect(restored.record).toEqual(original);
    expect(restored.status.lastActivityDate).toBe('2026-11-21');
    // Once undone there is nothing left to undo.
    expect(await service.handle({ type: 'page:undo-sign-in-change' })).toEqual({
      ok: false,
      error: 'There is no change to undo.',
    });
  });

  it('a first record the person made: undo removes it and the status is unknown again', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    await service.handle({ type: 'page:record-use-today' });
    expect((await service.statusView()).accounts).toHaveLength(1);
    expect((await service.handle({ type: 'page:undo-sign-in-change' })).ok).toBe(true);
    expect((await service.statusView()).accounts).toEqual([]);
    expect(deps.badges.at(-1)).toEqual(badgeFor(mostUrgent([])));
  });

  it('a sign-in the extension sees is not undoable, and leaves nothing of an older change to undo', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    await service.handle({ type: 'page:record-last-sign-in-date', date: '2026-11-01' });
    await service.handle({ type: 'content:sign-in-seen', pageKind: 'portal-signed-in' });
    const record = (await service.statusView()).accounts[0]!.record;
    expect(record).toMatchObject({ source: 'portal', previous: null, lastActivityAt: NOW });
    expect(await service.handle({ type: 'page:undo-sign-in-change' })).toEqual({
      ok: false,
      error: 'There is no change to undo.',
    });
  });
});
