// @vitest-environment happy-dom
/**
 * The first glances (docs/decisions.md D29) may say yes too often, never too rarely: on every saved portal
 * layout, wherever a detector finds something to record, ask or show, its glance must have let it look. And
 * on a page with nothing for either, both glances say no, so the detectors never run there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectHintPage, mayBeHintPage } from '../../lib/content/page-hints/detect.ts';
import { detectSignIn, mayShowSession } from '../../lib/content/sign-in/portal-detect.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html.replace(/<script[\s\S]*?<\/script>/g, ''), 'text/html');
}

const read = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');
const PAGES: { fixture: string; url: string }[] = [
  ...(JSON.parse(read('portal/verdicts.json')) as { cases: { fixture: string; url: string }[] }).cases.map((c) => ({
    fixture: `portal/${c.fixture}`,
    url: c.url,
  })),
  ...(JSON.parse(read('portal-hints/cases.json')) as { cases: { fixture: string; url: string }[] }).cases.map((c) => ({
    fixture: c.fixture.includes('/') ? c.fixture : `portal-hints/${c.fixture}`,
    url: c.url,
  })),
];

describe('first glances on every saved portal layout', () => {
  it('reads both case lists', () => {
    expect(PAGES.length).toBeGreaterThan(30);
  });

  it.each(PAGES)('$fixture at $url: a glance never hides what its detector finds', ({ fixture, url }) => {
    const doc = parse(read(fixture));
    const at = new URL(url);
    const session = detectSignIn(doc, at);
    if (session.signedIn || session.unsure) expect(mayShowSession(doc, at), session.reasons.join(', ')).toBe(true);
    if (detectHintPage(doc, at)) expect(mayBeHintPage(doc, at)).toBe(true);
  });
});

describe('first glances on made-up markups', () => {
  const at = new URL('https://portal.nhs.net/Home');
  it.each([
    ['an icon button named only by aria-label', '<header><button aria-label="Sign out"><svg></svg></button></header>'],
    ['a sign-out link split over two spans', '<nav><a href="/x"><span>Log</span><span>out</span></a></nav>'],
    ['a sign-out input', '<header><input type="submit" value="Sign out"></header>'],
    ['a profile link by address only', '<nav><a href="/Profile">Me</a></nav>'],
    ['a user menu', '<header><div aria-label="User menu" aria-haspopup="true">JB</div></header>'],
  ])('%s: the session glance looks', (_, html) => {
    const doc = parse(`<main>${html}</main>`);
    expect(mayShowSession(doc, at)).toBe(true);
    expect(detectSignIn(doc, at).unsure ?? detectSignIn(doc, at).signedIn).toBe(true);
  });

  it.each([
    ['a password field', '<form><label>Password <input type="password"></label></form>'],
    ['"Keep your account secure" split over nodes', '<h1>Keep your <b>account</b> secure</h1>'],
    ['a Self-Service heading', '<h2>Self-Service</h2>'],
    ['a shared mailbox heading', '<h1>Shared <span>mailboxes</span></h1>'],
  ])('%s: the hint glance looks', (_, html) => {
    expect(mayBeHintPage(parse(`<main>${html}</main>`), at)).toBe(true);
  });

  it('a help article with nothing for either: both glances say no', () => {
    const doc = parse(read('portal-hints/help-article.html'));
    const url = new URL('https://portal.nhs.net/help/faq');
    expect(mayShowSession(doc, url)).toBe(false);
    expect(mayBeHintPage(doc, url)).toBe(false);
  });

  it('sign-in, reset, registration and other sites: no glance looks', () => {
    const doc = parse('<header><a href="/logout">Sign out</a></header><form><input type="password"></form>');
    for (const url of ['https://portal.nhs.net/Home/Login', 'https://portal.nhs.net/Registration#/optometry']) {
      expect(mayShowSession(doc, new URL(url))).toBe(false);
    }
    expect(mayShowSession(doc, new URL('https://example.org/'))).toBe(false);
    expect(mayBeHintPage(doc, new URL('https://example.org/'))).toBe(false);
  });
});
