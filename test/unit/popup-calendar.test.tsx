// @vitest-environment happy-dom
/**
 * "Add to my calendar" and the DSPT link, as the popup and the Help page render them, from a real StatusView of the
 * background service: the file saved is the one lib/calendar.ts builds, as text/calendar, with a confirmation in
 * words; no deadline shows nothing in the popup and says so on Help; the DSPT link carries the saved ODS code.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '../../lib/background/service.ts';
import { calendarFileFor } from '../../lib/calendar.ts';
import { DSPT_SEARCH_URL } from '../../lib/dspt.ts';
import type { StatusView } from '../../lib/protocol.ts';
import { CalendarButton } from '../../lib/pages/kit/calendar-button.tsx';
import { DsptLink } from '../../lib/pages/kit/dspt-link.tsx';
import { StatusCard } from '../../lib/pages/popup/status-card.tsx';
import { DAY, NOW, fakeDeps, memoryStorage } from './helpers.ts';

afterEach(cleanup);

async function viewFor(daysAgo: number | undefined): Promise<StatusView> {
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
    settings: { v: 1, data: { remindersEnabled: true, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true } },
  });
  return createBackgroundService(fakeDeps({ storage })).statusView();
}

describe('Add to my calendar', () => {
  it('popup: a small secondary button saves the day-before-inactive file as text/calendar, then says so', async () => {
    const view = await viewFor(3);
    const download = vi.fn();
    render(<CalendarButton view={view} compact download={download} />);
    const button = screen.getByRole('button', { name: 'Add to my calendar' });
    expect(button.className).toBe('nhsuk-button nhsuk-button--secondary nhsuk-button--small');
    expect(screen.getByTestId('calendar-status').textContent).toBe('');
    fireEvent.click(button);
    const file = calendarFileFor(view)!;
    // Last sign-in 20 November 2026: inactive from 20 December, so the last safe day is 19 December.
    expect(file.fileName).toBe('nhsmail-deadline-2026-12-19.ics');
    expect(download.mock.calls).toEqual([[file.fileName, file.text, 'text/calendar']]);
    expect(file.text).toContain('\r\nDTSTART;VALUE=DATE:20261219\r\n');
    expect(screen.getByTestId('calendar-status').textContent).toBe(
      'Saved a calendar file for 19 December 2026 (jo.bloggs@nhs.net). Saves a calendar file with the last safe day and a reminder 3 days before. Open it to add it to Outlook or your phone. The file stays on your computer.',
    );
  });

  it('Help: the hint is beside the button and describes it', async () => {
    render(<CalendarButton view={await viewFor(40)} download={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Add to my calendar' });
    expect(button.className).toBe('nhsuk-button nhsuk-button--secondary');
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Saves a calendar file with the last safe day and a reminder 3 days before. Open it to add it to Outlook or your phone. The file stays on your computer.',
    );
  });

  it('no deadline ahead: nothing in the popup, "There is no deadline to add yet." on Help', async () => {
    const unknown = await viewFor(undefined);
    const gone = await viewFor(100);
    for (const view of [unknown, gone]) {
      const { container, unmount } = render(<CalendarButton view={view} compact download={vi.fn()} />);
      expect(container.innerHTML).toBe('');
      unmount();
      render(<CalendarButton view={view} download={vi.fn()} />);
      expect(screen.getByTestId('calendar-none').textContent).toBe('There is no deadline to add yet.');
      expect(screen.queryByRole('button', { name: 'Add to my calendar' })).toBeNull();
      cleanup();
    }
  });

  it('the status card puts it last in the next step: inside the callout when there is one', async () => {
    const view = await viewFor(70);
    render(<StatusCard view={view} afterNextStep={<CalendarButton view={view} compact download={vi.fn()} />} />);
    const callout = screen.getByTestId('restore-steps').closest('.nhsuk-warning-callout')!;
    expect(callout.lastElementChild?.getAttribute('data-testid')).toBe('calendar');
  });
});

describe('the DSPT link', () => {
  it('carries the saved ODS code, upper case, with its honest note', () => {
    render(<DsptLink odsCode="abc12" />);
    const link = screen.getByRole('link', { name: 'Check the published DSPT status for ABC12 (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe('https://www.dsptoolkit.nhs.uk/OrganisationSearch/ABC12');
    expect([link.getAttribute('target'), link.getAttribute('rel')]).toEqual(['_blank', 'noreferrer']);
    expect(screen.getByTestId('dspt-link').querySelector('.nhsc-secondary')?.textContent).toBe(
      'Opens the DSPT website. NHSmail Companion cannot see your DSPT status itself.',
    );
  });

  it('without a code: nothing in the popup; the public search on Help', () => {
    const { container } = render(<DsptLink odsCode={undefined} />);
    expect(container.innerHTML).toBe('');
    cleanup();
    render(<DsptLink odsCode={undefined} withSearch />);
    expect(
      screen
        .getByRole('link', { name: 'Search for your organisation’s published DSPT status (opens in a new tab)' })
        .getAttribute('href'),
    ).toBe(DSPT_SEARCH_URL);
  });
});
