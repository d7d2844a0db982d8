/**
 * "When unsure, ask" (docs/decisions.md D24): a portal page the detector cannot decide is reported to the
 * background, which keeps a note for that London day, stamped with its own clock; the status view carries it
 * until something is recorded after it.
 */
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../lib/background/gate.ts';
import { createBackgroundService } from '../../lib/background/service.ts';
import type { StatusView } from '../../lib/protocol.ts';
import { DAY, NOW, fakeDeps } from './helpers.ts';

const UNSURE = { type: 'content:sign-in-unsure' } as const;
const SELF = { runtimeId: 'our-id', extensionOrigin: 'chrome-extension://our-id' };
const PORTAL_TOP = {
  id: 'our-id',
  url: 'https://portal.nhs.net/Home',
  origin: 'https://portal.nhs.net',
  frameId: 0,
  tab: {},
};

async function status(service: ReturnType<typeof createBackgroundService>) {
  const reply = await service.handle({ type: 'page:get-status' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as StatusView;
}

describe('the gate and content:sign-in-unsure', () => {
  it('is accepted from the portal top frame, and carries nothing from the page', () => {
    expect(checkMessage(UNSURE, PORTAL_TOP, SELF)).toEqual({
      ok: true,
      message: UNSURE,
      from: 'content',
      origin: 'https://portal.nhs.net',
    });
    // Extra fields are dropped by the schema: the page cannot smuggle anything in.
    expect(checkMessage({ ...UNSURE, at: 0, account: 'x@nhs.net' }, PORTAL_TOP, SELF)).toMatchObject({
      ok: true,
      message: UNSURE,
    });
  });

  it.each([
    [
      'Outlook on the web',
      { ...PORTAL_TOP, url: 'https://outlook.office.com/mail/', origin: 'https://outlook.office.com' },
      'content:sign-in-unsure is only accepted from the portal',
    ],
    ['a sub-frame', { ...PORTAL_TOP, frameId: 3 }, 'not from a top-level page'],
    ['another extension', { ...PORTAL_TOP, id: 'another' }, 'sender is not this extension'],
    [
      'our own pages',
      { id: 'our-id', url: 'chrome-extension://our-id/popup.html', origin: 'chrome-extension://our-id' },
      'unknown type content:sign-in-unsure',
    ],
  ])('is refused from %s', (_name, sender, reason) => {
    expect(checkMessage(UNSURE, sender, SELF)).toEqual({ ok: false, reason });
  });
});

describe("the gate and content:get-layout-words (the layout report's word list)", () => {
  const WORDS = { type: 'content:get-layout-words' } as const;
  it('is accepted from the portal top frame only', () => {
    expect(checkMessage(WORDS, PORTAL_TOP, SELF)).toMatchObject({ ok: true, message: WORDS });
    expect(
      checkMessage(
        WORDS,
        { ...PORTAL_TOP, url: 'https://outlook.office.com/mail/', origin: 'https://outlook.office.com' },
        SELF,
      ),
    ).toEqual({ ok: false, reason: 'content:get-layout-words is only accepted from the portal' });
    expect(checkMessage(WORDS, { ...PORTAL_TOP, frameId: 2 }, SELF)).toEqual({
      ok: false,
      reason: 'not from a top-level page',
    });
  });
});

describe('the unsure note in the background', () => {
  it('is stamped with the background clock and shown in the status until a sign-in is recorded', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    expect((await status(service)).unsureSignInAt).toBeUndefined();

    expect(await service.handle(UNSURE)).toEqual({ ok: true, data: { recorded: true } });
    expect(deps.storage.data.signInUnsure).toEqual({ v: 1, data: { at: NOW } });
    expect((await status(service)).unsureSignInAt).toBe(NOW);

    deps.clock.now = NOW + 60_000;
    await service.handle({ type: 'content:sign-in-seen', pageKind: 'portal-signed-in', account: 'jo.bloggs@nhs.net' });
    expect((await status(service)).unsureSignInAt).toBeUndefined();
  });

  it('"I used NHSmail today" answers it: the reply no longer carries it', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    await service.handle(UNSURE);
    deps.clock.now = NOW + 5_000;
    const reply = await service.handle({ type: 'page:record-use-today' });
    if (!reply.ok) throw new Error(reply.error);
    const view = reply.data as StatusView;
    expect(view.unsureSignInAt).toBeUndefined();
    expect(view.accounts.map((a) => [a.account, a.record.source])).toEqual([['', 'manual-today']]);
  });

  it('a sign-in recorded before the note does not hide it', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    await service.handle({ type: 'content:sign-in-seen', pageKind: 'portal-signed-in', account: 'jo.bloggs@nhs.net' });
    deps.clock.now = NOW + 60_000;
    await service.handle(UNSURE);
    expect((await status(service)).unsureSignInAt).toBe(NOW + 60_000);
  });

  it('lasts only for its London day: at midnight it is gone, and removed from storage', async () => {
    // 23 November 2026 23:59 in London (GMT) → 00:01 on the 24th.
    const deps = fakeDeps({ now: Date.UTC(2026, 10, 23, 23, 59) });
    const service = createBackgroundService(deps);
    await service.handle(UNSURE);
    expect((await status(service)).unsureSignInAt).toBe(Date.UTC(2026, 10, 23, 23, 59));
    deps.clock.now = Date.UTC(2026, 10, 24, 0, 1);
    expect((await status(service)).unsureSignInAt).toBeUndefined();
    await service.serial(async () => undefined);
    expect(deps.storage.data.signInUnsure).toBeUndefined();
  });

  it('uses London days, not UTC ones: 00:30 BST on 1 July is the same day as 23:30 BST', async () => {
    const deps = fakeDeps({ now: Date.UTC(2026, 5, 30, 23, 30) }); // 00:30 BST, 1 July
    const service = createBackgroundService(deps);
    await service.handle(UNSURE);
    deps.clock.now = Date.UTC(2026, 6, 1, 22, 30); // 23:30 BST, 1 July
    expect((await status(service)).unsureSignInAt).toBe(Date.UTC(2026, 5, 30, 23, 30));
  });

  it('a clock moved back before the note hides it rather than showing a note from the future', async () => {
    const deps = fakeDeps();
    const service = createBackgroundService(deps);
    await service.handle(UNSURE);
    deps.clock.now = NOW - DAY / 2;
    expect((await status(service)).unsureSignInAt).toBeUndefined();
  });

  it('a corrupt note is ignored: the status still answers', async () => {
    const deps = fakeDeps();
    deps.storage.data.signInUnsure = { v: 1, data: { at: 'yesterday' } };
    const service = createBackgroundService(deps);
    expect((await status(service)).unsureSignInAt).toBeUndefined();
  });
});
