// @vitest-environment happy-dom
/**
 * The page-hint wiring in happy-dom with a real ContentScriptContext (docs/decisions.md check 13, 16,
 * 21): one hint per page view, both dismissal levels, synthetic clicks do nothing, the live check
 * reads the page's field without changing it, and an invalidated context removes everything.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkContentReply } from '../../lib/content/kit/messaging.ts';
import { createBackgroundService } from '../../lib/background/service.ts';
import { hintDismissalsItem, settingsItem } from '../../lib/background/storage.ts';
import { fakeDeps, memoryStorage } from './helpers.ts';
import { ContentScriptContext } from '../../lib/content/kit/script-context.ts';
import type { AnyMessage } from '../../lib/protocol.ts';
import { DEBOUNCE_MS } from '../../lib/content/kit/page-watch.ts';
import { HINT_HOST, HINT_WATCH_MS, startPageHints } from '../../lib/content/page-hints/main.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/portal-hints');
let ctx: ContentScriptContext | undefined;
let sent: AnyMessage[] = [];

beforeEach(() => {
  // The page watcher's debounce and time limit, WXT's location watcher and Preact's effects run on this clock.
  vi.useFakeTimers();
});
afterEach(() => {
  if (ctx?.isValid) ctx.abort();
  ctx = undefined;
  vi.useRealTimers();
});

/** What the person has stored: settings and the hints they dismissed for good. */
function stored(options: { hintsEnabled?: boolean; never?: string[] } = {}) {
  return memoryStorage({
    settings: {
      v: settingsItem.version,
      data: { ...settingsItem.defaults(), hintsEnabled: options.hintsEnabled ?? true },
    },
    hintDismissals: { v: hintDismissalsItem.version, data: { never: options.never ?? [], wrong: [] } },
  });
}

function open(fixture: string, url: string, storage = stored()) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = readFileSync(path.join(FIXTURES, fixture), 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/^<!doctype html>/i, '');
  sent = [];
  ctx = new ContentScriptContext();
  // The real background service answers (over stored data), through the real reply check.
  const background = createBackgroundService(fakeDeps({ storage }));
  startPageHints(ctx, window, {
    send: async (message) => {
      sent.push(message);
      return checkContentReply(message, JSON.parse(JSON.stringify(await background.handle(message))));
    },
  });
}

/** Runs the replies (promises) and any debounced look that is due, on the fake clock. */
const settle = () => vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
/** For "nothing shows": past the whole time the page is watched, so a late hint would have appeared. */
const watchWindowPasses = () => vi.advanceTimersByTimeAsync(HINT_WATCH_MS + DEBOUNCE_MS + 1_000);
const hosts = () => document.querySelectorAll(HINT_HOST);
const region = () => document.querySelector(HINT_HOST)?.shadowRoot?.querySelector('[role="region"]');
const button = (name: string) =>
  [...(document.querySelector(HINT_HOST)?.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent === name,
  )!;
function trustedClick(el: Element): void {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

describe('page hints, wired', () => {
  it('sign-in page: one hint, before the heading, named "NHSmail Companion: …"', async () => {
    open('sign-in-classic.html', 'https://portal.nhs.net/Home/Login');
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.nextElementSibling?.tagName).toBe('H1');
    expect(region()?.getAttribute('aria-label')).toMatch(/^NHSmail Companion: /);
    expect(region()?.textContent).toContain('0333 200 1133');
  });

  it('hints turned off: nothing, and nothing dismissed', async () => {
    open('sign-in-classic.html', 'https://portal.nhs.net/Home/Login', stored({ hintsEnabled: false }));
    await watchWindowPasses();
    expect(hosts()).toHaveLength(0);
  });

  it('dismissed for good: nothing', async () => {
    open('sign-in-classic.html', 'https://portal.nhs.net/Home/Login', stored({ never: ['forgotten-password'] }));
    await watchWindowPasses();
    expect(hosts()).toHaveLength(0);
  });

  it('no answer from the background: silence', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://portal.nhs.net/Home/Login',
    );
    document.documentElement.innerHTML = readFileSync(path.join(FIXTURES, 'sign-in-classic.html'), 'utf8').replace(
      /<script[\s\S]*?<\/script>/g,
      '',
    );
    ctx = new ContentScriptContext();
    startPageHints(ctx, window, { send: async () => ({ ok: false, error: 'gone' }) });
    await watchWindowPasses();
    expect(hosts()).toHaveLength(0);
  });

  it('synthetic clicks do nothing; trusted "Not now" hides it without telling anyone', async () => {
    open('sign-in-classic.html', 'https://portal.nhs.net/Home/Login');
    await settle();
    button('Not now').click();
    button("Don't show this again").click();
    button('Hide details').click();
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(sent.map((m) => m.type)).toEqual(['content:get-page-hint']);
    trustedClick(button('Not now'));
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(sent.map((m) => m.type)).toEqual(['content:get-page-hint']);
  });

  it('"Don\'t show this again" asks the background to remember it', async () => {
    open('shared-mailboxes-table.html', 'https://portal.nhs.net/Profile/SharedMailboxes');
    await settle();
    trustedClick(button("Don't show this again"));
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(sent.at(-1)).toEqual({ type: 'content:dismiss-hint', hintId: 'shared-mailbox-roles', level: 'never' });
  });

  it('"This is wrong for me" hides it and records the hint and page kind only', async () => {
    open('password-change-labels.html', 'https://portal.nhs.net/Profile/ChangePassword');
    await settle();
    button('This is wrong for me').click();
    await settle();
    expect(hosts()).toHaveLength(1);
    trustedClick(button('This is wrong for me'));
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(sent.at(-1)).toEqual({
      type: 'content:dismiss-hint',
      hintId: 'password-rules',
      level: 'wrong',
      fingerprint: 'password-change',
    });
  });

  it('collapses and expands', async () => {
    open('mfa-keep-secure.html', 'https://portal.nhs.net/Home#/mfa');
    await settle();
    trustedClick(button('Hide details'));
    await settle();
    expect(button('Show details').getAttribute('aria-expanded')).toBe('false');
    expect(region()?.querySelector('[hidden]')).not.toBeNull();
  });

  it('password page: the live check follows the field; the value is never changed', async () => {
    open('password-change-labels.html', 'https://portal.nhs.net/Profile/ChangePassword');
    await settle();
    const field = document.getElementById('new') as HTMLInputElement;
    const state = (check: string) => region()?.querySelector(`[data-check="${check}"]`)?.getAttribute('data-state');
    expect(state('longEnough')).toBe('unmet');
    field.value = 'abcdefghij';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(state('longEnough')).toBe('met');
    expect(state('noSpaces')).toBe('met');
    expect(state('restrictedLongEnough')).toBe('unmet');
    expect(state('not-checked')).toBe('unknown');
    expect(field.value).toBe('abcdefghij');
    expect(JSON.stringify(sent)).not.toContain('abcdefghij');
    expect(region()?.textContent).not.toContain('abcdefghij');
  });

  it('invalidated context: the hint and the field listener go', async () => {
    open('password-change-labels.html', 'https://portal.nhs.net/Profile/ChangePassword');
    await settle();
    expect(hosts()).toHaveLength(1);
    ctx!.abort();
    expect(hosts()).toHaveLength(0);
    // No timer of ours is left: the page watcher's and WXT's location watcher went with the context.
    expect(vi.getTimerCount()).toBe(0);
    const field = document.getElementById('new') as HTMLInputElement;
    field.value = 'abcdefghij';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await watchWindowPasses();
    expect(hosts()).toHaveLength(0);
  });

  it('a page with nothing to say: no message sent at all', async () => {
    open('help-article.html', 'https://portal.nhs.net/help/selfservice');
    await watchWindowPasses();
    expect(hosts()).toHaveLength(0);
    expect(sent).toEqual([]);
  });
});
