// @vitest-environment happy-dom
/** The whole popup against the real background service through the fake browser's messaging. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '../../lib/background/service.ts';
import type { AnyMessage } from '../../lib/protocol.ts';
import { requestNotifications } from '../../lib/pages/kit/optional-permissions.ts';
import { Popup } from '../../lib/pages/popup/popup.tsx';
import { fakeDeps, memoryStorage, type FakeDeps } from './helpers.ts';

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

describe('popup wiring', () => {
  it('asks for the status on open and shows it', async () => {
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('stage').textContent).toBe('Not known yet'));
    expect(received[0]).toEqual({ type: 'page:get-status' });
    expect(screen.getByText('Independent tool, not provided by NHS England')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'I used NHSmail today' })).toBeTruthy();
  });

  it('no sector yet: the chooser saves it with page:save-settings and the fresh status shows the sector help', async () => {
    const { container } = render(<Popup />);
    await waitFor(() => screen.getByText('What type of organisation do you work for?'));
    // The directory follows the status by one frame.
    await waitFor(() => expect(container.querySelector('[data-need="nhsbsa-code"]')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save organisation type' }));
    await waitFor(() => expect(screen.getByText('Select the type of organisation you work for')).toBeTruthy());
    fireEvent.click(screen.getByLabelText('Community pharmacy (including dispensing appliance contractors)'));
    fireEvent.click(screen.getByRole('button', { name: 'Save organisation type' }));
    await waitFor(() => screen.getByText('Showing help for:'));
    expect(received).toContainEqual({ type: 'page:save-settings', settings: { sector: 'pharmacy' } });
    expect((deps.storage.data.settings as { data: { sector: string } }).data.sector).toBe('pharmacy');
    expect(container.querySelector('[data-need="nhsbsa-code"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Change organisation type' }));
    expect(screen.getByText('What type of organisation do you work for?')).toBeTruthy();
  });

  it('reminders: the button asks for the permission from the click, then tells the background', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
      deps.permitted.notifications = true;
      return true;
    });
    render(<Popup />);
    const button = await screen.findByRole('button', { name: 'Turn on reminder notifications' });
    fireEvent.click(button);
    // Synchronously inside the click: the browser only prompts during a user gesture.
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await waitFor(() => expect(received).toContainEqual({ type: 'page:permissions-changed' }));
    await waitFor(() =>
      expect(screen.getByText('We send a notification before each deadline.', { exact: false })).toBeTruthy(),
    );
    expect(screen.queryByRole('button', { name: 'Turn on reminder notifications' })).toBeNull();
  });

  it('Outlook on the web: asks for both hosts (and scripting where declared) from the click, then tells the background', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      optional_permissions: ['notifications', 'scripting'],
    } as never);
    let outlook = false;
    deps.outlookPermitted = async () => outlook;
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
      outlook = true;
      return true;
    });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Count Outlook on the web' }));
    expect(request).toHaveBeenCalledWith({
      origins: ['https://outlook.office.com/*', 'https://outlook.office365.com/*'],
      permissions: ['scripting'],
    });
    await waitFor(() => expect(screen.getByText('Outlook on the web now counts as a sign-in.')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Stop counting Outlook on the web' })).toBeTruthy();
    expect(screen.getByText(/no mail content is read/)).toBeTruthy();
  });

  it('reminders refused: says so, and the badge still works', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => false) as never);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on reminder notifications' }));
    await waitFor(() =>
      expect(screen.getByText(/were not turned on\. The toolbar badge still shows when to sign in/)).toBeTruthy(),
    );
  });

  it('requestNotifications never rejects', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('no gesture'));
    await expect(requestNotifications()).resolves.toBe(false);
  });

  it('the deleted card opens the restore template, filled in', async () => {
    await deps.storage.set({
      signIns: {
        v: 2,
        data: {
          accounts: {
            'jo.bloggs@nhs.net': {
              lastActivityAt: deps.clock.now - 75 * 86_400_000,
              source: 'portal',
              recordedAt: deps.clock.now,
            },
          },
        },
      },
    });
    Element.prototype.scrollIntoView = vi.fn();
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write the restore email' }));
    await waitFor(() =>
      expect((screen.getByLabelText('The deleted NHSmail address') as HTMLInputElement).value).toBe(
        'jo.bloggs@nhs.net',
      ),
    );
    expect(document.activeElement?.id).toBe('request-template-restore-account');
  });
});
