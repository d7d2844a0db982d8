/**
 * Managed deployment: policy values win over the person's settings, each invalid value is ignored with a notice,
 * a policy change applies at once, and a missing or failing managed area (Firefox without a policy) means none.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveSettings, parseManagedPolicy, withoutManaged } from '../../lib/background/managed.ts';
import { backgroundDeps, startBackground } from '../../lib/background/main.ts';
import { createBackgroundService } from '../../lib/background/service.ts';
import { DEFAULT_SETTINGS } from '../../lib/background/storage.ts';
import type { PageContext, StatusView } from '../../lib/protocol.ts';
import { fakeDeps, memoryStorage } from './helpers.ts';

const DIRECTORY = {
  format: 'nhsmail-companion-local-directory',
  formatVersion: 1,
  publisher: 'Buckinghamshire LOC',
  published: '2026-11-23',
  contacts: [
    {
      name: 'Stoke Mandeville Hospital eye casualty',
      purpose: 'Referrals to eye casualty at Stoke Mandeville Hospital.',
      region: 'Buckinghamshire',
      email: 'buc-tr.buckseyecas@nhs.net',
      source: 'https://loc-online.co.uk/buckinghamshire-loc/professionals/nhs-mail',
      reviewed: '2026-11-23',
    },
  ],
};

describe('reading a policy', () => {
  it('takes every valid value and lists the settings it sets', () => {
    const policy = parseManagedPolicy({
      sector: 'pharmacy',
      odsCode: 'fvr79',
      remindersEnabled: false,
      reminderDaysAhead: 14,
      hintsEnabled: false,
      dsptReminder: true,
      localDirectory: DIRECTORY,
    });
    expect(policy.settings).toEqual({
      sector: 'pharmacy',
      odsCode: 'FVR79',
      remindersEnabled: false,
      reminderDaysAhead: 14,
      hintsEnabled: false,
      dsptReminder: true,
    });
    expect(policy.view).toEqual({
      setByOrganisation: ['sector', 'odsCode', 'remindersEnabled', 'reminderDaysAhead', 'hintsEnabled', 'dsptReminder'],
      localDirectory: true,
      ignored: [],
    });
    expect(policy.localDirectory?.publisher).toBe('Buckinghamshire LOC');
  });

  it('accepts the local directory as JSON text too (registry string values)', () => {
    expect(parseManagedPolicy({ localDirectory: JSON.stringify(DIRECTORY) }).view.localDirectory).toBe(true);
  });

  it('ignores each invalid value with its own reason, and still applies the valid ones', () => {
    const policy = parseManagedPolicy({
      sector: 'opticians',
      odsCode: 'not a code!',
      remindersEnabled: 'yes',
      reminderDaysAhead: 40,
      hintsEnabled: true,
      localDirectory: { format: 'something-else' },
      colour: 'blue',
    });
    expect(policy.settings).toEqual({ hintsEnabled: true });
    expect(policy.view.setByOrganisation).toEqual(['hintsEnabled']);
    expect(policy.view.localDirectory).toBe(false);
    expect(policy.view.ignored).toEqual([
      {
        key: 'sector',
        message:
          'sector was ignored: it must be one of optometry, pharmacy, dental, social-care, gp-locum, independent-midwife.',
      },
      { key: 'odsCode', message: 'odsCode was ignored: it must be 1 to 9 letters and numbers.' },
      { key: 'remindersEnabled', message: 'remindersEnabled was ignored: it must be true or false.' },
      { key: 'reminderDaysAhead', message: 'reminderDaysAhead was ignored: it must be a whole number from 1 to 21.' },
      {
        key: 'localDirectory',
        message: expect.stringMatching(
          /^localDirectory was ignored: format: must be "nhsmail-companion-local-directory"/,
        ),
      },
      { key: 'colour', message: 'colour was ignored: it is not a setting NHSmail Companion knows.' },
    ]);
  });

  it("checks the ODS code against the policy's own sector where the format is confirmed", () => {
    expect(parseManagedPolicy({ sector: 'pharmacy', odsCode: 'V03462' }).view.ignored).toEqual([
      { key: 'odsCode', message: 'odsCode was ignored: "V03462" does not look like a pharmacy ODS code.' },
    ]);
  });

  it('nothing, an array or a hostile object is no policy, never a throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    for (const raw of [undefined, null, 'sector', [], 7, hostile])
      expect(parseManagedPolicy(raw).view).toEqual({ setByOrganisation: [], localDirectory: false, ignored: [] });
  });

  it('policy values win; a page saving its whole form keeps the person’s own values underneath', () => {
    const policy = parseManagedPolicy({ sector: 'dental', remindersEnabled: false });
    expect(effectiveSettings({ ...DEFAULT_SETTINGS, sector: 'optometry' }, policy)).toEqual({
      ...DEFAULT_SETTINGS,
      sector: 'dental',
      remindersEnabled: false,
    });
    expect(withoutManaged({ sector: 'pharmacy', remindersEnabled: true, hintsEnabled: false }, policy)).toEqual({
      hintsEnabled: false,
    });
  });
});

function withPolicy(policy: { value: unknown }, storage = memoryStorage()) {
  const deps = fakeDeps({ storage });
  deps.managed = async () => policy.value;
  return { deps, service: createBackgroundService(deps) };
}

async function status(service: ReturnType<typeof createBackgroundService>): Promise<StatusView> {
  const reply = await service.handle({ type: 'page:get-status' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as StatusView;
}

describe('the background applies the policy', () => {
  it('shows the policy values in the status, with what the organisation sets and what was ignored', async () => {
    const { service } = withPolicy({ value: { sector: 'optometry', reminderDaysAhead: 0 } });
    const view = await status(service);
    expect(view.settings.sector).toBe('optometry');
    expect(view.settings.reminderDaysAhead).toBe(7);
    expect(view.managed).toEqual({
      setByOrganisation: ['sector'],
      localDirectory: false,
      ignored: [
        { key: 'reminderDaysAhead', message: 'reminderDaysAhead was ignored: it must be a whole number from 1 to 21.' },
      ],
    });
  });

  it('no policy: no managed field at all', async () => {
    const { service } = withPolicy({ value: {} });
    expect((await status(service)).managed).toBe(undefined);
  });

  it('a managed area that rejects (Firefox without a policy) is no policy, and nothing breaks', async () => {
    const deps = fakeDeps();
    deps.managed = () => Promise.reject(new Error('Managed storage manifest not found'));
    const view = await status(createBackgroundService(deps));
    expect(view.managed).toBe(undefined);
    expect(view.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('a saved setting the organisation sets does not change what applies; other settings still save', async () => {
    const storage = memoryStorage();
    const { service } = withPolicy({ value: { hintsEnabled: false } }, storage);
    const reply = await service.handle({
      type: 'page:save-settings',
      settings: { hintsEnabled: true, sector: 'dental' },
    });
    expect(reply.ok).toBe(true);
    const view = await status(service);
    expect(view.settings.hintsEnabled).toBe(false);
    expect(view.settings.sector).toBe('dental');
    expect((storage.data.settings as { data: { hintsEnabled: boolean } }).data.hintsEnabled).toBe(true);
  });

  it('content scripts get the policy value too (hints off for everyone)', async () => {
    const { service } = withPolicy({ value: { hintsEnabled: false, sector: 'pharmacy' } });
    const reply = await service.handle({ type: 'content:get-page-context' });
    expect(reply.ok && (reply.data as PageContext).settings).toEqual({ sector: 'pharmacy', hintsEnabled: false });
  });

  it("the organisation's directory replaces an imported one, and a new import is refused with a reason", async () => {
    const { service } = withPolicy({ value: { localDirectory: DIRECTORY } });
    expect((await status(service)).localContacts?.publisher).toBe('Buckinghamshire LOC');
    const reply = await service.handle({ type: 'page:import-local-contacts', file: { ...DIRECTORY, publisher: 'Me' } });
    expect(reply).toEqual({
      ok: false,
      error:
        'Your organisation provides the local contacts, so an imported file would not be used. Nothing was changed.',
    });
  });

  it('policy reminders off: no notification, where the same status without the policy sends one', async () => {
    for (const [value, expected] of [
      [{}, 1],
      [{ remindersEnabled: false }, 0],
    ] as const) {
      const { deps, service } = withPolicy({ value });
      await service.handle({ type: 'page:record-last-sign-in-date', date: '2026-10-20', account: 'jo@nhs.net' });
      await service.refresh();
      expect(
        deps.shown.filter((s) => s.id.startsWith('nhsc:inactive:')),
        JSON.stringify(value),
      ).toHaveLength(expected);
    }
  });
});

describe('wiring: a policy change applies while running', () => {
  it('storage.onChanged for the managed area recomputes the badge; the managed area is read through main.ts', async () => {
    fakeBrowser.reset();
    const policy = { value: {} as Record<string, unknown> };
    const deps = { ...backgroundDeps(fakeBrowser), ...fakeDeps() };
    deps.managed = async () => policy.value;
    const service = startBackground(fakeBrowser, deps);
    await service.refresh();
    const before = (deps as ReturnType<typeof fakeDeps>).badges.length;
    policy.value = { sector: 'dental' };
    await fakeBrowser.storage.onChanged.trigger({ sector: { newValue: 'dental' } }, 'managed');
    // The refresh the change started runs through the one writer; queue behind it.
    await service.serial(async () => undefined);
    expect((deps as ReturnType<typeof fakeDeps>).badges.length).toBeGreaterThan(before);
    expect((await service.statusView()).settings.sector).toBe('dental');
  });

  it('backgroundDeps reads no policy when the browser has no managed area', async () => {
    fakeBrowser.reset();
    const deps = backgroundDeps({ ...fakeBrowser, storage: { ...fakeBrowser.storage, managed: undefined } } as never);
    await expect(deps.managed?.()).resolves.toEqual({});
  });
});
