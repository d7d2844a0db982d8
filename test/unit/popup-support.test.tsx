// @vitest-environment happy-dom
/** Support directory, contact cards, copy buttons and request templates, rendered with Preact. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contactById } from '../../lib/knowledge/contacts.ts';
import { ContactCard } from '../../lib/pages/popup/contact-card.tsx';
import { RequestTemplates } from '../../lib/pages/popup/request-templates.tsx';
import { SupportDirectory } from '../../lib/pages/popup/support-directory.tsx';
import { NOW } from './helpers.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function type(input: HTMLElement, value: string) {
  fireEvent.input(input, { target: { value } });
}

describe('support directory', () => {
  it('lists every need, and filters as you type', () => {
    const { container } = render(<SupportDirectory sector={undefined} now={NOW} />);
    expect(container.querySelectorAll('[data-need]').length).toBe(16);
    type(screen.getByLabelText('What do you need help with?'), 'password');
    expect([...container.querySelectorAll('[data-need]')].map((e) => e.getAttribute('data-need'))).toEqual([
      'password-locked',
    ]);
    expect(document.getElementById('need-search-count')?.textContent).toBe('1 topic matches');
  });

  it('"password": the helpdesk with tel:, mailto:, the phone menu path and hours', () => {
    const { container } = render(<SupportDirectory sector="pharmacy" now={NOW} />);
    type(screen.getByLabelText('What do you need help with?'), 'password');
    const need = container.querySelector<HTMLDetailsElement>('[data-need="password-locked"]')!;
    expect(need.open).toBe(true);
    const helpdesk = within(need.querySelector<HTMLElement>('[data-contact="nhsmail-helpdesk"]')!);
    expect(helpdesk.getByRole('link', { name: '0333 200 1133' }).getAttribute('href')).toBe('tel:03332001133');
    expect(helpdesk.getByRole('link', { name: 'helpdesk@nhs.net' }).getAttribute('href')).toBe(
      'mailto:helpdesk@nhs.net',
    );
    expect(helpdesk.getByTestId('phone-menu').textContent).toContain('Choose option 1: unable to access your account.');
    expect(helpdesk.getByTestId('phone-menu').textContent).toContain('Then choose option 1 again: password reset.');
    expect(helpdesk.getByTestId('opening').textContent).toBe('Open now, 24 hours a day');
  });

  it('the sector decides what is shown: NHSBSA code for optometry only, sector notes inline', () => {
    const optometry = render(<SupportDirectory sector="optometry" now={NOW} />);
    expect(optometry.container.querySelector('[data-need="nhsbsa-code"]')).not.toBeNull();
    const code = within(optometry.container.querySelector<HTMLElement>('[data-need="nhsbsa-code"]')!);
    expect(code.getAllByRole('link', { name: 'pao-support@nhsbsa.nhs.uk' })[0]?.getAttribute('href')).toBe(
      'mailto:pao-support@nhsbsa.nhs.uk',
    );
    optometry.unmount();
    const pharmacy = render(<SupportDirectory sector="pharmacy" now={NOW} />);
    expect(pharmacy.container.querySelector('[data-need="nhsbsa-code"]')).toBeNull();
    expect(
      within(pharmacy.container.querySelector<HTMLElement>('[data-need="ods-code"]')!).getByText(/FVR79/),
    ).toBeTruthy();
    // Older sector mailboxes come last, marked as older.
    const addUser = pharmacy.container.querySelector<HTMLElement>('[data-need="add-remove-user"]')!;
    const contacts = [...addUser.querySelectorAll('[data-contact]')].map((e) => e.getAttribute('data-contact'));
    expect(contacts).toEqual(['nas-helpdesk', 'pharmacy-nhsmail-faqs', 'nas-pharmacy-older']);
    expect(within(addUser).getByText('Older route, last seen 2020')).toBeTruthy();
  });

  it('the phone menu path carries the same caveat in the topic and on the contact card', () => {
    const { container } = render(<SupportDirectory sector={undefined} now={NOW} />);
    type(screen.getByLabelText('What do you need help with?'), 'password');
    const need = container.querySelector('[data-need="password-locked"]')!;
    const caveat = 'This is the menu as the sources describe it; it may have changed.';
    expect(need.querySelector('[data-testid="need-phone-menu-caveat"]')?.textContent).toBe(caveat);
    expect(need.querySelector('[data-contact="nhsmail-helpdesk"] [data-testid="phone-menu-caveat"]')?.textContent).toBe(
      caveat,
    );
  });

  it('no match: a plain suggestion and the helpdesk number', () => {
    render(<SupportDirectory sector={undefined} now={NOW} />);
    type(screen.getByLabelText('What do you need help with?'), 'xyzzy');
    expect(screen.getByText(/No topics match/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '0333 200 1133' })).toBeTruthy();
  });
});

describe('contact card', () => {
  it('NAS: weekday hours with open now / closed, and the source with its review date on request', () => {
    const { container } = render(
      <ContactCard contact={contactById('nas-helpdesk')} now={Date.UTC(2026, 10, 28, 12)} />,
    );
    expect(screen.getByTestId('opening').textContent).toBe('Closed — opens Monday 9am');
    expect(container.textContent).toContain('9am to 5pm, Monday to Friday, except bank holidays');
    const details = container.querySelector<HTMLDetailsElement>('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toContain('Source and review date');
    expect(details.querySelector('[data-testid="reviewed"]')?.textContent).toBe(
      'Last compared with these sources on 23 November 2026. That is when we checked this entry against them, not when the sources were written.',
    );
    expect(details.textContent).toContain('NHSmail FAQs for users managed by the National Administration Service');
  });

  it('copy: uses the clipboard, or says how to copy by hand', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(<ContactCard contact={contactById('nhsmail-helpdesk')} now={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy phone number 0333 200 1133' }));
    await waitFor(() => expect(screen.getByText('Copied phone number 0333 200 1133.')).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith('0333 200 1133');

    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy email address helpdesk@nhs.net' }));
    await waitFor(() =>
      expect(screen.getByText(/Copying did not work\. Select it and press Ctrl and C: helpdesk@nhs\.net/)).toBeTruthy(),
    );
  });
});

describe('request templates', () => {
  function fill(label: string, value: string) {
    type(screen.getByLabelText(label), value);
  }

  it('add a user: errors first, then the email with the shared-mailbox reminder and a mailto link', () => {
    render(<RequestTemplates sector="dental" />);
    fill('Full name', 'Jo Bloggs');
    fill('Their mobile number', '01632 960123');
    fireEvent.click(screen.getByRole('button', { name: 'Create email' }));
    const summary = screen.getByTestId('request-errors');
    expect(summary.textContent).toContain('Enter a mobile number that starts 07');
    expect(summary.textContent).toContain('Enter their personal email address');
    expect(document.activeElement).toBe(summary);
    // Each field's message is the pages kit's one error message: role="alert", "Error:" for screen readers.
    const mobileError = document.getElementById('request-mobile-error');
    expect(mobileError?.getAttribute('role')).toBe('alert');
    expect(mobileError?.textContent).toMatch(/^Error: Enter a mobile number that starts 07/);
    expect(screen.queryByLabelText('Email text')).toBeNull();

    fill('Their mobile number', '07700 900123');
    fill('Their personal email address', 'jo@example.com');
    fireEvent.click(screen.getByLabelText('Owner'));
    fireEvent.click(screen.getByRole('button', { name: 'Create email' }));
    const body = (screen.getByLabelText('Email text') as HTMLTextAreaElement).value;
    expect(body).toContain('Owner or member of the shared mailbox: Owner');
    expect(screen.getByTestId('email-to').textContent).toContain('helpdesk@nhs.net');
    expect(screen.getByText('Send it from the shared mailbox')).toBeTruthy();
    expect(
      screen.getByText(/Older guidance for your sector used dentistadmin@nhs.net \(last seen 4 July 2022\)/),
    ).toBeTruthy();
    const mailto = screen.getByRole('link', { name: 'Open in my email app' }).getAttribute('href') ?? '';
    expect(new URL(mailto).searchParams.get('body')).toBe(body);
  });

  it('started from the status card: the restore template, filled in, with the last day', async () => {
    render(
      <RequestTemplates
        sector={undefined}
        start={{
          template: 'restore-account',
          prefill: { nhsmailAddress: 'jo.bloggs@nhs.net', restoreBy: '2026-12-08' },
          nonce: 1,
        }}
      />,
    );
    await waitFor(() =>
      expect((screen.getByLabelText('Restore a deleted account') as HTMLInputElement).checked).toBe(true),
    );
    expect((screen.getByLabelText('The deleted NHSmail address') as HTMLInputElement).value).toBe('jo.bloggs@nhs.net');
    fill('Full name', 'Jo Bloggs');
    fill("The deleted user's mobile number", '07700-900-123');
    fireEvent.click(screen.getByRole('button', { name: 'Create email' }));
    const body = (screen.getByLabelText('Email text') as HTMLTextAreaElement).value;
    expect(body).toContain("Deleted user's mobile number: 07700 900123");
    expect(body).toContain('restored until at least 8 December 2026.');
  });
});

describe('local contacts', () => {
  const directory = {
    format: 'nhsmail-companion-local-directory' as const,
    formatVersion: 1 as const,
    publisher: 'Example LOC',
    published: '2026-11-01',
    contacts: [
      {
        name: 'Eye casualty',
        purpose: 'Urgent referrals',
        region: 'Exampleshire',
        email: 'eyes@example.org',
        source: 'LOC newsletter',
        reviewed: '2026-10-30',
      },
      {
        name: 'Cataract team',
        purpose: 'Cataract referrals',
        region: 'Exampleshire',
        phone: '01234 567890',
        source: 'LOC newsletter',
        reviewed: '2026-10-30',
      },
    ],
  };

  it('shows the imported file with its publisher, and filters with the search', () => {
    render(<SupportDirectory sector="optometry" now={NOW} localDirectory={directory} />);
    const local = within(screen.getByTestId('local-contacts'));
    expect(local.getByText(/From Example LOC, published 1 November 2026/)).toBeTruthy();
    expect(local.getByRole('link', { name: 'eyes@example.org' }).getAttribute('href')).toBe('mailto:eyes@example.org');
    expect(local.getByRole('link', { name: '01234 567890' }).getAttribute('href')).toBe('tel:01234567890');
    type(screen.getByLabelText('What do you need help with?'), 'cataract');
    expect(within(screen.getByTestId('local-contacts')).queryByText('Eye casualty')).toBeNull();
    expect(within(screen.getByTestId('local-contacts')).getByText('Cataract team')).toBeTruthy();
    type(screen.getByLabelText('What do you need help with?'), 'password');
    expect(screen.queryByTestId('local-contacts')).toBeNull();
  });
});
