// @vitest-environment happy-dom
/** The popup's status card for each stage, built from a real StatusView of the background service. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '../../lib/background/service.ts';
import { type StatusView } from '../../lib/protocol.ts';
import { StatusCard } from '../../lib/pages/popup/status-card.tsx';
import { DAY, NOW, fakeDeps, memoryStorage } from './helpers.ts';

afterEach(cleanup);

async function viewFor(daysAgo: number | undefined, settings: Record<string, unknown> = {}): Promise<StatusView> {
  const accounts =
    daysAgo === undefined
      ? {}
      : { 'jo.bloggs@nhs.net': { lastActivityAt: NOW - daysAgo * DAY, source: 'portal', recordedAt: NOW } };
  const storage = memoryStorage({
    signIns: { v: 2, data: { accounts } },
    settings: {
      v: 1,
      data: { remindersEnabled: true, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true, ...settings },
    },
  });
  return createBackgroundService(fakeDeps({ storage })).statusView();
}

function renderCard(view: StatusView) {
  const onStartRequest = vi.fn();
  const result = render(<StatusCard view={view} onStartRequest={onStartRequest} />);
  return { ...result, onStartRequest };
}

describe('status card', () => {
  it('unknown: says nothing is known and offers the portal', async () => {
    renderCard(await viewFor(undefined));
    expect(screen.getByTestId('stage').textContent).toBe('Not known yet');
    const portal = screen.getByRole('link', { name: /Open NHSmail portal/ });
    expect(portal.getAttribute('href')).toBe('https://portal.nhs.net/');
    expect(portal.getAttribute('target')).toBe('_blank');
  });

  it('active: nothing to do, the dates in words, and the lower-bound caveat', async () => {
    renderCard(await viewFor(3));
    expect(screen.getByTestId('stage').textContent).toBe('Active');
    expect(screen.getByTestId('last-sign-in').textContent).toBe('20 November 2026 (3 days ago)');
    expect(screen.getByTestId('next-deadline').textContent).toBe('Becomes inactive on 20 December 2026 (in 27 days)');
    expect(
      screen.getByText(/Nothing to do now\. Sign in, use Outlook or Teams, or send an email before 20 December 2026/),
    ).toBeTruthy();
    expect(screen.getByText(/We only see sign-ins in this browser/)).toBeTruthy();
    expect(screen.queryByTestId('nearly')).toBeNull();
  });

  it('today: "(today)", singular days', async () => {
    renderCard(await viewFor(0));
    expect(screen.getByTestId('last-sign-in').textContent).toBe('23 November 2026 (today)');
    renderCard(await viewFor(1));
    expect(screen.getAllByTestId('last-sign-in')[1]?.textContent).toBe('22 November 2026 (1 day ago)');
  });

  it('nearly inactive: within the reminder window, a warning with the date', async () => {
    const { container } = renderCard(await viewFor(26));
    expect(screen.getByTestId('stage').textContent).toBe('Active');
    expect(screen.getByTestId('nearly').textContent).toBe('Inactive in 4 days');
    expect(screen.getByRole('heading', { name: /Sign in before 27 November 2026/ })).toBeTruthy();
    expect(container.querySelector('[data-stage="nearly-inactive"]')).not.toBeNull();
  });

  it('nearly inactive follows the reminder setting', async () => {
    renderCard(await viewFor(20, { reminderDaysAhead: 14 }));
    expect(screen.getByTestId('nearly').textContent).toBe('Inactive in 10 days');
  });

  it('inactive: sign in now, the portal button and the deletion date', async () => {
    renderCard(await viewFor(45));
    expect(screen.getByTestId('stage').textContent).toBe('Inactive');
    expect(screen.getByRole('heading', { name: /Sign in now/ })).toBeTruthy();
    expect(screen.getByText(/it will be deleted on 8 December 2026/)).toBeTruthy();
    expect(screen.getByTestId('next-deadline').textContent).toBe('Deleted on 8 December 2026 (in 15 days)');
    expect(screen.getByRole('link', { name: /Open NHSmail portal/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: '0333 200 1133' }).getAttribute('href')).toBe('tel:03332001133');
  });

  it('deleted: who emails whom, from which mailbox, with what, by when; starts the restore email', async () => {
    const { onStartRequest } = renderCard(await viewFor(75, { sector: 'social-care' }));
    expect(screen.getByTestId('stage').textContent).toBe('Deleted – can still be restored');
    const steps = within(screen.getByTestId('restore-steps'));
    expect(steps.getByText(/shared mailbox owner/)).toBeTruthy();
    expect(steps.getByRole('link', { name: 'helpdesk@nhs.net' }).getAttribute('href')).toBe('mailto:helpdesk@nhs.net');
    expect(steps.getByText(/The site's shared mailbox, not a personal account/)).toBeTruthy();
    expect(steps.getByText('The deleted email address')).toBeTruthy();
    expect(steps.getByText("The deleted user's mobile number")).toBeTruthy();
    expect(steps.getByText('Before 8 December 2026')).toBeTruthy();
    expect(screen.getByText(/CQC-registered telephone/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write the restore email' }));
    expect(onStartRequest).toHaveBeenCalledWith('restore-account', {
      nhsmailAddress: 'jo.bloggs@nhs.net',
      restoreBy: '2026-12-08',
    });
  });

  it('gone: apply again, with the sector prerequisites', async () => {
    const { onStartRequest } = renderCard(await viewFor(100, { sector: 'optometry' }));
    expect(screen.getByTestId('stage').textContent).toBe('Deleted for good');
    expect(screen.queryByTestId('next-deadline')).toBeNull();
    const prerequisites = screen.getByTestId('prerequisites').textContent ?? '';
    expect(prerequisites).toContain('A published DSPT assessment: Standards Met or higher');
    expect(prerequisites).toContain('NHSBSA authentication code');
    fireEvent.click(screen.getByRole('button', { name: 'Write the add-user email' }));
    expect(onStartRequest).toHaveBeenCalledWith('add-user');
  });

  it('gone without a sector: general prerequisites and a pointer to choose one', async () => {
    renderCard(await viewFor(100));
    expect(screen.getByTestId('prerequisites').textContent).toContain('a published DSPT');
    expect(screen.getByText(/Choose your type of organisation/)).toBeTruthy();
  });

  it('no exclamation marks in any stage', async () => {
    for (const days of [undefined, 3, 26, 45, 75, 100]) {
      const { container, unmount } = renderCard(await viewFor(days, { sector: 'dental' }));
      expect(container.textContent).not.toContain('!');
      unmount();
    }
  });
});
