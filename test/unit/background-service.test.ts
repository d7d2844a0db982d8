import { describe, expect, it } from 'vitest';
import { createBackgroundService, TICK_ALARM } from '../../lib/background/service.ts';
import type { PageContext } from '../../lib/protocol.ts';
import { DAY, NOW, fakeDeps, memoryStorage } from './helpers.ts';

function signInsWith(lastActivityAt: number, account = 'jo.bloggs@nhs.net') {
  return {
    signIns: {
      v: 2,
      data: { accounts: { [account]: { lastActivityAt, source: 'portal', recordedAt: lastActivityAt } } },
    },
  };
}

describe('badge (docs/decisions.md check 5)', () => {
  it.each([
    [0, '', 'active'],
    [22, '', 'active'],
    [23, '7', 'active'],
    [29, '1', 'active'],
    [30, '!', 'inactive'],
    [59, '!', 'inactive'],
    [60, '!', 'deleted'],
    [89, '!', 'deleted'],
    [90, '!', 'probably can no longer be restored'],
    [120, '!', 'probably can no longer be restored'],
  ])('%i days since the last sign-in → badge "%s"', async (days, text, words) => {
    const deps = fakeDeps({ storage: memoryStorage(signInsWith(NOW - days * DAY)) });
    await createBackgroundService(deps).refresh();
    const badge = deps.badges.at(-1)!;
    expect(badge.text).toBe(text);
    // The stage sentence exactly: a substring check would let "active" pass for "inactive".
    expect(badge.title).toMatch(
      new RegExp(`^NHSmail Companion \\(unofficial\\): account ${words}\\. Last sign-in we know of: `),
    );
    if (text === '!') expect(badge.background).toBe('#d5281b');
    if (/^\d$/.test(text)) expect(badge.background).toBe('#ffb81c');
  });

  it('is a grey "?" when nothing is known', async () => {
    const deps = fakeDeps();
    await createBackgroundService(deps).refresh();
    expect(deps.badges.at(-1)).toMatchObject({ text: '?', background: '#4c6272' });
  });
});

describe('alarm (check 4)', () => {
  it('is created once when missing and not duplicated when present', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    await service.refresh();
    await service.refresh();
    expect(deps.alarmsCreated).toEqual([TICK_ALARM]);
  });
});

describe('worker restart (check 2)', () => {
  it('a new service over the same storage gives the same status, alarm and badge', async () => {
    const storage = memoryStorage(signInsWith(NOW - 45 * DAY));
    const first = fakeDeps({ storage });
    const before = await createBackgroundService(first).refresh();
    const second = fakeDeps({ storage });
    const after = await createBackgroundService(second).refresh();
    expect(after.accounts).toEqual(before.accounts);
    expect(second.alarmsCreated).toEqual([TICK_ALARM]);
    expect(second.badges.at(-1)).toEqual(first.badges.at(-1));
  });
});

describe('install and update (check 3)', () => {
  it('leaves existing data untouched', async () => {
    const storage = memoryStorage({
      ...signInsWith(NOW - 3 * DAY),
      settings: {
        v: 2,
        data: {
          sector: 'dental',
          remindersEnabled: false,
          reminderDaysAhead: 3,
          hintsEnabled: true,
          welcomeDone: true,
          dsptReminder: false,
        },
      },
    });
    const snapshot = structuredClone(storage.data);
    await createBackgroundService(fakeDeps({ storage })).onInstalled();
    expect(storage.data.signIns).toEqual(snapshot.signIns);
    expect(storage.data.settings).toEqual(snapshot.settings);
  });

  it('fills empty storage with defaults', async () => {
    const storage = memoryStorage();
    await createBackgroundService(fakeDeps({ storage })).onInstalled();
    expect(storage.data.settings).toMatchObject({
      v: 2,
      data: { remindersEnabled: true, reminderDaysAhead: 7, dsptReminder: false },
    });
  });
});

describe('reminders (check 6)', () => {
  it('two ticks and a restart within one stage send one notification', async () => {
    const storage = memoryStorage(signInsWith(NOW - 25 * DAY));
    const deps = fakeDeps({ storage });
    const service = createBackgroundService(deps);
    await service.refresh();
    await service.refresh();
    const restarted = fakeDeps({ storage });
    await createBackgroundService(restarted).refresh();
    expect(deps.shown).toHaveLength(1);
    expect(restarted.shown).toHaveLength(0);
    expect(deps.shown[0]!.id).toBe('nhsc:before-inactive:jo.bloggs@nhs.net');
    expect(deps.shown[0]!.message).toContain(
      'We last saw a sign-in on 29 October 2026. If you have used Outlook or Teams since, tell us.',
    );
  });

  it('the next stage sends the next reminder, once', async () => {
    const storage = memoryStorage(signInsWith(NOW - 25 * DAY));
    const deps = fakeDeps({ storage });
    const service = createBackgroundService(deps);
    await service.refresh();
    deps.clock.now += 6 * DAY;
    await service.refresh();
    await service.refresh();
    expect(deps.shown.map((s) => s.id.split(':')[1])).toEqual(['before-inactive', 'inactive']);
  });

  it('the deleted reminder names the restore route', async () => {
    const deps = fakeDeps({ storage: memoryStorage(signInsWith(NOW - 61 * DAY)) });
    await createBackgroundService(deps).refresh();
    expect(deps.shown[0]!.message).toMatch(/shared mailbox owner emails NAS from the shared mailbox/);
  });

  it('without the notifications permission the badge still updates and nothing throws', async () => {
    const deps = fakeDeps({ storage: memoryStorage(signInsWith(NOW - 31 * DAY)), notifications: false });
    await expect(createBackgroundService(deps).refresh()).resolves.toBeDefined();
    expect(deps.shown).toHaveLength(0);
    expect(deps.badges.at(-1)!.text).toBe('!');
  });

  it('granting the permission later sends the reminder that was held back', async () => {
    const storage = memoryStorage(signInsWith(NOW - 31 * DAY));
    const deps = fakeDeps({ storage, notifications: false });
    const service = createBackgroundService(deps);
    await service.refresh();
    deps.permitted.notifications = true;
    await service.refresh();
    expect(deps.shown.map((s) => s.id)).toEqual(['nhsc:inactive:jo.bloggs@nhs.net']);
  });

  it('reminders turned off send nothing', async () => {
    const storage = memoryStorage({
      ...signInsWith(NOW - 31 * DAY),
      settings: {
        v: 1,
        data: { remindersEnabled: false, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true },
      },
    });
    const deps = fakeDeps({ storage });
    await createBackgroundService(deps).refresh();
    expect(deps.shown).toHaveLength(0);
  });

  it('a clock that moved backwards sends nothing and keeps the recorded date', async () => {
    const deps = fakeDeps({ storage: memoryStorage(signInsWith(NOW + 40 * DAY)) });
    const view = await createBackgroundService(deps).refresh();
    expect(deps.shown).toHaveLength(0);
    expect(view.accounts[0]!.status.clockBehind).toBe(true);
    expect(view.accounts[0]!.status.lastActivityDate).toBe('2027-01-02');
  });
});

describe('sign-in records (checks 9 and decision 2)', () => {
  it('100 interleaved sign-in messages end with the last one received, nothing lost', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    const accounts = ['a.one@nhs.net', 'b.two@nhs.net', undefined];
    const sends = Array.from({ length: 100 }, (_, i) => {
      deps.clock.now = NOW + i * 1000;
      const account = accounts[i % 3];
      return service.handle({
        type: 'content:sign-in-seen',
        pageKind: 'portal-signed-in',
        ...(account ? { account } : {}),
      });
    });
    await Promise.all(sends);
    const view = await service.statusView();
    expect(view.accounts.map((a) => a.account).sort()).toEqual(['', 'a.one@nhs.net', 'b.two@nhs.net']);
    const last = view.accounts.find((a) => a.account === 'a.one@nhs.net')!;
    expect(last.record.lastActivityAt).toBe(NOW + 99 * 1000);
  });

  it('a manual date replaces a later observed sign-in only once the person confirms it', async () => {
    const deps = fakeDeps({ storage: memoryStorage(signInsWith(NOW - DAY)) });
    const service = createBackgroundService(deps);
    const asked = await service.handle({ type: 'page:record-last-sign-in-date', date: '2026-10-09' });
    expect(asked).toEqual({
      ok: false,
      error:
        'That date is earlier than the sign-in this extension saw on 22 November 2026. Confirm that you want to replace it.',
    });
    expect((await service.statusView()).accounts[0]!.record.source).toBe('portal');
    const reply = await service.handle({
      type: 'page:record-last-sign-in-date',
      date: '2026-10-09',
      replaceSeen: true,
    });
    expect(reply.ok).toBe(true);
    const view = await service.statusView();
    expect(view.accounts[0]!.status.stage).toBe('inactive');
    expect(view.accounts[0]!.status.lastActivityDate).toBe('2026-10-09');
    expect(view.accounts[0]!.record.source).toBe('manual-date');
  });

  it.each([
    ['2026-11-24', 'The date cannot be in the future.'],
    ['2019-12-31', 'The date must be in 2020 or later.'],
    ['2026-02-30', 'Enter a real date, for example 23 November 2026.'],
  ])('refuses the manual date %s with a clear message', async (date, error) => {
    const deps = fakeDeps();
    const reply = await createBackgroundService(deps).handle({ type: 'page:record-last-sign-in-date', date });
    expect(reply).toEqual({ ok: false, error });
    expect(deps.storage.data.signIns).toBeUndefined();
  });

  it('"I used NHSmail today" records today for the one known account', async () => {
    const deps = fakeDeps({ storage: memoryStorage(signInsWith(NOW - 50 * DAY)) });
    const service = createBackgroundService(deps);
    await service.handle({ type: 'page:record-use-today' });
    const view = await service.statusView();
    expect(view.accounts).toHaveLength(1);
    expect(view.accounts[0]!.status).toMatchObject({ stage: 'active', daysSince: 0 });
  });

  it('a date typed before any address was seen becomes the first seen account, not a second card', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    const typed = await service.handle({ type: 'page:record-last-sign-in-date', date: '2026-10-05' });
    expect(typed.ok).toBe(true);
    await service.handle({ type: 'content:sign-in-seen', pageKind: 'portal-signed-in', account: 'jo.bloggs@nhs.net' });
    const view = await service.statusView();
    expect(view.accounts.map((a) => a.account)).toEqual(['jo.bloggs@nhs.net']);
    expect(view.accounts[0]!.status).toMatchObject({ stage: 'active', daysSince: 0 });
    expect(deps.badges.at(-1)?.text).toBe('');
  });

  it('an observed sign-in never moves the record backwards when the clock jumped back', async () => {
    const deps = fakeDeps({ storage: memoryStorage(signInsWith(NOW)) });
    deps.clock.now = NOW - 10 * DAY;
    const service = createBackgroundService(deps);
    await service.handle({ type: 'content:sign-in-seen', pageKind: 'portal-signed-in', account: 'jo.bloggs@nhs.net' });
    const view = await service.statusView();
    expect(view.accounts[0]!.record.lastActivityAt).toBe(NOW);
  });
});

describe('settings', () => {
  it('saves valid settings and refuses invalid ones with a message, unchanged', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    expect(
      (await service.handle({ type: 'page:save-settings', settings: { sector: 'optometry', odsCode: 'ABC12' } })).ok,
    ).toBe(true);
    const bad = await service.handle({ type: 'page:save-settings', settings: { reminderDaysAhead: 400 } });
    expect(bad).toEqual({ ok: false, error: 'That setting could not be saved (reminderDaysAhead: Invalid input).' });
    const view = await service.statusView();
    expect(view.settings).toMatchObject({ sector: 'optometry', odsCode: 'ABC12', reminderDaysAhead: 7 });
  });
});

describe('registration page context', () => {
  it("carries the registration script's words, so the script need not", async () => {
    const reply = await createBackgroundService(fakeDeps()).handle({ type: 'content:get-page-context' });
    const words = reply.ok ? (reply.data as PageContext).registrationWords : undefined;
    expect(words?.['mobile-format/not-07']).toBe('Enter a mobile number that starts 07');
    expect(words?.['field/mobile']).toBe('Mobile number');
    expect(words?.['step/members']).toBe('The people you register');
  });
});
