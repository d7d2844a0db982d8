// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectOutlookMailbox } from '../../lib/content/sign-in/outlook-detect.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/outlook');
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(path.join(FIXTURES, name), 'utf8'), 'text/html');

const CASES = [
  {
    fixture: 'nhsnet-mailbox.html',
    url: 'https://outlook.office.com/mail/',
    mailbox: true,
    account: 'jo.bloggs@nhs.net',
  },
  {
    fixture: 'nhsnet-mailbox.html',
    url: 'https://outlook.office365.com/mail/inbox',
    mailbox: true,
    account: 'jo.bloggs@nhs.net',
  },
  { fixture: 'nhsnet-mailbox.html', url: 'https://outlook.office.com/calendar/', mailbox: false },
  { fixture: 'nhsnet-mailbox.html', url: 'https://outlook.example.com/mail/', mailbox: false },
  { fixture: 'other-domain-mailbox.html', url: 'https://outlook.office.com/mail/', mailbox: false },
  { fixture: 'no-address.html', url: 'https://outlook.office.com/mail/', mailbox: false },
] as const;

describe('detectOutlookMailbox', () => {
  it.each(CASES)('$fixture at $url → mailbox $mailbox', (c) => {
    const verdict = detectOutlookMailbox(load(c.fixture), new URL(c.url));
    expect(verdict.mailbox, verdict.reasons.join(', ')).toBe(c.mailbox);
    if ('account' in c) expect(verdict.account).toBe(c.account);
  });

  it('never reads addresses from the message list', () => {
    const doc = load('no-address.html');
    expect(detectOutlookMailbox(doc, new URL('https://outlook.office.com/mail/')).account).toBeUndefined();
  });
});
