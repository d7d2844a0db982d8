/** docs/decisions.md check 7: the message gate refuses anything not clearly ours, and storage is unchanged. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkMessage } from '../../lib/background/gate.ts';
import { startBackground } from '../../lib/background/main.ts';
import { DAY, NOW, fakeDeps, memoryStorage } from './helpers.ts';

type Browser = Parameters<typeof startBackground>[0];
type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

const SELF = { runtimeId: 'our-id', extensionOrigin: 'chrome-extension://our-id' };
const PORTAL_TOP = {
  id: 'our-id',
  url: 'https://portal.nhs.net/Home',
  origin: 'https://portal.nhs.net',
  frameId: 0,
  tab: { id: 1 },
};
const POPUP = { id: 'our-id', url: 'chrome-extension://our-id/popup.html', origin: 'chrome-extension://our-id' };
const SIGN_IN = { type: 'content:sign-in-seen', pageKind: 'portal-signed-in', account: 'jo.bloggs@nhs.net' };
/** A sign-in from yesterday and the settings: nothing a refresh would need to write. */
const STORED = {
  signIns: {
    v: 2,
    data: {
      accounts: { 'jo.bloggs@nhs.net': { lastActivityAt: NOW - DAY, source: 'portal', recordedAt: NOW - DAY } },
    },
  },
  settings: {
    v: 2,
    data: { remindersEnabled: true, reminderDaysAhead: 7, hintsEnabled: true, welcomeDone: true, dsptReminder: false },
  },
};

describe('message gate', () => {
  it('accepts a well-formed sign-in from the portal top frame', () => {
    expect(checkMessage(SIGN_IN, PORTAL_TOP, SELF)).toMatchObject({ ok: true, from: 'content' });
  });

  it('accepts page messages from our own pages', () => {
    expect(checkMessage({ type: 'page:get-status' }, POPUP, SELF)).toMatchObject({ ok: true, from: 'page' });
    expect(checkMessage({ type: 'page:get-status' }, { ...POPUP, origin: undefined }, SELF)).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['wrong sender id', SIGN_IN, { ...PORTAL_TOP, id: 'another-extension' }, 'sender is not this extension'],
    ['missing sender id', SIGN_IN, { ...PORTAL_TOP, id: undefined }, 'sender is not this extension'],
    [
      'wrong origin',
      SIGN_IN,
      { ...PORTAL_TOP, url: 'https://evil.example/', origin: 'https://evil.example' },
      'origin https://evil.example not allowed',
    ],
    [
      'look-alike origin',
      SIGN_IN,
      { ...PORTAL_TOP, url: 'https://portal.nhs.net.evil.example/', origin: 'https://portal.nhs.net.evil.example' },
      'origin https://portal.nhs.net.evil.example not allowed',
    ],
    [
      'http origin',
      SIGN_IN,
      { ...PORTAL_TOP, url: 'http://portal.nhs.net/', origin: 'http://portal.nhs.net' },
      'origin http://portal.nhs.net not allowed',
    ],
    ['sub-frame', SIGN_IN, { ...PORTAL_TOP, frameId: 3 }, 'not from a top-level page'],
    ['no tab', SIGN_IN, { ...PORTAL_TOP, tab: undefined }, 'not from a top-level page'],
    ['unknown type', { type: 'content:delete-everything' }, PORTAL_TOP, 'unknown type content:delete-everything'],
    [
      'page type from a content script',
      { type: 'page:erase-all', confirm: 'erase' },
      PORTAL_TOP,
      'unknown type page:erase-all',
    ],
    ['content type from a page', SIGN_IN, POPUP, 'unknown type content:sign-in-seen'],
    ['oversize payload', { ...SIGN_IN, padding: 'x'.repeat(10_000) }, PORTAL_TOP, 'message too large'],
    ['non-nhs.net account', { ...SIGN_IN, account: 'someone@gmail.com' }, PORTAL_TOP, 'malformed content:sign-in-seen'],
    ['upper-case account', { ...SIGN_IN, account: 'Jo.Bloggs@NHS.net' }, PORTAL_TOP, 'malformed content:sign-in-seen'],
    [
      'outlook kind from the portal',
      { ...SIGN_IN, pageKind: 'outlook-mailbox' },
      PORTAL_TOP,
      'page kind does not match origin',
    ],
    [
      'portal kind from Outlook',
      SIGN_IN,
      { ...PORTAL_TOP, url: 'https://outlook.office.com/mail/', origin: 'https://outlook.office.com' },
      'page kind does not match origin',
    ],
    [
      'checklist tick from Outlook',
      { type: 'content:set-checklist-tick', sector: 'dental', itemId: 'a', ticked: true },
      { ...PORTAL_TOP, origin: 'https://outlook.office.com' },
      'content:set-checklist-tick is only accepted from the portal',
    ],
    ['no type', { account: 'x' }, PORTAL_TOP, 'message has no type'],
    ['null', null, PORTAL_TOP, 'message has no type'],
  ])('refuses: %s', async (_name, message, sender, reason) => {
    // The reason names the rule that refused, so a case refused by an earlier, unrelated rule fails here.
    expect(checkMessage(message, sender, SELF)).toEqual({ ok: false, reason });
  });

  it('refused messages never reach storage (through the real listener)', async () => {
    // fake-browser implements neither; the start-up Outlook sync asks both.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => false) as never);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => []) as never);
    const deps = fakeDeps({ storage: memoryStorage(STORED) });
    const service = startBackground(fakeBrowser as unknown as Browser, deps);
    // Let the start-up refresh (queued on the one writer) finish, and then any write-back it queued while it
    // ran (a migration), so that any later write could only come from a message.
    await service.serial(async () => undefined);
    await service.serial(async () => undefined);
    expect(deps.badges).toHaveLength(1);
    const before = structuredClone(deps.storage.data);
    const id = fakeBrowser.runtime.id;
    // A tab needs only to exist for the gate; the full Tab type is not needed here.
    const portal = { id, url: 'https://portal.nhs.net/Home', tab: { id: 1 } as Sender['tab'] };
    const replies: unknown[] = [];
    const reply = (r: unknown) => void replies.push(r);
    await fakeBrowser.runtime.onMessage.trigger(SIGN_IN, { ...portal, frameId: 2 }, reply);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page:erase-all', confirm: 'erase' },
      { ...portal, frameId: 0 },
      reply,
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page:erase-all', confirm: 'erase' },
      { url: POPUP.url },
      reply,
    );
    expect(replies).toEqual([
      { ok: false, error: 'Refused: not from a top-level page' },
      { ok: false, error: 'Refused: unknown type page:erase-all' },
      { ok: false, error: 'Refused: sender is not this extension' },
    ]);
    expect(deps.storage.data).toEqual(before);
    // Not erased, and the sign-in not replaced by one from the sub-frame.
    expect(deps.storage.data.settings).toEqual(STORED.settings);
    expect(deps.storage.data.signIns).toMatchObject({
      data: { accounts: { 'jo.bloggs@nhs.net': { lastActivityAt: NOW - DAY } } },
    });
  });

  it('never throws on arbitrary input (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.record({ id: fc.option(fc.string()), url: fc.option(fc.webUrl()), frameId: fc.option(fc.integer()) }),
        (message, sender) => {
          const verdict = checkMessage(
            message,
            {
              ...sender,
              id: sender.id ?? undefined,
              url: sender.url ?? undefined,
              frameId: sender.frameId ?? undefined,
              tab: {},
            },
            SELF,
          );
          expect(typeof verdict.ok).toBe('boolean');
        },
      ),
    );
  });
});
