/**
 * The end-to-end journeys as data, written once: which fixture is served at which portal address,
 * which selectors a person's steps touch, and what they should see. Nothing here depends on a
 * browser driver, so the Chromium suite (test/e2e) can import it too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { londonInstantDaysAgo } from '../e2e/london-days.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const PORTAL_HOST = 'portal.nhs.net';
export const PORTAL_ORIGIN = `https://${PORTAL_HOST}`;

export interface FixtureRoute {
  /** Full URL on the portal (a fragment is ignored: browsers never send it), or a pattern. */
  url: string | RegExp;
  /** File under test/fixtures, or inline HTML. */
  fixture?: string;
  html?: string;
  headers?: Record<string, string>;
}

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A date as the product writes it for people in England: "1 December 2026", London time. */
export function dateInWords(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}

/** The date as `<input type="date">` and the product's records hold it, London time. */
export function isoDateInLondon(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at);
}

/** The marker the portal content script sets once it has looked at a page. */
export const PORTAL_SCRIPT_MARKER = 'data-nhsc-injected';

export const BADGE = {
  /** Nothing known yet: a fresh install. */
  unknown: '?',
  /** All is well (signed in recently). */
  active: '',
  /** The account is inactive (30+ days). */
  inactive: '!',
} as const;

export const SIGN_IN = {
  /** Portal pages that must never count as a sign-in, although they look like the portal. */
  neverCount: [
    { name: 'sign-in page', url: `${PORTAL_ORIGIN}/Home/Login`, fixture: 'portal/sign-in.html' },
    {
      name: 'forgotten-password page',
      url: `${PORTAL_ORIGIN}/forgotpassword/`,
      fixture: 'portal/forgotten-password.html',
    },
  ],
  signedIn: { url: `${PORTAL_ORIGIN}/`, fixture: 'portal/signed-in-home.html', account: 'jo.bloggs@nhs.net' },
} as const;

export const POPUP = {
  file: 'popup.html',
  stage: '[data-testid="stage"]',
  lastSignIn: '[data-testid="last-sign-in"]',
  /** "My last sign-in was on": one `<input type="date">` in older builds… */
  lastSignInDate: '#last-sign-in-date',
  /** …and the NHS.UK Day, Month and Year fields in newer ones. */
  lastSignInParts: { day: '#last-sign-in-day', month: '#last-sign-in-month', year: '#last-sign-in-year' },
  saveDate: 'Save date',
  independent: 'Independent tool, not provided by NHS England',
  stages: { unknown: 'Not known yet', active: 'Active', inactive: 'Inactive' },
  /** What the last sign-in line says for a record made today. */
  today: () => `${dateInWords()} (today)`,
} as const;

export const HELP_SEARCH = {
  input: '#need-search',
  count: '#need-search-count',
  list: '#need-list',
  need: '[data-need]',
  helpdesk: '[data-contact="nhsmail-helpdesk"]',
  tel: 'a[href="tel:03332001133"]',
  mailto: 'a[href="mailto:helpdesk@nhs.net"]',
  opening: '[data-testid="opening"]',
  openAllHours: 'Open now, 24 hours a day',
  /** A topic word finds the topic with the helpdesk's card on it. */
  topic: { query: 'password', need: 'password-locked' },
  /** A word no topic has still leads to the helpdesk: its number, "at any time". */
  noTopic: { query: 'printer', says: 'No topics match', anyTime: 'at any time' },
} as const;

export const OPTIONS = {
  file: 'options.html',
  /** The organisation type: NHS.UK radios, one per sector (a single select in older builds). */
  sectorRadio: (sector: string) => `input[type="radio"][name="sector"][value="${sector}"]`,
  sectorSelect: 'select#sector',
  odsCode: '#ods-code',
  /** What a status line says after saving ("Saved: Optometry…", or "Saved." in older builds). */
  saved: /^Saved\b/,
  choice: { sector: 'optometry', odsCode: 'ABC12' },
} as const;

export const REGISTRATION = {
  /** The one known route (test/fixtures/registration/README.md). */
  url: `${PORTAL_ORIGIN}/Registration#/optometry`,
  route: /^https:\/\/portal\.nhs\.net\/Registration(\?.*)?$/,
  fixture: 'registration/optometry-label-for.html',
  panelHost: 'nhsc-panel',
  /** The panel's landmark inside its shadow root. */
  panel: 'aside',
  panelName: /^NHSmail Companion/,
  hintHost: 'nhsc-hint',
  dialogHost: 'nhsc-dialog',
  dialog: 'dialog[role="alertdialog"]',
  /** A checklist item the person ticks for optometry (items the form itself proves have no box). */
  sectorItem: 'We have 10 or fewer sites',
  showChecklist: 'Show checklist',
  mobile: '#mobile-1',
  badMobile: '0123',
  /** The rule's essence; the wording around it may change. */
  mobileHint: /starts 07/,
  submit: '#submit',
  /** Typed before submitting; the mobile is fixed before "Submit anyway". */
  typed: {
    '#auth': 'ABC-123',
    '#ods': 'TST12',
    '#email-1': 'jo.bloggs@example.com',
    '#mobile-2': '+44 7700 900456',
    '#email-2': 'sam.smith@example.org',
  },
  goodMobile: '07700 900123',
  /** The key the fixture's own submit handler records each field under. */
  keys: {
    '#auth': 'authCode',
    '#ods': 'odsCode',
    '#mobile-1': 'mobile1',
    '#email-1': 'email1',
    '#mobile-2': 'mobile2',
    '#email-2': 'email2',
  } as Record<string, string>,
  dialogMentions: /Mobile number/,
  unmet: /^Not ticked:/,
  submitAnyway: 'Submit anyway',
  goBack: 'Go back',
} as const;

/** A day `days` before today in London, and its ISO date as stored and typed. */
export function daysAgo(days: number, now: Date = new Date()): { iso: string; at: Date } {
  const at = new Date(londonInstantDaysAgo(days, now.getTime()));
  return { iso: isoDateInLondon(at), at };
}

export interface StoredAccount {
  lastActivityAt: number;
  source?: string;
  recordedAt?: number;
}

/** The sign-in records in a storage.local snapshot (key `signIns`, versioned envelope). */
export function accountsIn(stored: Record<string, unknown>): Record<string, StoredAccount> {
  return (stored.signIns as { data?: { accounts?: Record<string, StoredAccount> } } | undefined)?.data?.accounts ?? {};
}

/** The settings in a storage.local snapshot (key `settings`, versioned envelope). */
export function settingsIn(stored: Record<string, unknown>): Record<string, unknown> {
  return (stored.settings as { data?: Record<string, unknown> } | undefined)?.data ?? {};
}

export const OUTLOOK = {
  origins: ['https://outlook.office.com/*', 'https://outlook.office365.com/*'] as readonly string[],
  /** The opt-in lives on the options page (in the popup in older builds). */
  pages: ['options.html', 'popup.html'],
  turnOn: /^Count Outlook on the web/,
  turnOff: /^Stop counting Outlook on the web/,
  turnedOn: /now count/,
  notTurnedOn: /was not turned on|Permission was not given/,
  turnedOff: /no longer counts|are not counted/,
} as const;
