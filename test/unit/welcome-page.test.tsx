// @vitest-environment happy-dom
/**
 * The first-run page against the real background service: finishing saves the sector, the known
 * last sign-in (Day, Month, Year) and reminders; notifications are asked for at the moment reminders
 * are ticked; the last step says what is set and what is not, and how to pin the extension;
 * skipping saves only welcomeDone.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '../../lib/background/service.ts';
import type { AnyMessage } from '../../lib/protocol.ts';
import type { Send } from '../../lib/pages/options/types.ts';
import { Welcome } from '../../lib/pages/welcome/welcome.tsx';
import { fakeDeps, memoryStorage } from './helpers.ts';

afterEach(() => cleanup());

function setup(options: { notifications?: boolean; grant?: boolean; initial?: Record<string, unknown> } = {}) {
  const deps = fakeDeps({ storage: memoryStorage(options.initial), notifications: options.notifications ?? false });
  const svc = createBackgroundService(deps);
  const sent: AnyMessage[] = [];
  const send: Send = async (message) => {
    const wire = JSON.parse(JSON.stringify(message)) as AnyMessage;
    sent.push(wire);
    return JSON.parse(JSON.stringify(await svc.handle(wire)));
  };
  const requestNotifications = vi.fn(async () => {
    if (options.grant ?? true) deps.permitted.notifications = true;
    return options.grant ?? true;
  });
  render(<Welcome deps={{ send, permissions: { requestNotifications } }} />);
  return { storage: deps.storage, sent, requestNotifications };
}

const settingsOf = (storage: { data: Record<string, unknown> }) =>
  (storage.data.settings as { data: Record<string, unknown> }).data;

function typeDate(day: string, month: string, year: string) {
  fireEvent.input(screen.getByLabelText('Day'), { target: { value: day } });
  fireEvent.input(screen.getByLabelText('Month'), { target: { value: month } });
  fireEvent.input(screen.getByLabelText('Year'), { target: { value: year } });
}

async function ready() {
  await waitFor(() =>
    expect((screen.getByRole('button', { name: 'Save and finish' }) as HTMLButtonElement).disabled).toBe(false),
  );
}

describe('welcome page', () => {
  it('says what the tool is, that it is independent, and asks three optional questions; no browser date control', async () => {
    setup();
    await ready();
    expect(screen.getByText('Independent tool, not provided by NHS England')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to NHSmail Companion');
    expect(screen.getByText(/not used for 30 days becomes inactive, and it is deleted after 60 days/)).toBeTruthy();
    expect(document.querySelector('input[type="date"]')).toBeNull();
    expect(screen.getByLabelText('Day').getAttribute('inputmode')).toBe('numeric');
  });

  it('ticking reminders asks for notifications in that click; finishing with everything set says "You are set up"', async () => {
    const { storage, requestNotifications, sent } = setup();
    await ready();
    const box = screen.getByLabelText(/Remind me with a notification/) as HTMLInputElement;
    // Not ticked while notifications are not allowed: reminders could not arrive.
    expect(box.checked).toBe(false);
    fireEvent.click(screen.getByLabelText('Optometry (GOS contractors)'));
    fireEvent.click(box);
    expect(requestNotifications).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByTestId('notification-status').textContent).toBe(
        'Notifications are allowed: you will get a reminder before each deadline.',
      ),
    );
    typeDate('5', '10', '2026');
    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));
    const done = await screen.findByTestId('welcome-done');
    expect(done.querySelector('h1')?.textContent).toBe('You are set up');
    expect(screen.getByTestId('setup-summary').textContent).toBe(
      'Organisation typeOptometry (GOS contractors)Last sign-in5 October 2026RemindersOn: a notification before each deadline, and the toolbar badge',
    );
    expect(sent).toContainEqual({ type: 'page:record-last-sign-in-date', date: '2026-10-05' });
    expect(settingsOf(storage)).toMatchObject({ sector: 'optometry', remindersEnabled: true, welcomeDone: true });
    expect(screen.getByTestId('pin-steps').textContent).toMatch(/Chrome.*Edge.*Firefox/);
  });

  it('notifications refused: reminders are not ticked, and the last step says so instead of "You are set up"', async () => {
    const { storage } = setup({ grant: false });
    await ready();
    fireEvent.click(screen.getByLabelText(/Remind me with a notification/));
    await waitFor(() =>
      expect(screen.getByTestId('notification-status').textContent).toBe(
        'Notifications were not allowed, so reminders are not set. The toolbar badge still shows when to sign in.',
      ),
    );
    expect((screen.getByLabelText(/Remind me with a notification/) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));
    const done = await screen.findByTestId('welcome-done');
    expect(done.querySelector('h1')?.textContent).toBe('Saved. Some things are not set yet');
    expect(screen.queryByText('You are set up')).toBeNull();
    expect(screen.getByTestId('setup-summary').textContent).toBe(
      'Organisation typeNot setLast sign-inNot known yet: it is recorded the next time you sign in to the portal in this browserRemindersOff: only the toolbar badge shows when to sign in',
    );
    expect(settingsOf(storage)).toMatchObject({ remindersEnabled: false, welcomeDone: true });
  });

  it('a bad date is refused with the NHS.UK message in a summary and at the field; nothing is finished; input kept', async () => {
    const { storage, sent } = setup();
    await ready();
    typeDate('31', '2', '2026');
    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));
    const summary = await screen.findByTestId('welcome-error');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#last-sign-in');
    expect(summary.querySelector('a')?.textContent).toBe('Date must be a real date');
    expect(document.getElementById('last-sign-in-error')?.textContent).toBe('Error: Date must be a real date');
    expect(screen.queryByTestId('welcome-done')).toBeNull();
    expect(sent.map((m) => m.type)).toEqual(['page:get-status']);
    expect(storage.data.settings).toBeUndefined();
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('31');
  });

  it('a future date is refused', async () => {
    setup();
    await ready();
    typeDate('24', '11', '2026');
    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));
    await waitFor(() =>
      expect(document.getElementById('last-sign-in-error')?.textContent).toBe(
        'Error: Date must be today or in the past',
      ),
    );
  });

  it('skipping sets welcomeDone and nothing else', async () => {
    const { storage, sent } = setup();
    await ready();
    fireEvent.click(screen.getByLabelText('Dental practice'));
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    await waitFor(() =>
      expect(screen.getByTestId('welcome-done').querySelector('h1')?.textContent).toBe('Set-up skipped'),
    );
    expect(sent.at(-1)).toEqual({ type: 'page:save-settings', settings: { welcomeDone: true } });
    expect(settingsOf(storage)).not.toHaveProperty('sector');
  });

  it('a choice made before the stored settings arrive is kept', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const storage = memoryStorage({
      settings: {
        v: 1,
        data: {
          sector: 'dental',
          remindersEnabled: true,
          reminderDaysAhead: 7,
          hintsEnabled: true,
          welcomeDone: false,
        },
      },
    });
    const svc = createBackgroundService(fakeDeps({ storage }));
    const send: Send = async (message) => {
      if (message.type === 'page:get-status') await held;
      return JSON.parse(JSON.stringify(await svc.handle(message)));
    };
    render(<Welcome deps={{ send, permissions: { requestNotifications: async () => false } }} />);
    fireEvent.click(await screen.findByLabelText('Community pharmacy (including dispensing appliance contractors)'));
    release();
    await ready();
    expect(
      (screen.getByLabelText('Community pharmacy (including dispensing appliance contractors)') as HTMLInputElement)
        .checked,
    ).toBe(true);
  });
});
