// @vitest-environment happy-dom
/**
 * Incremental work in happy-dom with a real ContentScriptContext: a change that names no field (a
 * status line in a members table) is read where it happened and starts no look at the whole page;
 * a change that makes a field something else (its column header) does, and the panel follows.
 * Fixture: labels-members-table.html (ASSUMED layout), scripts stripped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../lib/content/kit/script-context.ts';
import { checkContentReply } from '../../lib/content/kit/messaging.ts';
import { pageContextAnswer } from './registration-context.ts';
import { DEBOUNCE_MS, REGISTRATION_MARKER, startRegistration } from '../../lib/content/registration/main.ts';

const FIXTURE = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/registration/labels-members-table.html'),
  'utf8',
);
let ctx: ContentScriptContext;

const heading = () =>
  document.querySelector('nhsc-panel')?.shadowRoot?.querySelector('h2')?.textContent ?? '(no panel)';

beforeEach(async () => {
  vi.useFakeTimers();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://portal.nhs.net/Registration#/optometry',
  );
  document.documentElement.innerHTML = FIXTURE.replace(/<script[\s\S]*?<\/script>/g, '');
  document.documentElement.removeAttribute(REGISTRATION_MARKER);
  ctx = new ContentScriptContext();
  startRegistration(ctx, window, {
    send: async (message) => checkContentReply(message, pageContextAnswer()),
  });
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 100);
});

afterEach(() => {
  if (ctx.isValid) ctx.abort();
  vi.useRealTimers();
});

describe('incremental: only what changed is read again', () => {
  it('a status text beside the fields starts no full look; a column header that renames them does', async () => {
    // 4 items the person confirms; authentication code, ODS code, mobiles and emails all empty.
    expect(heading()).toBe('NHSmail Companion: 8 things to check');
    const idle = vi.getTimerCount();

    // The app writes a status into a member's row (a new cell): nothing about any field changed.
    const status = document.createElement('td');
    status.textContent = 'Typed 3';
    document.querySelector('#members tbody tr')!.append(status);
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(idle);
    status.textContent = 'Typed 4';
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(idle);

    // The column headers change: the mobiles are now "Role" fields, so a look at the page is due.
    const [, , mobile, email] = document.querySelectorAll('#members th');
    mobile!.textContent = 'Role';
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(idle + 1);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    // No mobile on this page any more: that item is for another page, one fewer to check here.
    expect(heading()).toBe('NHSmail Companion: 7 things to check');
    email!.textContent = 'Notes';
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(heading()).toBe('NHSmail Companion: 6 things to check');
  });
});
