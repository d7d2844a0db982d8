// @vitest-environment happy-dom
/** The popup's status card for each stage, built from a real StatusView of the background service. */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../../lib/background/service.ts';
import { type StatusView } from '../../lib/protocol.ts';
import { StatusCard } from '../../lib/pages/popup/status-card.tsx';
import { DAY, NOW, fakeDeps, memoryStorage } from './helpers.ts';

afterEach(cleanup);

async function viewFor(daysAgo: number | undefined, settings: Record<string, unknown> = {}): Promise<StatusView> {
  const accounts =
    daysAgo === undefined
      ? {}
      : {
          'jo.bloggs@nhs.net': {
            lastActivityAt: NOW - daysAgo * DAY,
            source: 'portal',
            recordedAt: NOW,
            previous: null,
          },
        };
  const storage = memoryStorage({
    signIns: { v: 3, data: { accounts } },
    settings: {
      v: 1,
      data: { remindersEnabled: true, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true, ...settings },
    },
  });
  return createBackgroundService(fakeDeps({ storage })).statusView();
}

function renderCard(view: StatusView) {
  return render(<StatusCard view={view} />);
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
    expect(screen.getByTestId('next-deadline').textContent).toBe(
      'Becomes inactive on 20 December 2026 (in 27 days, at the earliest)',
    );
    expect(screen.getByTestId('record-source').textContent).toBe('Seen on the NHSmail portal');
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
    expect(screen.getByText(/it can be deleted from 8 December 2026 \(at the earliest\)\./)).toBeTruthy();
    // The date is in the next step, so no separate deadline row.
    expect(screen.queryByTestId('next-deadline')).toBeNull();
    expect(screen.getByTestId('lower-bound').textContent).toBe(
      'Information: We only see sign-ins in this browser. Outlook, Teams and phones count too, so the deadlines may be later.',
    );
    expect(screen.getByRole('link', { name: /Open NHSmail portal/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: '0333 200 1133' }).getAttribute('href')).toBe('tel:03332001133');
  });

  it('deleted: who emails whom, from which mailbox, with what, by when; starts the restore email', async () => {
    renderCard(await viewFor(75, { sector: 'social-care' }));
    expect(screen.getByTestId('stage').textContent).toBe('Deleted – can still be restored');
    expect(screen.getByRole('heading', { name: 'Important: Restore it before 8 December 2026' })).toBeTruthy();
    const steps = screen.getByTestId('restore-steps');
    expect(steps.textContent).toBe(
      "The shared mailbox owner (or your local administrator, if your organisation has one) emails the NAS at helpdesk@nhs.net from the site's shared mailbox, with the deleted email address and the deleted user's mobile number.",
    );
    expect(within(steps).getByRole('link', { name: 'helpdesk@nhs.net' }).getAttribute('href')).toBe(
      'mailto:helpdesk@nhs.net',
    );
    expect(screen.getByText(/CQC-registered telephone/)).toBeTruthy();
    // The restore email opens on the Help page, filled in.
    const write = screen.getByRole('link', { name: /Write the restore email/ });
    expect(write.getAttribute('href')).toBe(
      'help.html?template=restore-account&address=jo.bloggs%40nhs.net&by=2026-12-08#request-templates',
    );
    expect(write.getAttribute('target')).toBe('_blank');
  });

  it('gone: apply again, with the sector prerequisites', async () => {
    renderCard(await viewFor(100, { sector: 'optometry' }));
    // Derived from deletion at 60 days plus 30 days to restore: probably, not certainly.
    expect(screen.getByTestId('stage').textContent).toBe('Probably can no longer be restored');
    expect(screen.queryByText(/for good/)).toBeNull();
    expect(screen.queryByTestId('next-deadline')).toBeNull();
    expect(screen.getByTestId('prerequisites').textContent).toBe(
      "You need a published DSPT assessment (Standards Met or higher), your site's ODS code, the NHSBSA authentication code, for each person, a mobile number starting 07 and a personal email address not shared with anyone else.",
    );
    expect(screen.getByRole('link', { name: /Write the add-user email/ }).getAttribute('href')).toBe(
      'help.html?template=add-user#request-templates',
    );
  });

  it('gone, GP locum: no site ODS code and no DSPT step', async () => {
    renderCard(await viewFor(100, { sector: 'gp-locum' }));
    const text = screen.getByTestId('prerequisites').textContent ?? '';
    expect(text).toBe(
      'You need the individual one-time passcode, for each person, a mobile number starting 07 and a personal email address not shared with anyone else.',
    );
  });

  it('gone without a sector: general prerequisites and a pointer to choose one', async () => {
    renderCard(await viewFor(100));
    expect(screen.getByTestId('prerequisites').textContent).toContain('a published DSPT');
    expect(screen.getByText('Choose your type of organisation in Settings to see exactly what you need.')).toBeTruthy();
  });

  it('no exclamation marks in any stage', async () => {
    for (const days of [undefined, 3, 26, 45, 75, 100]) {
      const { container, unmount } = renderCard(await viewFor(days, { sector: 'dental' }));
      expect(container.textContent).not.toContain('!');
      unmount();
    }
  });
});
