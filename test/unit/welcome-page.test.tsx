// @vitest-environment happy-dom
/**
 * The first-run page against the real background service: finishing saves the sector, the known
 * last sign-in and reminders; skipping saves only welcomeDone; both set welcomeDone.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '../../lib/background/service.ts';
import type { AnyMessage } from '../../lib/protocol.ts';
import type { Send } from '../../lib/pages/options/types.ts';
import { Welcome } from '../../lib/pages/welcome/welcome.tsx';
import { fakeDeps, memoryStorage } from './helpers.ts';

afterEach(() => cleanup());

function setup(options: { notifications?: boolean } = {}) {
  const deps = fakeDeps({ storage: memoryStorage(), notifications: options.notifications ?? true });
  const svc = createBackgroundService(deps);
  const sent: AnyMessage[] = [];
  const send: Send = async (message) => {
    const wire = JSON.parse(JSON.stringify(message)) as AnyMessage;
    sent.push(wire);
    return JSON.parse(JSON.stringify(await svc.handle(wire)));
  };
  const requestNotifications = vi.fn(async () => {
    deps.permitted.notifications = true;
    return true;
  });
  render(<Welcome deps={{ send, permissions: { requestNotifications } }} />);
  return { storage: deps.storage, sent, requestNotifications };
}

const settingsOf = (storage: { data: Record<string, unknown> }) =>
  (storage.data.settings as { data: Record<string, unknown> }).data;

describe('welcome page', () => {
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
    const select = (await screen.findByLabelText(/What type of organisation/)) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'pharmacy' } });
    expect(screen.getByLabelText(/When did you last sign in/).getAttribute('max')).toBeNull();
    release();
    // The stored status has arrived and been applied once the date field gets its maximum (today): the
    // sector from storage would have been applied in that same render.
    await waitFor(() =>
      expect(screen.getByLabelText(/When did you last sign in/).getAttribute('max')).toBe('2026-11-23'),
    );
    expect(select.value).toBe('pharmacy');
  });

  it('says what the tool is, that it is independent, and asks three optional questions', async () => {
    setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to NHSmail Companion');
    expect(screen.getByText('Independent tool, not provided by NHS England')).toBeTruthy();
    expect(document.body.textContent).toContain('not used for 30 days becomes inactive');
    expect(await screen.findByLabelText(/What type of organisation/)).toBeTruthy();
    expect(screen.getByLabelText(/When did you last sign in/)).toBeTruthy();
    expect(screen.getByLabelText('Remind me before my account becomes inactive')).toBeTruthy();
    expect(document.body.textContent).not.toContain('!');
  });

  it('finishing saves the sector, records the known last sign-in and sets welcomeDone', async () => {
    const { storage } = setup();
    await waitFor(() =>
      expect(screen.getByLabelText(/When did you last sign in/).getAttribute('max')).toBe('2026-11-23'),
    );
    fireEvent.change(screen.getByLabelText(/What type of organisation/), { target: { value: 'social-care' } });
    fireEvent.input(screen.getByLabelText(/When did you last sign in/), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));
    expect((await screen.findByTestId('welcome-done')).textContent).toContain('You are set up');
    expect(settingsOf(storage)).toMatchObject({ sector: 'social-care', remindersEnabled: true, welcomeDone: true });
    const accounts = (
      storage.data.signIns as { data: { accounts: Record<string, { source: string; lastActivityAt: number }> } }
    ).data.accounts;
    expect(accounts['']).toMatchObject({ source: 'manual-date', lastActivityAt: Date.UTC(2026, 10, 1, 12) });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('You are set up'));
  });

  it('turning reminders off is saved', async () => {
    const { storage } = setup();
    fireEvent.click(await screen.findByLabelText('Remind me before my account becomes inactive'));
    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));
    await screen.findByTestId('welcome-done');
    expect(settingsOf(storage)).toMatchObject({ remindersEnabled: false, welcomeDone: true });
  });

  it('a future date is refused with its message, focused, and nothing is finished', async () => {
    const { storage } = setup();
    await waitFor(() =>
      expect(screen.getByLabelText(/When did you last sign in/).getAttribute('max')).toBe('2026-11-23'),
    );
    fireEvent.input(screen.getByLabelText(/When did you last sign in/), { target: { value: '2027-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));
    expect(await screen.findByText('The date cannot be in the future.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/When did you last sign in/));
    expect(storage.data.signIns).toBeUndefined();
    expect(storage.data.settings).toBeUndefined();
  });

  it('skipping sets welcomeDone and nothing else', async () => {
    const { storage } = setup();
    fireEvent.change(await screen.findByLabelText(/What type of organisation/), { target: { value: 'dental' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect((await screen.findByTestId('welcome-done')).textContent).toContain('Set-up skipped');
    expect(settingsOf(storage)).toEqual({
      remindersEnabled: true,
      reminderDaysAhead: 7,
      hintsEnabled: true,
      welcomeDone: true,
    });
  });

  it('offers notifications from a click when they are not allowed', async () => {
    const { requestNotifications, sent } = setup({ notifications: false });
    fireEvent.click(await screen.findByRole('button', { name: 'Allow notifications' }));
    expect(requestNotifications).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByTestId('notification-status').textContent).toBe('Notifications are allowed.'),
    );
    expect(sent.at(-1)).toEqual({ type: 'page:permissions-changed' });
  });
});
