import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSignIn } from '../../lib/content/sign-in/portal-detect.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/portal');

function verdictFor(fixture: string, url: string) {
  const html = readFileSync(path.join(FIXTURES, fixture), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return detectSignIn(doc, new URL(url));
}

/** Each saved layout with what must be concluded from it; described as data. */
const CASES = [
  { fixture: 'sign-in.html', url: 'https://portal.nhs.net/Home/Login', signedIn: false },
  { fixture: 'sign-in.html', url: 'https://portal.nhs.net/', signedIn: false },
  { fixture: 'signed-in-home.html', url: 'https://portal.nhs.net/', signedIn: true, account: 'jo.bloggs@nhs.net' },
  {
    fixture: 'profile.html',
    url: 'https://portal.nhs.net/Profile#/details',
    signedIn: true,
    account: 'sam.patel2@nhs.net',
  },
  {
    fixture: 'shared-mailbox.html',
    url: 'https://portal.nhs.net/Profile/SharedMailboxes',
    signedIn: true,
    account: 'alex.smith@nhs.net',
  },
  { fixture: 'forgotten-password.html', url: 'https://portal.nhs.net/forgotpassword/', signedIn: false },
  { fixture: 'forgotten-password.html', url: 'https://portal.nhs.net/Help', signedIn: false },
  { fixture: 'error.html', url: 'https://portal.nhs.net/Home/Index', signedIn: false },
  { fixture: 'signed-in-other-domain.html', url: 'https://portal.nhs.net/', signedIn: false },
  { fixture: 'signed-in-home.html', url: 'https://portal.nhs.net/Registration#/optometry', signedIn: false },
  { fixture: 'signed-in-home.html', url: 'https://example.org/', signedIn: false },
] as const;

describe('detectSignIn on saved portal layouts', () => {
  it.each(CASES)('$fixture at $url → signed in: $signedIn', (c) => {
    const verdict = verdictFor(c.fixture, c.url);
    expect(verdict.signedIn, verdict.reasons.join(', ')).toBe(c.signedIn);
    if ('account' in c) expect(verdict.account).toBe(c.account);
  });

  it('a sign-out link alone is not enough', () => {
    const doc = new DOMParser().parseFromString('<main><a href="/Home/Logout">Sign out</a></main>', 'text/html');
    expect(detectSignIn(doc, new URL('https://portal.nhs.net/')).signedIn).toBe(false);
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

describe('addresses next to other text', () => {
  it('an address in an element right after "Log out" is read on its own', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="root"><header><nav><a href="/Profile">Profile</a> <button type="button">Log out</button></nav><p>late.user@nhs.net</p></header><main><h1>Home</h1></main></div>',
      'text/html',
    );
    expect(detectSignIn(doc, new URL('https://portal.nhs.net/Home')).account).toBe('late.user@nhs.net');
  });
});
