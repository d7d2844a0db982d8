// @vitest-environment happy-dom
/**
 * The secure-email hint on assumed Outlook on the web compose panes (test/fixtures/outlook-compose/, each ASSUMED):
 * the detector per layout, with the expected facts as data; the rule; and the wiring in happy-dom with a real
 * ContentScriptContext and the real background answering — shown beside the subject, never blocking, both dismissal
 * levels, synthetic clicks ignored, the body never read, everything gone when the context is invalidated.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../lib/content/kit/script-context.ts';
import { checkMessage } from '../../lib/background/gate.ts';
import { createBackgroundService } from '../../lib/background/service.ts';
import { hintDismissalsItem, settingsItem } from '../../lib/background/storage.ts';
import { checkContentReply } from '../../lib/content/kit/messaging.ts';
import { COMPOSE_LAYOUTS, detectCompose, subjectAsksForEncryption } from '../../lib/content/secure-email/detect.ts';
import { LOOK_AFTER_MS, SECURE_HINT_HOST, startSecureEmailHint } from '../../lib/content/secure-email/main.ts';
import { SECURE_EMAIL_HINT_ID, secureHintText, shouldShowSecureHint } from '../../lib/content/secure-email/rules.ts';
import type { AnyMessage } from '../../lib/protocol.ts';
import { fakeDeps, memoryStorage } from './helpers.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/outlook-compose');
const html = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const parse = (name: string) => new DOMParser().parseFromString(html(name), 'text/html');

/** What each assumed compose pane should give: the expectations, as data. */
const CASES = [
  { fixture: 'chips-in-labelled-wells.html', layout: 'chips-in-labelled-wells', recipients: 2, outside: 1, show: true },
  { fixture: 'pill-buttons-in-groups.html', layout: 'pill-buttons-in-groups', recipients: 3, outside: 1, show: true },
  { fixture: 'plain-inputs.html', layout: 'plain-inputs', recipients: 2, outside: 0, show: false },
  { fixture: 'body-lookalike.html', layout: 'chips-in-labelled-wells', recipients: 1, outside: 0, show: false },
  { fixture: 'lookalike-domains.html', layout: 'chips-in-labelled-wells', recipients: 3, outside: 3, show: true },
] as const;

const ON = { hintsEnabled: true, never: [], notNow: false };

describe('detectCompose on each assumed layout', () => {
  it.each(CASES)('$fixture → $layout, $outside of $recipients outside nhs.net', (c) => {
    const facts = detectCompose(parse(c.fixture));
    expect(facts).toMatchObject({
      layout: c.layout,
      recipients: c.recipients,
      outside: c.outside,
      subjectSecure: false,
    });
    expect(shouldShowSecureHint(facts, 'jo.bloggs@nhs.net', ON)).toBe(c.show);
  });

  it('every layout in the data has a fixture of its own', () => {
    expect(COMPOSE_LAYOUTS.map((l) => l.id).sort()).toEqual(
      ['chips-in-labelled-wells', 'pill-buttons-in-groups', 'plain-inputs'].sort(),
    );
    for (const layout of COMPOSE_LAYOUTS) expect(html(`${layout.id}.html`)).toContain('ASSUMED');
  });

  it('no compose pane: nothing', () => {
    expect(detectCompose(parse('no-compose.html'))).toBe(undefined);
  });

  it('reads the subject field the person typed, not a subject quoted in the body', () => {
    expect(detectCompose(parse('body-lookalike.html'))?.subjectField.value).toBe('RE: Referral');
  });

  it('[secure] anywhere in the subject, any case, with its brackets; [encrypt] too', () => {
    for (const subject of ['[secure] Results', 'Results [SECURE]', 'RE: [Secure] x', '[encrypt] Results'])
      expect(subjectAsksForEncryption(subject), subject).toBe(true);
    for (const subject of ['secure results', '[ secure ]', 'Results (secure)', ''])
      expect(subjectAsksForEncryption(subject), subject).toBe(false);
    const doc = parse('chips-in-labelled-wells.html');
    doc.querySelector<HTMLInputElement>('input[aria-label="Add a subject"]')!.value = '[secure] Your appointment';
    const facts = detectCompose(doc);
    expect(facts?.subjectSecure).toBe(true);
    expect(shouldShowSecureHint(facts, 'jo.bloggs@nhs.net', ON)).toBe(false);
  });
});

describe('the rule', () => {
  const facts = { outside: 1, subjectSecure: false };
  it('only for an @nhs.net mailbox', () => {
    expect(shouldShowSecureHint(facts, 'jo@example.org', ON)).toBe(false);
    expect(shouldShowSecureHint(facts, undefined, ON)).toBe(false);
  });
  it('never when hints are off, dismissed for good, or "not now" for this pane', () => {
    expect(shouldShowSecureHint(facts, 'jo@nhs.net', { ...ON, hintsEnabled: false })).toBe(false);
    expect(shouldShowSecureHint(facts, 'jo@nhs.net', { ...ON, never: [SECURE_EMAIL_HINT_ID] })).toBe(false);
    expect(shouldShowSecureHint(facts, 'jo@nhs.net', { ...ON, notNow: true })).toBe(false);
  });
  it('the words', () => {
    expect(secureHintText(1)).toBe(
      'This recipient is outside NHSmail. If the email holds patient information, add [secure] to the subject, if your organisation allows it.',
    );
    expect(secureHintText(3)).toBe(
      'Some recipients are outside NHSmail. If the email holds patient information, add [secure] to the subject, if your organisation allows it.',
    );
  });
});

describe("the message gate lets Outlook send the hint's two messages, and nothing more", () => {
  const SELF = { runtimeId: 'our-id', extensionOrigin: 'chrome-extension://our-id' };
  const OUTLOOK = {
    id: 'our-id',
    url: 'https://outlook.office.com/mail/deeplink/compose',
    origin: 'https://outlook.office.com',
    frameId: 0,
    tab: { id: 1 },
  };
  const verdict = (message: unknown) => {
    const result = checkMessage(message, OUTLOOK, SELF);
    return result.ok ? 'ok' : result.reason;
  };

  it('asks for the hint choices, and dismisses this hint for good', () => {
    expect(verdict({ type: 'content:get-page-context' })).toBe('ok');
    expect(verdict({ type: 'content:dismiss-hint', hintId: SECURE_EMAIL_HINT_ID, level: 'never' })).toBe('ok');
  });

  it('never another hint, another level, or any other portal message', () => {
    expect(verdict({ type: 'content:dismiss-hint', hintId: 'forgotten-password', level: 'never' })).toBe(
      'content:dismiss-hint is only accepted from the portal',
    );
    expect(verdict({ type: 'content:dismiss-hint', hintId: SECURE_EMAIL_HINT_ID, level: 'wrong' })).toBe(
      'content:dismiss-hint is only accepted from the portal',
    );
    expect(verdict({ type: 'content:clear-checklist', sector: 'dental' })).toBe(
      'content:clear-checklist is only accepted from the portal',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Wired, in happy-dom
// ---------------------------------------------------------------------------------------------------------------

let ctx: ContentScriptContext | undefined;
let sent: AnyMessage[] = [];

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  if (ctx?.isValid) ctx.abort();
  ctx = undefined;
  vi.useRealTimers();
});

function stored(options: { hintsEnabled?: boolean; never?: string[] } = {}) {
  return memoryStorage({
    settings: {
      v: settingsItem.version,
      data: { ...settingsItem.defaults(), hintsEnabled: options.hintsEnabled ?? true },
    },
    hintDismissals: { v: hintDismissalsItem.version, data: { never: options.never ?? [], wrong: [] } },
  });
}

function open(fixture: string, storage = stored()) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://outlook.office.com/mail/deeplink/compose',
  );
  document.documentElement.innerHTML = html(fixture).replace(/^<!doctype html>/i, '');
  sent = [];
  ctx = new ContentScriptContext();
  const background = createBackgroundService(fakeDeps({ storage }));
  startSecureEmailHint(ctx, window, {
    send: async (message) => {
      sent.push(message);
      return checkContentReply(message, JSON.parse(JSON.stringify(await background.handle(message))));
    },
  });
}

const settle = () => vi.advanceTimersByTimeAsync(LOOK_AFTER_MS + 50);
const hosts = () => document.querySelectorAll(SECURE_HINT_HOST);
const note = () => document.querySelector(SECURE_HINT_HOST)?.shadowRoot?.querySelector('[role="note"]');
const button = (name: string) =>
  [...(document.querySelector(SECURE_HINT_HOST)?.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent === name,
  )!;
const subject = () => document.querySelector<HTMLInputElement>('input[aria-label="Add a subject"]')!;
function trustedClick(el: Element): void {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}
function typeInto(el: HTMLElement): void {
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the hint, wired', () => {
  it('appears beside the subject once the person works in the pane, and says the agreed sentence', async () => {
    open('chips-in-labelled-wells.html');
    typeInto(subject());
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(subject().parentElement?.nextElementSibling?.tagName.toLowerCase()).toBe(SECURE_HINT_HOST);
    expect(note()?.querySelector('p')?.textContent).toBe(secureHintText(1));
    // It asked the background for the person's choices only; no recipient was sent anywhere.
    expect(sent).toEqual([{ type: 'content:get-page-context' }]);
    // Sending is untouched: the page's own Send button still works, and nothing cancels its click.
    const send = [...document.querySelectorAll('button')].find((el) => el.textContent === 'Send')!;
    let sentByPage = 0;
    send.addEventListener('click', (event) => {
      if (!event.defaultPrevented) sentByPage++;
    });
    trustedClick(send);
    expect(sentByPage).toBe(1);
  });

  it('goes once [secure] is typed into the subject', async () => {
    open('chips-in-labelled-wells.html');
    typeInto(subject());
    await settle();
    subject().value = '[secure] Your appointment';
    typeInto(subject());
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('typing in the message body does not make it look at the pane', async () => {
    open('chips-in-labelled-wells.html');
    typeInto(document.querySelector<HTMLElement>('[aria-label="Message body"]')!);
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(sent).toEqual([]);
  });

  it('all recipients on nhs.net: nothing, and the background is not even asked', async () => {
    open('plain-inputs.html');
    typeInto(document.querySelector<HTMLInputElement>('input[name="subject"]')!);
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(sent).toEqual([]);
  });

  it('not an @nhs.net mailbox: nothing', async () => {
    open('other-domain-mailbox.html');
    typeInto(subject());
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('hints turned off, or dismissed for good: nothing', async () => {
    open('chips-in-labelled-wells.html', stored({ hintsEnabled: false }));
    typeInto(subject());
    await settle();
    expect(hosts()).toHaveLength(0);
    open('chips-in-labelled-wells.html', stored({ never: [SECURE_EMAIL_HINT_ID] }));
    typeInto(subject());
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('synthetic clicks do nothing; "Not now" hides it for this pane without telling anyone', async () => {
    open('chips-in-labelled-wells.html');
    typeInto(subject());
    await settle();
    button('Not now').click();
    button("Don't show this again").click();
    await settle();
    expect(hosts()).toHaveLength(1);
    trustedClick(button('Not now'));
    await settle();
    typeInto(subject());
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(sent.map((m) => m.type)).toEqual(['content:get-page-context']);
  });

  it('"Don\'t show this again" asks the background to remember it', async () => {
    open('pill-buttons-in-groups.html');
    typeInto(document.querySelector<HTMLInputElement>('input[placeholder="Add a subject"]')!);
    await settle();
    expect(hosts()).toHaveLength(1);
    trustedClick(button("Don't show this again"));
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(sent.at(-1)).toEqual({ type: 'content:dismiss-hint', hintId: SECURE_EMAIL_HINT_ID, level: 'never' });
  });

  it('no answer from the background: silence', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://outlook.office.com/mail/',
    );
    document.documentElement.innerHTML = html('chips-in-labelled-wells.html').replace(/^<!doctype html>/i, '');
    ctx = new ContentScriptContext();
    startSecureEmailHint(ctx, window, { send: async () => ({ ok: false, error: 'gone' }) });
    typeInto(subject());
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('an invalidated context removes the hint and stops listening', async () => {
    open('chips-in-labelled-wells.html');
    typeInto(subject());
    await settle();
    expect(hosts()).toHaveLength(1);
    ctx!.abort();
    expect(hosts()).toHaveLength(0);
    typeInto(subject());
    await settle();
    expect(hosts()).toHaveLength(0);
  });
});
