// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSignIn } from '../../lib/content/sign-in/portal-detect.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/portal');

function verdictFor(fixture: string, url: string) {
  const html = readFileSync(path.join(FIXTURES, fixture), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return detectSignIn(doc, new URL(url));
}

/** Each saved layout with what must be concluded from it, described as data beside the fixtures. */
interface Case {
  fixture: string;
  url: string;
  verdict: 'signed-in' | 'not-signed-in' | 'unsure';
  account?: string;
  trap?: string;
}
const CASES = (JSON.parse(readFileSync(path.join(FIXTURES, 'verdicts.json'), 'utf8')) as { cases: Case[] }).cases;

const verdictOf = (v: ReturnType<typeof detectSignIn>) =>
  v.signedIn ? 'signed-in' : v.unsure ? 'unsure' : 'not-signed-in';

describe('detectSignIn on saved portal layouts', () => {
  it('covers every fixture page, and each trap with several markups', () => {
    const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
    expect(pages.filter((f) => !CASES.some((c) => c.fixture === f))).toEqual([]);
    const traps = Object.groupBy(
      CASES.filter((c) => c.trap),
      (c) => (c.trap!.startsWith('error') ? 'error' : c.trap!),
    );
    expect(Object.fromEntries(Object.entries(traps).map(([k, v]) => [k, v!.length]))).toEqual({
      error: 5,
      'session expired': 3,
      'account picker': 3,
    });
  });

  it.each(CASES)('$fixture at $url → $verdict', (c) => {
    const verdict = verdictFor(c.fixture, c.url);
    expect(verdictOf(verdict), verdict.reasons.join(', ')).toBe(c.verdict);
    expect(verdict.account).toBe(c.verdict === 'signed-in' ? c.account : undefined);
    // A trap says which one it was, last among its reasons; and without it the page would count
    // (a sign-out control and a supporting signal), so the trap is what keeps it out.
    if (c.trap) {
      expect(verdict.reasons.at(-1)).toBe(c.trap);
      expect(verdict.reasons[0]).toBe('sign-out control');
      expect(verdict.reasons.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('a sign-out link alone is not enough: unsure, so the person is asked', () => {
    const doc = new DOMParser().parseFromString('<main><a href="/Home/Logout">Sign out</a></main>', 'text/html');
    expect(detectSignIn(doc, new URL('https://portal.nhs.net/'))).toEqual({
      signedIn: false,
      unsure: true,
      reasons: ['sign-out control', 'no supporting signal'],
    });
  });

  it('several different addresses in the banner give no account, but still a sign-in', () => {
    const doc = new DOMParser().parseFromString(
      '<header>a.one@nhs.net b.two@nhs.net <a href="/Profile">Profile</a><a href="/logout">Log out</a></header>',
      'text/html',
    );
    const verdict = detectSignIn(doc, new URL('https://portal.nhs.net/'));
    expect(verdict.signedIn).toBe(true);
    expect(verdict.account).toBeUndefined();
  });

  it('a hidden sign-out control does not count', () => {
    const doc = new DOMParser().parseFromString(
      '<header>x.y@nhs.net <a href="/Profile">Profile</a><div hidden><a href="/logout">Log out</a></div></header>',
      'text/html',
    );
    expect(detectSignIn(doc, new URL('https://portal.nhs.net/')).signedIn).toBe(false);
  });
});

describe('what is not a trap', () => {
  const at = (html: string) =>
    detectSignIn(new DOMParser().parseFromString(html, 'text/html'), new URL('https://portal.nhs.net/'));
  const bar = '<header><span>Signed in</span> <b>jo.bloggs@nhs.net</b> <a href="/Home/Logout">Sign out</a></header>';

  it('"Signed in" on its own in the page bar is the header, not an account tile', () => {
    expect(at(`${bar}<main><h1>Home</h1></main>`)).toEqual({
      signedIn: true,
      account: 'jo.bloggs@nhs.net',
      reasons: ['sign-out control', '@nhs.net address'],
    });
  });

  it('help text about expired sessions in the page (not over it) still counts', () => {
    const page = `${bar}<main><h1>Help</h1><p>If your session has expired, sign in again.</p></main>`;
    expect(at(page).signedIn).toBe(true);
  });

  it('the same words in a dialog that is shown make it unsure', () => {
    const page = `${bar}<main><h1>Help</h1></main><div role="alertdialog"><p>If your session has expired, sign in again.</p></div>`;
    expect(at(page)).toEqual({
      signedIn: false,
      unsure: true,
      reasons: ['sign-out control', '@nhs.net address', 'session expired'],
    });
  });
});

describe('addresses next to other text', () => {
  it('an address in an element right after "Log out" is read on its own', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="root"><header><nav><a href="/Profile">Profile</a> <button type="button">Log out</button></nav><p>late.user@nhs.net</p></header><main><h1>Home</h1></main></div>',
      'text/html',
    );
    expect(detectSignIn(doc, new URL('https://portal.nhs.net/Home')).account).toBe('late.user@nhs.net');
  });
});
