/**
 * The help topics beyond the portal (secure email, long leave, reset details, the new name, leavers,
 * shared mailbox owners): found by the words people type, through the search the popup and Help page use,
 * with the facts docs/sources.md gives (§1.1, §1.4, §2.1, §5.3, §8, naming).
 */
import { describe, expect, it } from 'vitest';
import { needById } from '../../lib/knowledge/needs.ts';
import { searchNeeds } from '../../lib/pages/help/search.ts';

const ids = (query: string, sector?: Parameters<typeof searchNeeds>[1]) => searchNeeds(query, sector).map((n) => n.id);

describe('help topics are found by the words people use', () => {
  it.each([
    ['secure', 'secure-email'],
    ['gmail', 'secure-email'],
    ['patient', 'secure-email'],
    ['encrypt', 'secure-email'],
    ['[secure]', 'secure-email'],
    ['how do I send to a patient', 'secure-email'],
    ['maternity leave', 'long-leave'],
    ['long leave', 'long-leave'],
    ['18 months', 'long-leave'],
    ['mobile number', 'reset-details'],
    ['security details', 'reset-details'],
    ['new name', 'new-name'],
    ['rebrand', 'new-name'],
    ['retiring', 'leaving'],
    ['save emails', 'leaving'],
    ['automatic reply', 'shared-mailbox-owner'],
    ['out of office', 'shared-mailbox-owner'],
    ['owner duties', 'shared-mailbox-owner'],
  ])('"%s" puts %s first, in every sector', (query, first) => {
    for (const sector of [undefined, 'optometry', 'pharmacy', 'dental', 'social-care'] as const)
      expect(ids(query, sector)[0]).toBe(first);
  });

  it('"secure" ranks secure email above Egress for optometry, where both apply', () => {
    expect(ids('secure', 'optometry').slice(0, 2)).toEqual(['secure-email', 'egress']);
  });

  it('"NHS.net Connect" finds the new-name topic beside applying', () => {
    expect(ids('NHS.net Connect')).toEqual(['apply', 'new-name']);
  });

  it('"leaver" still puts the moving-organisation topic first and lists the leavers topic', () => {
    expect(ids('leaver')).toEqual(['have-account', 'add-remove-user', 'leaving']);
  });

  it('"shared mailbox owner" puts the owner duties first, then adding users', () => {
    expect(ids('shared mailbox owner')).toEqual(['shared-mailbox-owner', 'add-remove-user']);
  });
});

describe('what the topics say', () => {
  it('secure email: nhs.net to nhs.net, DCB1596, and [secure] only where allowed', () => {
    const need = needById('secure-email');
    expect(need.answer).toBe(
      'Email from one @nhs.net address to another is already secure, and so is email with organisations accredited to the secure email standard (DCB1596). For anyone else, such as a Gmail address or a patient, type [secure] in the subject line, if your organisation allows it.',
    );
    expect(need.steps[2]).toBe(
      'Anyone else, for example a Gmail address or a patient: type [secure] in the subject line, with the square brackets. Only do this where your organisation allows it.',
    );
    expect(need.source.map((s) => s.ref)).toContain(
      'https://digital.nhs.uk/services/nhsmail/guidance-for-sending-secure-email',
    );
  });

  it('long leave: up to 18 months, and honest that the extension cannot see it', () => {
    const need = needById('long-leave');
    expect(need.steps[1]).toBe('A disabled account is kept for up to 18 months with no sign-in needed.');
    expect(need.steps[3]).toBe(
      'This extension counts from the last sign-in it saw. It cannot tell that an account has been disabled.',
    );
  });

  it('leavers: deleted 30 days after being marked a leaver; shared mailbox roles handed over', () => {
    const need = needById('leaving');
    expect(need.answer).toBe(
      'When you leave, your account is marked as a leaver and deleted 30 days later, unless another organisation takes it on in that time. Save what you need and hand over any shared mailbox roles before you go.',
    );
    expect(need.steps[2]).toBe(
      'Own a shared mailbox? Email the NAS or call 0333 200 1133 to have your permissions removed and a new owner named.',
    );
    expect(need.contactIds).toEqual(['nas-helpdesk', 'nhsmail-helpdesk']);
  });

  it('shared mailbox owners: an automatic reply or redirect for a mailbox nobody reads', () => {
    expect(needById('shared-mailbox-owner').steps[5]).toBe(
      'If nobody watches the shared mailbox, set an automatic reply or a redirect on it.',
    );
  });

  it('every new topic was reviewed today and cites at least two sources', () => {
    for (const id of ['secure-email', 'long-leave', 'reset-details', 'new-name', 'leaving', 'shared-mailbox-owner']) {
      const need = needById(id)!;
      expect(need.reviewed, id).toBe('2026-12-01');
      expect(need.source.length, id).toBeGreaterThanOrEqual(2);
    }
  });
});
