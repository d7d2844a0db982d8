// @vitest-environment happy-dom
/**
 * The options page against the real background service over memory storage (messages go through a
 * JSON round trip, as real messaging does): saves, ODS checks and the implied mailbox, permissions
 * from a click, import (good and bad files), export and erase with a confirmation step.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '../../lib/background/service.ts';
import type { AnyMessage } from '../../lib/protocol.ts';
import { odsVerdict, impliedSharedMailbox } from '../../lib/pages/options/organisation-rules.ts';
import { Options } from '../../lib/pages/options/options.tsx';
import { OUTLOOK_EXPLANATION, parseDaysAhead } from '../../lib/pages/options/preferences.tsx';
import type { OptionsDeps, Send } from '../../lib/pages/options/types.ts';
import { sectorById } from '../../lib/knowledge/sectors.ts';
import { fakeDeps, memoryStorage } from './helpers.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/local-directory');
const fixture = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

afterEach(() => cleanup());

function setup(initial: Record<string, unknown> = {}, options: { notifications?: boolean; managed?: unknown } = {}) {
  const deps = fakeDeps({ storage: memoryStorage(initial), notifications: options.notifications ?? true });
  // An organisation's policy, as the managed storage area would hold it (lib/background/managed.ts).
  const svc = createBackgroundService(
    options.managed === undefined ? deps : { ...deps, managed: async () => options.managed },
  );
  const sent: AnyMessage[] = [];
  const send: Send = async (message) => {
    const wire = JSON.parse(JSON.stringify(message)) as AnyMessage;
    sent.push(wire);
    return JSON.parse(JSON.stringify(await svc.handle(wire)));
  };
  const downloads: { name: string; text: string }[] = [];
  const permissions = {
    requestNotifications: vi.fn(async () => {
      deps.permitted.notifications = true;
      return true;
    }),
    requestOutlook: vi.fn(async () => true),
    removeOutlook: vi.fn(async () => true),
  };
  const optionsDeps: OptionsDeps = {
    send,
    permissions,
    download: (name, text) => downloads.push({ name, text }),
    readFile: async (file) => file.text(),
  };
  render(<Options deps={optionsDeps} />);
  return { deps, svc, sent, downloads, permissions, storage: deps.storage };
}

const settingsOf = (storage: { data: Record<string, unknown> }) =>
  (storage.data.settings as { data: Record<string, unknown> }).data;

function chooseFile(text: string, name = 'directory.json') {
  const input = screen.getByLabelText(/local directory file/i) as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('ODS rules', () => {
  it.each([
    ['pharmacy', 'fvr79', 'ok'],
    ['pharmacy', 'V03462', 'error'],
    ['dental', 'V03462', 'ok'],
    ['dental', 'v 03462', 'ok'],
    ['social-care', 'VLAXL', 'ok'],
    ['optometry', 'AB', 'warning'],
    ['optometry', 'ABC12', 'ok'],
    [undefined, 'ABC12', 'ok'],
    ['pharmacy', 'FVR-79', 'error'],
    ['pharmacy', '', 'empty'],
  ] as const)('%s %s → %s', (sector, code, kind) => {
    expect(odsVerdict(code, sector).kind).toBe(kind);
  });

  it('implies optometry.<ODS>@nhs.net, and says where an address is unconfirmed', () => {
    expect(impliedSharedMailbox(sectorById('optometry'), 'ABC12')).toEqual({
      address: 'optometry.ABC12@nhs.net',
      confirmed: true,
    });
    expect(impliedSharedMailbox(sectorById('dental'), 'V03462')).toMatchObject({
      address: 'dental.V03462@nhs.net',
      confirmed: false,
    });
    expect(impliedSharedMailbox(sectorById('gp-locum'), 'H85037')).toBeUndefined();
  });

  it('days ahead: whole numbers from 1 to 21', () => {
    expect([
      parseDaysAhead('1'),
      parseDaysAhead(' 21 '),
      parseDaysAhead('0'),
      parseDaysAhead('22'),
      parseDaysAhead('7.5'),
      parseDaysAhead(''),
    ]).toEqual([1, 21, undefined, undefined, undefined, undefined]);
  });
});

describe('options page', () => {
  it('shows the independence line once and loads the stored settings', async () => {
    setup({
      settings: {
        v: 1,
        data: {
          sector: 'dental',
          odsCode: 'V03462',
          role: 'owner',
          remindersEnabled: true,
          reminderDaysAhead: 5,
          hintsEnabled: false,
          welcomeDone: true,
        },
      },
    });
    expect(await screen.findByText('Independent tool, not provided by NHS England')).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText('Site ODS code') as HTMLInputElement).value).toBe('V03462'));
    expect((screen.getByLabelText('Dental practice') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Shared mailbox owner') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('How many days before each deadline') as HTMLInputElement).value).toBe('5');
    expect((screen.getByLabelText(/Show hints/) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('implied-mailbox').textContent).toBe(
      'Information: Your shared mailbox address is probably dental.V03462@nhs.net (unconfirmed).The address is inferred from the display name and is not confirmed.',
    );
    expect(document.body.textContent).not.toContain('!');
    // One saving model: one Save button for every setting on the page.
    expect(screen.getAllByRole('button', { name: /^Save/ }).map((b) => b.textContent)).toEqual(['Save settings']);
  });

  it('one Save: sector, ODS code, role, reminders and hints together, with one confirmation in words', async () => {
    const { storage } = setup();
    fireEvent.click(await screen.findByLabelText('Optometry (GOS contractors)'));
    fireEvent.input(screen.getByLabelText('Site ODS code'), { target: { value: 'abc12' } });
    expect(screen.getByTestId('implied-mailbox').textContent).toBe(
      'Information: Your shared mailbox address is probably optometry.ABC12@nhs.net.',
    );
    fireEvent.click(screen.getByLabelText('Locum'));
    fireEvent.input(screen.getByLabelText('How many days before each deadline'), { target: { value: '14' } });
    fireEvent.click(screen.getByLabelText(/Show hints/));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(screen.getByTestId('settings-status').textContent).toBe(
        'Saved: Optometry (GOS contractors), reminders 14 days before each deadline, portal hints off.',
      ),
    );
    expect(settingsOf(storage)).toMatchObject({
      sector: 'optometry',
      odsCode: 'ABC12',
      role: 'locum',
      remindersEnabled: true,
      reminderDaysAhead: 14,
      hintsEnabled: false,
      welcomeDone: false,
    });
  });

  it('fields only where they apply: GP locums give no site ODS code and have no shared mailbox roles', async () => {
    const { storage } = setup({
      settings: {
        v: 1,
        data: {
          odsCode: 'ABC12',
          role: 'owner',
          remindersEnabled: true,
          reminderDaysAhead: 7,
          hintsEnabled: true,
          welcomeDone: true,
        },
      },
    });
    fireEvent.click(await screen.findByLabelText('GP locum'));
    expect(screen.queryByLabelText('Site ODS code')).toBeNull();
    expect(screen.queryByLabelText('Shared mailbox owner')).toBeNull();
    expect(screen.queryByTestId('implied-mailbox')).toBeNull();
    expect(screen.getByTestId('no-shared-mailbox').textContent).toBe(
      'GP locum: you register as an individual, so there is no shared mailbox or site ODS code to give.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByTestId('settings-status').textContent).toMatch(/^Saved: GP locum, /));
    expect(settingsOf(storage)).not.toHaveProperty('odsCode');
    expect(settingsOf(storage)).not.toHaveProperty('role');
  });

  it('independent midwives: no shared mailbox, an optional ODS code', async () => {
    setup();
    fireEvent.click(await screen.findByLabelText('Independent midwife'));
    expect(screen.getByLabelText('Site ODS code')).toBeTruthy();
    expect(screen.queryByLabelText('Shared mailbox owner')).toBeNull();
    expect(screen.getByTestId('no-shared-mailbox').textContent).toBe(
      'Independent midwife: you register as an individual, so there is no shared mailbox or site ODS code to give (the ODS code above is optional).',
    );
  });

  it('errors: one summary linking to each field, each field with its NHS.UK message; nothing saved', async () => {
    const { storage } = setup();
    fireEvent.click(await screen.findByLabelText('Community pharmacy (including dispensing appliance contractors)'));
    fireEvent.input(screen.getByLabelText('Site ODS code'), { target: { value: 'V03462' } });
    fireEvent.input(screen.getByLabelText('How many days before each deadline'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const summary = await screen.findByTestId('settings-errors');
    const odsMessage =
      'This does not look like an ODS code for Community pharmacy (including dispensing appliance contractors). Five characters starting with F, for example FVR79. It is printed at the top of your monthly NHSBSA payment schedule.';
    expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#ods-code', odsMessage],
      ['#days-ahead', 'Enter a whole number of days from 1 to 21'],
    ]);
    expect(document.activeElement).toBe(summary);
    expect(document.getElementById('ods-code-error')?.textContent).toBe(`Error: ${odsMessage}`);
    expect(document.getElementById('ods-code-error')?.getAttribute('role')).toBe('alert');
    fireEvent.click(summary.querySelector('a[href="#days-ahead"]')!);
    expect(document.activeElement).toBe(screen.getByLabelText('How many days before each deadline'));
    expect(storage.data.settings).toBeUndefined();
    // What was typed is kept.
    expect((screen.getByLabelText('Site ODS code') as HTMLInputElement).value).toBe('V03462');
  });

  it('an unconfirmed format only warns, and saves', async () => {
    const { storage } = setup();
    fireEvent.click(await screen.findByLabelText('Optometry (GOS contractors)'));
    fireEvent.input(screen.getByLabelText('Site ODS code'), { target: { value: 'AB' } });
    expect(screen.getByTestId('ods-warning').textContent).toMatch(
      /^Check This may not be an ODS code for Optometry \(GOS contractors\): the format is not confirmed, so check it\. /,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(screen.getByTestId('settings-status').textContent).toMatch(
        /^Saved: Optometry \(GOS contractors\), reminders 7 days before each deadline, portal hints on\. This may not be an ODS code for Optometry/,
      ),
    );
    expect(settingsOf(storage).odsCode).toBe('AB');
  });

  it('clearing the ODS code removes it', async () => {
    const { storage } = setup({
      settings: {
        v: 1,
        data: { odsCode: 'ABC12', remindersEnabled: true, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true },
      },
    });
    await waitFor(() => expect((screen.getByLabelText('Site ODS code') as HTMLInputElement).value).toBe('ABC12'));
    fireEvent.input(screen.getByLabelText('Site ODS code'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByTestId('settings-status').textContent).toMatch(/^Saved: /));
    expect(settingsOf(storage)).not.toHaveProperty('odsCode');
  });

  it('ticking reminders asks for notifications from that click; turning them off is saved', async () => {
    const { storage, permissions } = setup(
      {
        settings: {
          v: 1,
          data: { remindersEnabled: false, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true },
        },
      },
      { notifications: false },
    );
    fireEvent.click(await screen.findByLabelText('Remind me before my account becomes inactive'));
    expect(permissions.requestNotifications).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByLabelText('Remind me before my account becomes inactive'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(screen.getByTestId('settings-status').textContent).toBe(
        'Saved: no organisation type, reminders off, portal hints on.',
      ),
    );
    expect(settingsOf(storage).remindersEnabled).toBe(false);
  });

  it('"Allow notifications" asks from the click, then tells the background', async () => {
    const { permissions, sent } = setup({}, { notifications: false });
    expect(screen.queryByTestId('notifications-permission')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Allow notifications' }));
    // Asked synchronously inside the click, before any await.
    expect(permissions.requestNotifications).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByTestId('notifications-status').textContent).toBe('Notifications are allowed.'),
    );
    expect(sent.at(-1)).toEqual({ type: 'page:permissions-changed' });
    expect(screen.getByTestId('notifications-permission').textContent).toBe(
      'Allowed Reminders can show as notifications.',
    );
    expect(screen.queryByRole('button', { name: 'Allow notifications' })).toBeNull();
  });

  it('Outlook on the web: explains itself and asks for the permissions from the click', async () => {
    const { permissions, sent } = setup();
    expect(
      await screen.findByText(`${OUTLOOK_EXPLANATION} Your browser asks first, and the change takes effect at once.`),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Count Outlook on the web sign-ins' }));
    expect(permissions.requestOutlook).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(sent.at(-1)).toEqual({ type: 'page:permissions-changed' }));
  });

  it('imports a good local directory file and can download it back unchanged', async () => {
    const { storage, downloads } = setup();
    await screen.findByText('No local contacts imported.');
    chooseFile(fixture('buckinghamshire.json'));
    fireEvent.click(screen.getByRole('button', { name: 'Import file' }));
    await waitFor(() =>
      expect(screen.getByTestId('import-status').textContent).toMatch(/^Imported 5 contacts from Buckinghamshire LOC/),
    );
    expect(storage.data.localDirectory).toMatchObject({ v: 1 });
    expect(screen.getByTestId('local-directory').textContent).toContain('bht.bucksamd@nhs.net');
    fireEvent.click(screen.getByRole('button', { name: 'Download the local directory file' }));
    expect(downloads).toEqual([{ name: 'local-directory-2026-11-23.json', text: fixture('buckinghamshire.json') }]);
  });

  it('a bad file is refused with each problem and its place; nothing changes', async () => {
    const { storage, sent } = setup();
    await screen.findByText('No local contacts imported.');
    const before = structuredClone(storage.data);
    chooseFile(fixture('bad-contacts.json'));
    fireEvent.click(screen.getByRole('button', { name: 'Import file' }));
    const summary = await screen.findByTestId('import-problems');
    expect(summary.textContent).toContain('The file was not imported and nothing was changed');
    const items = [...summary.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain('contacts[1].email: not an email address');
    expect(items).toContain('contacts[2].source: is missing');
    expect(items.length).toBe(7);
    expect(storage.data).toEqual(before);
    expect(sent.some((m) => m.type === 'page:import-local-contacts')).toBe(false);
  });

  it('a newer-version file is refused', async () => {
    setup();
    await screen.findByText('No local contacts imported.');
    chooseFile(fixture('newer-version.json'));
    fireEvent.click(screen.getByRole('button', { name: 'Import file' }));
    const problems = await screen.findByTestId('import-problems');
    expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'formatVersion: is 2, newer than this version of NHSmail Companion can read (1); update the extension and try again',
    ]);
  });

  it('no file chosen → a message, nothing sent', async () => {
    const { sent } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Import file' }));
    expect((await screen.findByTestId('import-problems')).textContent).toContain(
      'Choose a local directory file first.',
    );
    expect(sent.map((m) => m.type)).toEqual(['page:get-status']);
  });

  it('exports everything as a JSON file', async () => {
    const { downloads } = setup({
      settings: {
        v: 1,
        data: { sector: 'dental', remindersEnabled: true, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Export everything as a file' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('nhsmail-companion-export-2026-11-23.json');
    const data = JSON.parse(downloads[0]!.text) as { format: string; items: { settings: unknown } };
    expect(data.format).toBe('nhsmail-companion-export');
    expect(data.items.settings).toMatchObject({ data: { sector: 'dental' } });
  });

  it('erase needs a confirmation; cancel keeps everything, confirm erases and resets the forms', async () => {
    const initial = {
      settings: {
        v: 1,
        data: {
          sector: 'dental',
          odsCode: 'V03462',
          remindersEnabled: true,
          reminderDaysAhead: 7,
          hintsEnabled: true,
          welcomeDone: true,
        },
      },
    };
    const { storage } = setup(initial);
    fireEvent.click(await screen.findByRole('button', { name: 'Erase everything' }));
    expect(screen.getByTestId('erase-confirm')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Erase everything?'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(settingsOf(storage)).toMatchObject(initial.settings.data);
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toBe('Everything was erased.'));
    expect(storage.data).toEqual({});
    await waitFor(() => expect((screen.getByLabelText('Site ODS code') as HTMLInputElement).value).toBe(''));
  });

  it('a corrupt stored value shows a notice that can start that item again', async () => {
    const { storage } = setup({ settings: 'garbage' });
    expect((await screen.findByTestId('storage-problem')).textContent).toContain(
      'Your saved settings could not be read (it is not in the expected format). We started again from defaults and kept the old data: use Export to save a copy.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start this again from defaults' }));
    await waitFor(() => expect(screen.queryByTestId('storage-problem')).toBeNull());
    expect(storage.data['quarantine:settings']).toMatchObject({ raw: 'garbage' });
  });
});

describe('the yearly DSPT reminder', () => {
  it('ticking it asks for notifications from that click, and it is saved with the other settings', async () => {
    const { storage, permissions, sent } = setup(
      {
        settings: {
          v: 2,
          data: {
            remindersEnabled: false,
            reminderDaysAhead: 7,
            hintsEnabled: true,
            welcomeDone: true,
            dsptReminder: false,
          },
        },
      },
      { notifications: false },
    );
    const box = (await screen.findByLabelText('Remind me about the DSPT every year')) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'A reminder six weeks before 30 June, once a year, to publish your Data Security and Protection Toolkit again. NHSmail Companion cannot see whether you have published it.',
    );
    fireEvent.click(box);
    // Asked inside the click, before any await.
    expect(permissions.requestNotifications).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(screen.getByTestId('settings-status').textContent).toBe(
        'Saved: no organisation type, reminders off, portal hints on, yearly DSPT reminder on.',
      ),
    );
    expect(settingsOf(storage).dsptReminder).toBe(true);
    expect(sent.find((m) => m.type === 'page:save-settings')).toMatchObject({ settings: { dsptReminder: true } });
  });

  it('unticking it again is saved as off, and asks for nothing', async () => {
    const { storage, permissions } = setup({
      settings: {
        v: 2,
        data: {
          remindersEnabled: true,
          reminderDaysAhead: 7,
          hintsEnabled: true,
          welcomeDone: true,
          dsptReminder: true,
        },
      },
    });
    const box = (await screen.findByLabelText('Remind me about the DSPT every year')) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByTestId('settings-status').textContent).toMatch(/^Saved: /));
    expect(settingsOf(storage).dsptReminder).toBe(false);
    expect(permissions.requestNotifications).not.toHaveBeenCalled();
  });
});

describe('settings an organisation sets', () => {
  const POLICY = {
    sector: 'optometry',
    odsCode: 'abc12',
    hintsEnabled: false,
    dsptReminder: true,
    reminderDaysAhead: 40,
    localDirectory: JSON.parse(fixture('buckinghamshire.json')) as unknown,
  };

  it('each is tagged "Set by your organisation" and cannot be changed; the rest stay editable', async () => {
    setup({}, { managed: POLICY });
    const ods = (await screen.findByLabelText(/^Site ODS code/)) as HTMLInputElement;
    expect(ods.value).toBe('ABC12');
    expect(ods.disabled).toBe(true);
    const optometry = screen.getByRole('radio', { name: sectorById('optometry')!.name }) as HTMLInputElement;
    expect([optometry.checked, optometry.disabled]).toEqual([true, true]);
    expect((screen.getByLabelText(/^Show hints on NHSmail portal pages/) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText(/^Remind me about the DSPT every year/) as HTMLInputElement).disabled).toBe(true);
    // Not set by the policy (its days value was ignored): still the person's.
    expect((screen.getByLabelText('Remind me before my account becomes inactive') as HTMLInputElement).disabled).toBe(
      false,
    );
    expect((screen.getByLabelText('How many days before each deadline') as HTMLInputElement).disabled).toBe(false);
    // One tag per setting the organisation sets: the type, the ODS code, hints and the DSPT reminder.
    expect(screen.getAllByTestId('set-by-organisation').map((tag) => tag.textContent)).toEqual([
      'Set by your organisation',
      'Set by your organisation',
      'Set by your organisation',
      'Set by your organisation',
    ]);
    expect(screen.getByRole('group', { name: 'Type of organisation Set by your organisation' })).toBeTruthy();
    expect(screen.getByLabelText('Site ODS code Set by your organisation')).toBe(ods);
  });

  it('the notice at the top lists what is set and each ignored value, and the import control is gone', async () => {
    setup({}, { managed: POLICY });
    const notice = await screen.findByTestId('managed-notice');
    expect(notice.className).toBe('nhsuk-inset-text');
    expect(notice.querySelector('h2')?.textContent).toBe('Settings from your organisation');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Type of organisation, ODS code, Hints on NHSmail pages and Yearly DSPT reminder are set by your organisation and cannot be changed here.',
      'The local contacts come from your organisation.',
      "Your organisation's setting was not used. Tell your IT team: reminderDaysAhead was ignored: it must be a whole number from 1 to 21.",
    ]);
    expect(screen.queryByLabelText(/local directory file/i)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import file' })).toBeNull();
    expect(screen.getByTestId('local-directory-managed').textContent).toBe(
      'Your organisation provides the local contacts, so a file of your own cannot be imported here.',
    );
  });

  it('without a policy there is no notice, no tag, and the import control is there', async () => {
    setup();
    await screen.findByLabelText('Site ODS code');
    expect(screen.queryByTestId('managed-notice')).toBeNull();
    expect(screen.queryAllByTestId('set-by-organisation')).toEqual([]);
    expect(screen.getByLabelText('Local directory file')).toBeTruthy();
  });

  it('saving keeps the policy values and saves the person’s own', async () => {
    const { storage } = setup({}, { managed: POLICY });
    const days = (await screen.findByLabelText('How many days before each deadline')) as HTMLInputElement;
    fireEvent.input(days, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(screen.getByTestId('settings-status').textContent).toBe(
        `Saved: ${sectorById('optometry')!.name}, reminders 10 days before each deadline, portal hints off, yearly DSPT reminder on.`,
      ),
    );
    expect(settingsOf(storage).reminderDaysAhead).toBe(10);
    expect((screen.getByLabelText(/^Site ODS code/) as HTMLInputElement).value).toBe('ABC12');
  });
});
