// @vitest-environment happy-dom
/**
 * The wiring in happy-dom with a real ContentScriptContext (docs/decisions.md check 13 and 14):
 * the submit is held once, "Submit anyway" sends the original data unchanged, untrusted events are
 * never held and never confirm, and an invalidated context removes UI, interception and timers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkContentReply } from '../../lib/content/kit/messaging.ts';
import { pageContextAnswer } from './registration-context.ts';
import { ContentScriptContext } from '../../lib/content/kit/script-context.ts';
import type { AnyMessage } from '../../lib/protocol.ts';
import { DEBOUNCE_MS, REGISTRATION_MARKER, startRegistration } from '../../lib/content/registration/main.ts';

const FIXTURE = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/registration/optometry-label-for.html'),
  'utf8',
);

function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let ctx: ContentScriptContext;
let sent: AnyMessage[];
let submitted: Record<string, string>[];

/**
 * Moves the fake clock on: runs the debounced rescans, Preact's effects and the replies (promises)
 * that are due, without waiting in real time.
 */
async function settle(ms = DEBOUNCE_MS + 100): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

const shadow = (name: string) => document.querySelector(name)?.shadowRoot ?? null;
const dialogOpen = () => !!shadow('nhsc-dialog')?.querySelector('[role="alertdialog"]');
const form = () => document.getElementById('reg') as HTMLFormElement;

function fill(values: Record<string, string>): void {
  for (const [id, v] of Object.entries(values)) (document.getElementById(id) as HTMLInputElement).value = v;
}

function trustedSubmit(): boolean {
  const e = trusted(new Event('submit', { bubbles: true, cancelable: true }));
  Object.defineProperty(e, 'submitter', { value: document.getElementById('submit') });
  return form().dispatchEvent(e);
}

beforeEach(async () => {
  // Every timer of ours (ctx.setTimeout, WXT's location watcher, Preact's effects) runs on this clock.
  vi.useFakeTimers();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://portal.nhs.net/Registration#/optometry',
  );
  document.documentElement.innerHTML = FIXTURE.replace(/<script[\s\S]*?<\/script>/g, '');
  document.documentElement.removeAttribute(REGISTRATION_MARKER);
  submitted = [];
  form().addEventListener('submit', (e) => {
    e.preventDefault();
    submitted.push(Object.fromEntries([...form().querySelectorAll('input')].map((i) => [i.name, i.value])));
  });
  sent = [];
  ctx = new ContentScriptContext();
  startRegistration(ctx, window, {
    send: async (message) => {
      sent.push(message);
      // The fake background's answer goes through the real reply check, as a real one would.
      return checkContentReply(message, pageContextAnswer());
    },
  });
  await settle();
});

afterEach(() => {
  if (ctx.isValid) ctx.abort();
  vi.useRealTimers();
});

describe('check 14: the confirm step', () => {
  it('a trusted submit with unmet items is held once; "Submit anyway" submits the original data unchanged, once', async () => {
    fill({ auth: 'ABC-1', ods: 'TST12', 'mobile-1': '07700900123', 'email-1': 'jo@example.com' });
    const before = Object.fromEntries([...form().querySelectorAll('input')].map((i) => [i.name, i.value]));
    expect(trustedSubmit()).toBe(false);
    await settle(50);
    expect(submitted).toEqual([]);
    expect(dialogOpen()).toBe(true);
    const anyway = [...shadow('nhsc-dialog')!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Submit anyway',
    )!;
    anyway.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await settle(50);
    expect(submitted).toEqual([before]);
    expect(dialogOpen()).toBe(false);
  });

  it('untrusted events never confirm and are never held', async () => {
    expect(trustedSubmit()).toBe(false);
    await settle(50);
    const anyway = [...shadow('nhsc-dialog')!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Submit anyway',
    )!;
    anyway.click();
    anyway.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(50);
    expect(submitted).toEqual([]);
    expect(dialogOpen()).toBe(true);
    // A synthetic submit is the page's own business: it passes untouched.
    form().dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(submitted).toHaveLength(1);
    // Synthetic clicks on our checkboxes tick nothing.
    const box = shadow('nhsc-panel')!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    box.click();
    await settle(50);
    expect(box.checked).toBe(false);
    expect(sent.filter((m) => m.type === 'content:set-checklist-tick')).toEqual([]);
  });

  it('"Go back" holds nothing further and moves focus to the first problem field', async () => {
    fill({ auth: 'ABC-1', 'mobile-1': '0123' });
    trustedSubmit();
    await settle(50);
    const back = [...shadow('nhsc-dialog')!.querySelectorAll('button')].find((b) => b.textContent === 'Go back')!;
    back.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await settle(50);
    expect(dialogOpen()).toBe(false);
    expect(document.activeElement).toBe(document.getElementById('mobile-1'));
    expect((document.getElementById('mobile-1') as HTMLInputElement).value).toBe('0123');
    expect(submitted).toEqual([]);
  });
});

describe("the background's words", () => {
  it('name the step the headings show, once they arrive with the checklist', () => {
    const panel = shadow('nhsc-panel')!;
    expect(panel.textContent).toContain('This page looks like: The people you register.');
    expect([...panel.querySelectorAll('h3')].map((h) => h.textContent)).toContain('Before you apply');
  });
});

describe('check 13: an invalidated context removes everything', () => {
  it('UI, interception, observers and timers go; the page submits untouched', async () => {
    expect(document.querySelectorAll('nhsc-panel').length).toBe(1);
    trustedSubmit();
    await settle(50);
    expect(dialogOpen()).toBe(true);
    // The check marks every field as seen: panel, dialog and a hint host for each of the 6 fields.
    expect(document.querySelectorAll('[data-nhsc-host]').length).toBe(8);
    // A new field schedules a debounced rescan (a ctx timer) that the invalidation must cancel.
    const idle = vi.getTimerCount();
    form().append(document.createElement('input'));
    await vi.advanceTimersByTimeAsync(0); // delivers the mutation records; the rescan is not due yet
    expect(vi.getTimerCount()).toBe(idle + 1);
    ctx.abort();
    // Nothing of ours is left on the clock: the rescan, WXT's location watcher and any Preact effect.
    expect(vi.getTimerCount()).toBe(0);
    expect(document.querySelectorAll('[data-nhsc-host]').length).toBe(0);
    expect(document.documentElement.hasAttribute(REGISTRATION_MARKER)).toBe(false);
    trustedSubmit();
    expect(submitted).toHaveLength(1);
    // Page changes after invalidation wake nothing of ours, however long we wait.
    document.body.append(document.createElement('div'));
    await settle(60_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(document.querySelectorAll('[data-nhsc-host]').length).toBe(0);
  });

  it('mounts once: a second start on the same page does nothing', async () => {
    startRegistration(ctx, window, { send: async () => ({ ok: false, error: 'x' }) });
    await settle();
    expect(document.querySelectorAll('nhsc-panel').length).toBe(1);
  });
});
