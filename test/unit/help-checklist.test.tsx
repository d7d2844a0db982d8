// @vitest-environment happy-dom
/** The printable registration checklist on the Help page: the chosen organisation type's items, in step order. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegistrationChecklist } from '../../lib/pages/help/registration-checklist.tsx';

afterEach(() => cleanup());

const shownItems = () => [...document.querySelectorAll('[data-item]')].map((li) => li.getAttribute('data-item'));

describe('the registration checklist on the Help page', () => {
  it('optometry: its own items in step order, the NHSBSA code among them, nothing from other sectors', () => {
    render(<RegistrationChecklist sector="optometry" />);
    const items = shownItems();
    expect(items[0]).toBe('no-existing-account');
    expect(items).toContain('optometry-nhsbsa-code');
    expect(items).toContain('ods-code-optometry');
    expect(items).not.toContain('ods-code-pharmacy');
    expect(items).not.toContain('gp-locum-passcode');
    expect(items.indexOf('optometry-nhsbsa-code')).toBeLessThan(items.indexOf('ods-code-optometry'));
    expect(screen.getAllByRole('heading', { level: 3 })[0]!.textContent).toBe('Before you start');
  });

  it('a GP locum gets the passcode, not an NHSBSA code', () => {
    render(<RegistrationChecklist sector="gp-locum" />);
    const items = shownItems();
    expect(items).toContain('gp-locum-passcode');
    expect(items).not.toContain('optometry-nhsbsa-code');
  });

  it('without an organisation type it says where to choose one, and lists nothing', () => {
    render(<RegistrationChecklist sector={undefined} />);
    expect(shownItems()).toEqual([]);
    expect(screen.getByRole('link', { name: 'Choose your organisation type' })).toBeTruthy();
  });

  it('prints on request', () => {
    // happy-dom has no print(): give it one to observe.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<RegistrationChecklist sector="pharmacy" />);
    fireEvent.click(screen.getByRole('button', { name: 'Print this checklist' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
