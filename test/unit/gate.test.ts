/** ENGINEERING.md check 7: the message gate refuses anything not clearly ours, and storage is unchanged. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../lib/background/gate.ts';
import { createBackgroundService } from '../../lib/background/service.ts';
import { fakeDeps } from './helpers.ts';

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
    ['wrong sender id', SIGN_IN, { ...PORTAL_TOP, id: 'another-extension' }],
    ['missing sender id', SIGN_IN, { ...PORTAL_TOP, id: undefined }],
    ['wrong origin', SIGN_IN, { ...PORTAL_TOP, url: 'https://evil.example/', origin: 'https://evil.example' }],
    [
      'look-alike origin',
      SIGN_IN,
      { ...PORTAL_TOP, url: 'https://portal.nhs.net.evil.example/', origin: 'https://portal.nhs.net.evil.example' },
    ],
    ['http origin', SIGN_IN, { ...PORTAL_TOP, url: 'http://portal.nhs.net/', origin: 'http://portal.nhs.net' }],
    ['sub-frame', SIGN_IN, { ...PORTAL_TOP, frameId: 3 }],
    ['no tab', SIGN_IN, { ...PORTAL_TOP, tab: undefined }],
    ['unknown type', { type: 'content:delete-everything' }, PORTAL_TOP],
    ['page type from a content script', { type: 'page:erase-all', confirm: 'erase' }, PORTAL_TOP],
    ['content type from a page', SIGN_IN, POPUP],
    ['oversize payload', { ...SIGN_IN, padding: 'x'.repeat(10_000) }, PORTAL_TOP],
    ['non-nhs.net account', { ...SIGN_IN, account: 'someone@gmail.com' }, PORTAL_TOP],
    ['upper-case account', { ...SIGN_IN, account: 'Jo.Bloggs@NHS.net' }, PORTAL_TOP],
    ['outlook kind from the portal', { ...SIGN_IN, pageKind: 'outlook-mailbox' }, PORTAL_TOP],
    [
      'portal kind from Outlook',
      SIGN_IN,
      { ...PORTAL_TOP, url: 'https://outlook.office.com/mail/', origin: 'https://outlook.office.com' },
    ],
    [
      'checklist tick from Outlook',
      { type: 'content:set-checklist-tick', sector: 'dental', itemId: 'a', ticked: true },
      { ...PORTAL_TOP, origin: 'https://outlook.office.com' },
    ],
    ['no type', { account: 'x' }, PORTAL_TOP],
    ['null', null, PORTAL_TOP],
  ])('refuses: %s', async (_name, message, sender) => {
    const verdict = checkMessage(message, sender, SELF);
    expect(verdict.ok).toBe(false);
  });

  it('refused messages never reach storage', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    const verdict = checkMessage(SIGN_IN, { ...PORTAL_TOP, frameId: 2 }, SELF);
    if (verdict.ok) await service.handle(verdict.message);
    expect(deps.storage.data).toEqual({});
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
