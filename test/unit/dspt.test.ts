/**
 * DSPT: the published-status link for a saved ODS code, and the yearly renewal reminder some weeks before 30 June,
 * sent once a year through the one writer, with fake clocks (year boundary, restart, turned off, clock back).
 */
import { describe, expect, it } from 'vitest';
import { dsptReminderDue, dsptStatusLink, nextDsptDeadline } from '../../lib/dspt.ts';
import { dsptReminderNotification } from '../../lib/background/reminders.ts';
import { createBackgroundService } from '../../lib/background/service.ts';
import { readItem, settingsItem } from '../../lib/background/storage.ts';
import { fakeDeps, memoryStorage } from './helpers.ts';

/** Noon in London on a given day (BST in summer: 11:00 UTC). */
const at = (iso: string, utcHour = 11) => Date.parse(`${iso}T${String(utcHour).padStart(2, '0')}:00:00Z`);

describe('the published-status link', () => {
  it('carries the saved ODS code, upper case', () => {
    expect(dsptStatusLink(' fvr79 ')).toEqual({
      url: 'https://www.dsptoolkit.nhs.uk/OrganisationSearch/FVR79',
      odsCode: 'FVR79',
      text: 'Check the published DSPT status for FVR79',
      note: 'Opens the DSPT website. NHSmail Companion cannot see your DSPT status itself.',
    });
  });

  it('is absent without a usable code', () => {
    for (const code of [undefined, null, '', '   ', 'F/R79', 'ABCDEFGHIJ', '../x'])
      expect(dsptStatusLink(code), String(code)).toBe(undefined);
  });
});

describe('when the reminder is due', () => {
  const on = { enabled: true, sentYears: [] as number[] };

  it('from six weeks before 30 June up to 30 June itself', () => {
    expect(dsptReminderDue(at('2027-05-18'), on)).toBe(undefined);
    expect(dsptReminderDue(at('2027-05-19'), on)).toEqual({ year: 2027, deadline: '2027-06-30' });
    expect(dsptReminderDue(at('2027-06-30'), on)).toEqual({ year: 2027, deadline: '2027-06-30' });
    expect(dsptReminderDue(at('2027-07-01'), on)).toBe(undefined);
  });

  it('counts London days: 23:30 UTC on 18 May is already 19 May in London', () => {
    expect(dsptReminderDue(Date.parse('2027-05-18T22:59:00Z'), on)).toBe(undefined);
    expect(dsptReminderDue(Date.parse('2027-05-18T23:30:00Z'), on)).toEqual({ year: 2027, deadline: '2027-06-30' });
  });

  it('once a year: a sent year is not due again, the next year is', () => {
    expect(dsptReminderDue(at('2027-06-01'), { enabled: true, sentYears: [2027] })).toBe(undefined);
    expect(dsptReminderDue(at('2028-05-25'), { enabled: true, sentYears: [2027] })).toEqual({
      year: 2028,
      deadline: '2028-06-30',
    });
  });

  it('never when turned off', () => {
    expect(dsptReminderDue(at('2027-06-01'), { enabled: false, sentYears: [] })).toBe(undefined);
  });

  it('the next deadline turns over after 30 June, and at the year boundary', () => {
    expect(nextDsptDeadline('2026-12-31')).toBe('2027-06-30');
    expect(nextDsptDeadline('2027-01-01')).toBe('2027-06-30');
    expect(nextDsptDeadline('2027-06-30')).toBe('2027-06-30');
    expect(nextDsptDeadline('2027-07-01')).toBe('2028-06-30');
  });
});

describe('the notification', () => {
  it('says what to do and that we cannot see the status', () => {
    expect(dsptReminderNotification({ year: 2027, deadline: '2027-06-30' }, 'FVR79')).toEqual({
      title: 'Publish your DSPT again by 30 June 2027',
      message:
        'The Data Security and Protection Toolkit must be published every year by 30 June. Without it, NHSmail accounts may be suspended or deleted. NHSmail Companion cannot see your DSPT status. Click to open the DSPT page for FVR79.',
    });
    expect(dsptReminderNotification({ year: 2027, deadline: '2027-06-30' }, undefined).message).toBe(
      'The Data Security and Protection Toolkit must be published every year by 30 June. Without it, NHSmail accounts may be suspended or deleted. NHSmail Companion cannot see your DSPT status. Click to open the DSPT organisation search.',
    );
  });
});

/** Settings as the current version stores them, with the DSPT reminder on or off. */
function settingsStored(dsptReminder: boolean) {
  return {
    settings: {
      v: 2,
      data: {
        odsCode: 'FVR79',
        remindersEnabled: true,
        reminderDaysAhead: 7,
        hintsEnabled: true,
        welcomeDone: true,
        dsptReminder,
      },
    },
  };
}

const dsptShown = (shown: { id: string }[]) => shown.filter((s) => s.id.startsWith('nhsc:dspt:')).map((s) => s.id);

describe('the background sends it once a year', () => {
  it('two ticks and a worker restart in the window send one reminder, and the year is stored', async () => {
    const storage = memoryStorage(settingsStored(true));
    const deps = fakeDeps({ storage, now: at('2027-05-20') });
    await createBackgroundService(deps).refresh();
    deps.clock.now = at('2027-05-21');
    await createBackgroundService(deps).refresh();
    // A restart: a new service over the same storage.
    const again = fakeDeps({ storage, now: at('2027-06-10') });
    await createBackgroundService(again).refresh();
    expect(dsptShown(deps.shown)).toEqual(['nhsc:dspt:2027']);
    expect(dsptShown(again.shown)).toEqual([]);
    expect(storage.data.dsptReminders).toEqual({ v: 1, data: { sentYears: [2027] } });
    expect(deps.shown[0]?.title).toBe('Publish your DSPT again by 30 June 2027');
  });

  it('across the year boundary: nothing in winter, the next one in May', async () => {
    const storage = memoryStorage({ ...settingsStored(true), dsptReminders: { v: 1, data: { sentYears: [2027] } } });
    const deps = fakeDeps({ storage, now: at('2027-12-31', 23) });
    const service = createBackgroundService(deps);
    await service.refresh();
    deps.clock.now = at('2028-01-01', 0);
    await service.refresh();
    expect(dsptShown(deps.shown)).toEqual([]);
    deps.clock.now = at('2028-05-19');
    await service.refresh();
    expect(dsptShown(deps.shown)).toEqual(['nhsc:dspt:2028']);
    expect(storage.data.dsptReminders).toEqual({ v: 1, data: { sentYears: [2027, 2028] } });
  });

  it('turned on from Settings (page:save-settings) in the window: sent', async () => {
    const storage = memoryStorage();
    const deps = fakeDeps({ storage, now: at('2027-06-01') });
    const service = createBackgroundService(deps);
    await service.refresh();
    expect(dsptShown(deps.shown)).toEqual([]);
    const reply = await service.handle({ type: 'page:save-settings', settings: { dsptReminder: true } });
    expect(reply.ok).toBe(true);
    expect(dsptShown(deps.shown)).toEqual(['nhsc:dspt:2027']);
  });

  it('turned off (the default) sends nothing and stores nothing', async () => {
    const storage = memoryStorage(settingsStored(false));
    const deps = fakeDeps({ storage, now: at('2027-06-01') });
    await createBackgroundService(deps).refresh();
    expect(dsptShown(deps.shown)).toEqual([]);
    expect(storage.data.dsptReminders).toBe(undefined);
  });

  it('without the notifications permission it waits, and sends once the permission is granted', async () => {
    const storage = memoryStorage(settingsStored(true));
    const deps = fakeDeps({ storage, now: at('2027-06-01'), notifications: false });
    const service = createBackgroundService(deps);
    await service.refresh();
    expect(storage.data.dsptReminders).toBe(undefined);
    deps.permitted.notifications = true;
    await service.refresh();
    expect(dsptShown(deps.shown)).toEqual(['nhsc:dspt:2027']);
  });

  it('a notification that fails to show is tried again on the next wake, not skipped', async () => {
    const storage = memoryStorage(settingsStored(true));
    const deps = fakeDeps({ storage, now: at('2027-06-01') });
    const show = deps.notifications.show;
    deps.notifications.show = async () => {
      throw new Error('notifications are broken');
    };
    const service = createBackgroundService(deps);
    await service.refresh();
    expect(storage.data.dsptReminders).toEqual({ v: 1, data: { sentYears: [] } });
    deps.notifications.show = show;
    await service.refresh();
    expect(dsptShown(deps.shown)).toEqual(['nhsc:dspt:2027']);
  });
});

describe('settings migration to version 2 (frozen fixture)', () => {
  /** Exactly what version 1 stored, before the DSPT reminder existed. */
  const FROZEN_V1 = Object.freeze({
    v: 1,
    data: Object.freeze({
      sector: 'pharmacy',
      odsCode: 'FVR79',
      remindersEnabled: false,
      reminderDaysAhead: 3,
      hintsEnabled: true,
      welcomeDone: true,
    }),
  });

  it('keeps every setting, turns the DSPT reminder off, and writes version 2 back', async () => {
    const storage = memoryStorage({ settings: FROZEN_V1 });
    const read = await readItem(storage, settingsItem);
    const expected = { ...FROZEN_V1.data, dsptReminder: false };
    expect(read.value).toEqual(expected);
    expect(read.problem).toBe(undefined);
    await read.written;
    expect(storage.data.settings).toEqual({ v: 2, data: expected });
  });

  it('new installs start with it off', () => {
    expect(settingsItem.defaults().dsptReminder).toBe(false);
  });
});
