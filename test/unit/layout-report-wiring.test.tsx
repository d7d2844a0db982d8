// @vitest-environment happy-dom
/**
 * "Copy this page's layout" wired: the portal script answers only our own extension pages, with a report made
 * from the words the background keeps; the popup section shows only when a portal script answers, shows the report read-only
 * before anything is copied, and copies only on Copy.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../lib/content/kit/script-context.ts';
import { createBackgroundService } from '../../lib/background/service.ts';
import { checkContentReply, type SendFromContent } from '../../lib/content/kit/messaging.ts';
import { startLayoutReport } from '../../lib/content/layout/main.ts';
import type { ContentMessage } from '../../lib/protocol.ts';
import { LAYOUT_WORDS } from '../../lib/layout-words.ts';
import { LayoutReport } from '../../lib/pages/popup/layout-report.tsx';
import { fakeDeps } from './helpers.ts';

type Listener = (message: unknown, sender: { id?: string; url?: string }, reply: (r: unknown) => void) => unknown;

let ctx: ContentScriptContext | undefined;
afterEach(() => {
  ctx?.abort();
  ctx = undefined;
  cleanup();
  document.body.replaceChildren();
});

/**
 * Starts the portal script's listener on a small page, with the real background service answering its request for
 * the word list (through the real reply check), and returns a way to ask it as a given sender.
 */
function portalPage(words?: unknown) {
  document.body.innerHTML =
    '<header><span>Signed in as jo.bloggs@nhs.net</span><a href="/Home/Logout">Sign out</a></header>' +
    '<form><label for="m">Mobile</label><input id="m" type="tel" autocomplete="tel"></form>';
  (document.getElementById('m') as HTMLInputElement).value = '07700 900123';
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const remove = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
  const background = createBackgroundService(fakeDeps());
  const sent: ContentMessage[] = [];
  const send: SendFromContent = async (message) => {
    sent.push(message);
    const answer = JSON.parse(JSON.stringify(await background.handle(message))) as { ok: boolean; data?: unknown };
    return checkContentReply(message, words === undefined ? answer : { ok: true, data: { words } });
  };
  ctx = new ContentScriptContext();
  startLayoutReport(ctx, window, { send });
  const listener = add.mock.calls.at(-1)![0] as unknown as Listener;
  /** The replies, once the answer (which may ask the background first) has settled. */
  const ask = async (message: unknown, sender: { id?: string; url?: string }) => {
    const replies: unknown[] = [];
    const open = listener(message, sender, (r) => replies.push(r));
    if (open) await new Promise((settled) => setTimeout(settled, 0));
    return { open, replies };
  };
  return { ask, listener, remove, sent };
}

const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const REQUEST = { type: 'page:get-layout-report' };

describe('the portal script answers "Copy this page\'s layout"', () => {
  it('answers our popup with the page structure, with the words the background keeps', async () => {
    const { ask, sent } = portalPage();
    expect(await ask(REQUEST, POPUP)).toEqual({
      open: true,
      replies: [
        {
          report: [
            'html',
            '  head',
            '  body',
            '    header',
            '      span',
            '        "Signed in as [email]"',
            '      a href="/Home/Logout"',
            '        "Sign out"',
            '    form',
            '      label for="[word]"',
            '        "Mobile"',
            '      input type="tel" autocomplete="tel" id="[word]" [value]',
          ].join('\n'),
        },
      ],
    });
    expect(sent).toEqual([{ type: 'content:get-layout-words' }]);
  });

  it('a ping is answered at once, without reading the page or asking the background', async () => {
    const { ask, sent } = portalPage();
    const walk = vi.spyOn(document, 'createTreeWalker');
    const read = vi.spyOn(Element.prototype, 'getAttribute');
    expect(await ask({ ...REQUEST, ping: true }, POPUP)).toEqual({ open: true, replies: [{ report: '' }] });
    expect(walk).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it.each([
    ['another extension', { ...POPUP, id: 'someone-else' }],
    ['a web page or content script', { id: fakeBrowser.runtime.id, url: 'https://portal.nhs.net/Home' }],
    ['a sender with no address', { id: fakeBrowser.runtime.id }],
  ])('ignores %s', async (_name, sender) => {
    const { ask, sent } = portalPage();
    expect(await ask(REQUEST, sender)).toEqual({ open: false, replies: [] });
    expect(sent).toEqual([]);
  });

  it.each([
    ['another type', { type: 'page:get-status' }],
    ['not an object', 'page:get-layout-report'],
  ])('stays silent for %s', async (_name, message) => {
    expect(await portalPage().ask(message, POPUP)).toEqual({ open: false, replies: [] });
  });

  it.each([
    ['words that are not plain lower-case words', ['sign', 'Jo Bloggs']],
    ['too many words', Array.from({ length: 2001 }, () => 'sign')],
    ['no word list', 'sign out'],
  ])('stays silent when the background answers with %s', async (_name, words) => {
    expect(await portalPage(words).ask(REQUEST, POPUP)).toEqual({ open: true, replies: [] });
  });

  it('removes its listener when the context is invalidated', () => {
    const { listener, remove } = portalPage();
    ctx!.abort();
    expect(remove).toHaveBeenCalledWith(listener);
  });

  it("the background's words are the layout words; the typed value and address never show", async () => {
    const { ask } = portalPage();
    const { replies } = await ask(REQUEST, POPUP);
    const report = (replies[0] as { report: string }).report;
    expect(report).toContain('input type="tel" autocomplete="tel" id="[word]" [value]');
    expect(report).not.toMatch(/07700|900123|jo\.bloggs|nhs\.net/);
    const background = createBackgroundService(fakeDeps());
    expect(await background.handle({ type: 'content:get-layout-words' })).toEqual({
      ok: true,
      data: { words: LAYOUT_WORDS.split(' ') },
    });
  });
});

describe('the popup section', () => {
  const REPORT = 'html\n  body\n    h1\n      "Sign in"';
  /** `null`: the page stopped answering by the time the person asked. */
  const source = (portal: boolean, report: string | null = REPORT) => ({
    isPortalPage: vi.fn(async () => portal),
    report: vi.fn(async () => report ?? undefined),
  });

  it('is not there when no portal script answers', async () => {
    const s = source(false);
    render(<LayoutReport source={s} />);
    await waitFor(() => expect(s.isPortalPage).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('layout-report')).toBeNull();
    expect(s.report).not.toHaveBeenCalled();
  });

  it('asks for the report only when the person asks; shows it read-only; copies only on Copy', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const s = source(true);
    render(<LayoutReport source={s} />);
    const show = await screen.findByRole('button', { name: "Show this page's layout" });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe("Copy this page's layout");
    expect(s.report).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(show);
    const box = await screen.findByRole('textbox', { name: "This page's layout (check it before you copy it)" });
    expect((box as HTMLTextAreaElement).value).toBe(REPORT);
    expect((box as HTMLTextAreaElement).readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(writeText).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: "Copy this page's layout" }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Copied this page's layout."));
    expect(writeText.mock.calls).toEqual([[REPORT]]);
  });

  it('says so when the page no longer answers, and lets the person try again', async () => {
    const s = source(true, null);
    render(<LayoutReport source={s} />);
    fireEvent.click(await screen.findByRole('button', { name: "Show this page's layout" }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Error: The page did not answer. Reload it, then open this again.',
      ),
    );
    expect(screen.getByRole('button', { name: "Show this page's layout" })).toBeTruthy();
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.fn(async () => {
      throw new Error('denied');
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LayoutReport source={source(true)} />);
    fireEvent.click(await screen.findByRole('button', { name: "Show this page's layout" }));
    fireEvent.click(await screen.findByRole('button', { name: "Copy this page's layout" }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Copying did not work. Select the text in the box and press Ctrl and C.',
      ),
    );
  });
});
