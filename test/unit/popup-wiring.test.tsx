// @vitest-environment happy-dom
/** The whole popup against the real background service through the fake browser's messaging. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '../../lib/background/service.ts';
import type { AnyMessage } from '../../lib/protocol.ts';
import { requestNotifications } from '../../lib/pages/kit/optional-permissions.ts';
import { Popup } from '../../lib/pages/popup/popup.tsx';
import { DAY, fakeDeps, memoryStorage, type FakeDeps } from './helpers.ts';

let deps: FakeDeps;
let received: AnyMessage[];

beforeEach(() => {
  deps = fakeDeps({ storage: memoryStorage(), notifications: false });
  received = [];
  const service = createBackgroundService(deps);
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      received.push(message as AnyMessage);
      void service.handle(message as AnyMessage).then(sendResponse);
      return true;
    },
  );
});
afterEach(cleanup);

function seenYesterday() {
  return deps.storage.set({
    signIns: {
      v: 3,
      data: {
        accounts: {
          'jo.bloggs@nhs.net': {
            lastActivityAt: deps.clock.now - DAY,
            source: 'portal',
            recordedAt: deps.clock.now - DAY,
            previous: null,
          },
        },
      },
    },
  });
}

function typeDate(day: string, month: string, year: string) {
  fireEvent.input(screen.getByLabelText('Day'), { target: { value: day } });
  fireEvent.input(screen.getByLabelText('Month'), { target: { value: month } });
  fireEvent.input(screen.getByLabelText('Year'), { target: { value: year } });
  fireEvent.click(screen.getByRole('button', { name: 'Save date' }));
}

describe('popup wiring', () => {
  it('asks for the status on open and shows it, with links to Help, the request emails and Settings', async () => {
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('stage').textContent).toBe('Not known yet'));
    expect(received[0]).toEqual({ type: 'page:get-status' });
    expect(screen.getByText('Independent tool, not provided by NHS England')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'I used NHSmail today' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'More from NHSmail Companion' });
    expect([...nav.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Help page (opens in a new tab)', 'help.html'],
      ['Emails to the NAS (opens in a new tab)', 'help.html#request-templates'],
      ['Settings (opens in a new tab)', 'options.html'],
    ]);
    // Switches live in Settings now.
    expect(screen.queryByText('Turn on reminder notifications')).toBeNull();
    expect(screen.queryByText('What type of organisation do you work for?')).toBeNull();
  });

  it('a typed UK date is sent as that calendar day and echoed in words', async () => {
    render(<Popup />);
    await screen.findByLabelText('Day');
    typeDate('5', '10', '2026');
    await waitFor(() => expect(screen.getByTestId('manual-saved').textContent).toBe('Saved: 5 October 2026'));
    expect(received).toContainEqual({ type: 'page:record-last-sign-in-date', date: '2026-10-05' });
    expect(screen.getByTestId('last-sign-in').textContent).toBe('5 October 2026 (49 days ago)');
    expect(screen.getByTestId('record-source').textContent).toBe('Entered by you');
  });

  it('a bad date is refused in the page with the NHS.UK message; nothing is sent', async () => {
    render(<Popup />);
    await screen.findByLabelText('Day');
    typeDate('5', '', '2026');
    await waitFor(() =>
      expect(document.getElementById('last-sign-in-error')?.textContent).toBe('Error: Date must include a month'),
    );
    expect(document.getElementById('last-sign-in-error')?.getAttribute('role')).toBe('alert');
    expect(screen.getByLabelText('Month').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Day').getAttribute('aria-invalid')).toBeNull();
    expect(received.map((m) => m.type)).toEqual(['page:get-status']);
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('5');
  });

  it('an earlier date than a seen sign-in asks first; "No" sends nothing, "Yes" replaces it, Undo puts it back', async () => {
    await seenYesterday();
    render(<Popup />);
    await screen.findByLabelText('Day');
    typeDate('1', '11', '2026');
    await screen.findByTestId('confirm-earlier');
    expect(received.map((m) => m.type)).toEqual(['page:get-status']);
    fireEvent.click(screen.getByRole('button', { name: 'No, keep 22 November 2026' }));
    expect(screen.queryByTestId('confirm-earlier')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save date' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, use 1 November 2026' }));
    await waitFor(() => expect(screen.getByTestId('last-sign-in').textContent).toBe('1 November 2026 (22 days ago)'));
    expect(received.at(-1)).toEqual({ type: 'page:record-last-sign-in-date', date: '2026-11-01', replaceSeen: true });
    fireEvent.click(screen.getByRole('button', { name: /Undo the last change/ }));
    await waitFor(() => expect(screen.getByTestId('last-sign-in').textContent).toBe('22 November 2026 (1 day ago)'));
    expect(screen.getByTestId('manual-saved').textContent).toBe(
      'Undone: the last sign-in is back to 22 November 2026.',
    );
    expect(screen.getByTestId('record-source').textContent).toBe('Seen on the NHSmail portal');
    expect(screen.queryByRole('button', { name: /Undo the last change/ })).toBeNull();
  });

  it('"I used NHSmail today" on an empty record, then undo: back to nothing known', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'I used NHSmail today' }));
    await waitFor(() =>
      expect(screen.getByTestId('manual-saved').textContent).toBe('Saved: you used NHSmail today, 23 November 2026.'),
    );
    expect(screen.getByTestId('stage').textContent).toBe('Active');
    fireEvent.click(screen.getByRole('button', { name: /Undo the last change/ }));
    await waitFor(() => expect(screen.getByTestId('stage').textContent).toBe('Not known yet'));
    expect(screen.getByTestId('manual-saved').textContent).toBe('Undone: no sign-in is recorded now.');
  });

  it('the help search lists nothing until asked, then the best three and a link to the Help page', async () => {
    const { container } = render(<Popup />);
    await screen.findByTestId('stage');
    expect(container.querySelectorAll('[data-need]').length).toBe(0);
    fireEvent.input(await screen.findByLabelText('What do you need help with?'), { target: { value: 'account' } });
    await waitFor(() => expect(container.querySelectorAll('[data-need]').length).toBe(3));
    expect(screen.getByTestId('all-topics').textContent).toMatch(
      /^See all \d+ matching topics on the Help page \(opens in a new tab\)$/,
    );
  });

  it('requestNotifications never rejects', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('no gesture'));
    await expect(requestNotifications()).resolves.toBe(false);
  });
});
