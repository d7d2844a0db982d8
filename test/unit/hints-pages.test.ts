// @vitest-environment happy-dom
/**
 * Page detection for the portal page hints, on every saved layout (all ASSUMED; see
 * test/fixtures/portal-hints/README.md). Expectations are data: the page kind each fixture must give
 * at its address, including the pages where no hint may show (docs/decisions.md H14).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectHintPage, isHintUrl, isSignInPath, type HintPageKind } from '../../lib/content/page-hints/detect.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

function load(fixture: string): Document {
  const html = readFileSync(path.join(FIXTURES, fixture), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return document;
}

/** Each layout, where it is served, and what must be recognised (null: no hint), as data. */
const PAGE_CASES = (
  JSON.parse(readFileSync(path.join(FIXTURES, 'portal-hints/cases.json'), 'utf8')) as {
    cases: { fixture: string; url: string; kind: HintPageKind | null; anchor?: string }[];
  }
).cases;

/** Addresses on which page hints may look at all, and where they never do. */
const HINT_URL_TESTS = {
  yes: [
    'https://portal.nhs.net/',
    'https://portal.nhs.net/Home/Login',
    'https://portal.nhs.net/home/login?ReturnUrl=%2F',
    'https://portal.nhs.net/Profile#/password',
    'https://portal.nhs.net/Profile/SharedMailboxes',
    'https://portal.nhs.net/Home#/selfservice',
  ],
  no: [
    'https://portal.nhs.net/Registration#/optometry',
    'https://portal.nhs.net/registration/',
    'https://portal.nhs.net/Home/Error',
    'https://portal.nhs.net/forgotpassword/',
    'https://portal.nhs.net/Account/LogOff',
    'http://portal.nhs.net/Home/Login',
    'https://portal.nhs.net.evil.example/Home/Login',
    'https://login.microsoftonline.com/',
  ],
};

/** The one sourced sign-in address (docs/sources.md §7), with or without a query. */
const SIGN_IN_PATH_TESTS: [string, boolean][] = [
  ['https://portal.nhs.net/Home/Login', true],
  ['https://portal.nhs.net/home/login/', true],
  ['https://portal.nhs.net/Home/Login?ReturnUrl=%2FProfile', true],
  ['https://portal.nhs.net/Home', false],
  ['https://portal.nhs.net/Home/LoginHelp', false],
];

describe('isHintUrl', () => {
  it.each(HINT_URL_TESTS.yes)('looks at %s', (url) => expect(isHintUrl(new URL(url))).toBe(true));
  it.each(HINT_URL_TESTS.no)('never looks at %s', (url) => expect(isHintUrl(new URL(url))).toBe(false));
});

describe('isSignInPath', () => {
  it.each(SIGN_IN_PATH_TESTS)('%s → %s', (url, yes) => expect(isSignInPath(new URL(url))).toBe(yes));
});

describe('detectHintPage on each saved layout', () => {
  it.each(PAGE_CASES)('$fixture at $url → $kind', ({ fixture, url, kind, anchor }) => {
    const page = detectHintPage(load(fixture), new URL(url));
    expect(page?.kind ?? null).toBe(kind);
    if (anchor) expect(page?.anchor.tagName).toBe(anchor);
  });

  it('the SPA sign-in is recognised once it has rendered', () => {
    load('portal-hints/sign-in-spa.html');
    document.getElementById('root')!.innerHTML =
      '<div role="main"><h1>Sign in</h1><input aria-label="Password" type="password" id="pwd"><div role="button">Sign in</div></div>';
    expect(detectHintPage(document, new URL('https://portal.nhs.net/'))?.kind).toBe('sign-in');
  });

  it('finds the new-password field, not the current or confirm one', () => {
    expect(
      detectHintPage(
        load('portal-hints/password-change-labels.html'),
        new URL('https://portal.nhs.net/Profile/ChangePassword'),
      )?.newPassword?.id,
    ).toBe('new');
    expect(
      detectHintPage(
        load('portal-hints/password-change-autocomplete.html'),
        new URL('https://portal.nhs.net/Home#/password'),
      )?.newPassword?.id,
    ).toBe('pw1');
  });

  it('hidden password fields and headings do not count', () => {
    load('portal-hints/password-change-labels.html');
    for (const el of document.querySelectorAll('input[type="password"]')) el.setAttribute('hidden', '');
    document.querySelector('h1')!.setAttribute('hidden', '');
    expect(detectHintPage(document, new URL('https://portal.nhs.net/Profile/ChangePassword'))).toBeUndefined();
  });
});
