// @vitest-environment happy-dom
/**
 * "Copy this page's layout" wired: the portal script answers only our own extension pages, with a report made
 * from the words they send; the popup section shows only when a portal script answers, shows the report read-only
 * before anything is copied, and copies only on Copy.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startLayoutReport } from '../../lib/content/layout/main.ts';
import { LAYOUT_WORDS } from '../../lib/layout-words.ts';
import { LayoutReport } from '../../lib/pages/popup/layout-report.tsx';

type Listener = (message: unknown, sender: { id?: string; url?: string }, reply: (r: unknown) => void) => unknown;

let ctx: ContentScriptContext | undefined;
afterEach(() => {
  ctx?.abort();
  ctx = undefined;
  cleanup();
  document.body.replaceChildren();
});

/** Starts the portal script's listener on a small page and returns a way to ask it as a given sender. */
function portalPage() {
  document.body.innerHTML =
    '<header><span>Signed in as jo.bloggs@nhs.net</span><a href="/Home/Logout">Sign out</a></header>' +
    '<form><label for="m">Mobile</label><input id="m" type="tel" autocomplete="tel"></form>';
  (document.getElementById('m') as HTMLInputElement).value = '07700 900123';
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const remove = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
  ctx = new ContentScriptContext('portal');
  startLayoutReport(ctx, window);
  const listener = add.mock.calls.at(-1)![0] as unknown as Listener;
  const ask = (message: unknown, sender: { id?: string; url?: string }) => {
    const replies: unknown[] = [];
    listener(message, sender, (r) => replies.push(r));
    return replies;
  };
  return { ask, listener, remove };
}

const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const REQUEST = { type: 'page:get-layout-report', words: ['signed', 'in', 'as', 'sign', 'out', 'mobile'] };

describe('the portal script answers "Copy this page\'s layout"', () => {
  it('answers our popup with the page structure, using only the words the popup sent', () => {
    const { ask } = portalPage();
    expect(ask(REQUEST, POPUP)).toEqual([
      {
        report: [
          'html',
          '  head',
          '  body',
          '    header',
          '      span',
          '        "Signed in as [email]"',
          '      a href="/[word]/[word]"',
          '        "Sign out"',
          '    form',
          '      label for="[word]"',
          '        "Mobile"',
          '      input type="[word]" autocomplete="[word]" id="[word]" [value]',
        ].join('\n'),
      },
    ]);
  });

  it.each([
    ['another extension', { ...POPUP, id: 'someone-else' }],
    ['a web page or content script', { id: fakeBrowser.runtime.id, url: 'https://portal.nhs.net/Home' }],
    ['a sender with no address', { id: fakeBrowser.runtime.id }],
  ])('ignores %s', (_name, sender) => {
    expect(portalPage().ask(REQUEST, sender)).toEqual([]);
  });

  it.each([
    ['another type', { ...REQUEST, type: 'page:get-status' }],
    ['no word list', { type: 'page:get-layout-report' }],
    ['words that are not plain lower-case words', { ...REQUEST, words: ['sign', 'Jo Bloggs'] }],
    ['too many words', { ...REQUEST, words: Array.from({ length: 2001 }, () => 'sign') }],
    ['not an object', 'page:get-layout-report'],
  ])('stays silent for %s', (_name, message) => {
    expect(portalPage().ask(message, POPUP)).toEqual([]);
  });

  it('removes its listener when the context is invalidated', () => {
    const { listener, remove } = portalPage();
    ctx!.abort();
    expect(remove).toHaveBeenCalledWith(listener);
  });

  it('with the full word list, label words are kept and the typed value is never read', () => {
    const { ask } = portalPage();
    const [reply] = ask({ ...REQUEST, words: LAYOUT_WORDS.split(' ') }, POPUP) as [{ report: string }];
    expect(reply.report).toContain('input type="tel" autocomplete="tel" id="[word]" [value]');
    expect(reply.report).not.toMatch(/07700|900123|jo\.bloggs|nhs\.net/);
  });
});

describe('the popup section', () => {
  const REPORT = 'html\n  body\n    h1\n      "Sign in"';

  it('is not there when no portal script answers', async () => {
    const request = vi.fn(async () => undefined);
    render(<LayoutReport request={request} />);
    await waitFor(() => expect(request).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('layout-report')).toBeNull();
  });

  it('shows the report read-only before anything is copied, and copies only on Copy', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LayoutReport request={async () => REPORT} />);
    const show = await screen.findByRole('button', { name: "Show this page's layout" });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe("Copy this page's layout");
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(show);
    const box = screen.getByRole('textbox', { name: "This page's layout (check it before you copy it)" });
    expect((box as HTMLTextAreaElement).value).toBe(REPORT);
    expect((box as HTMLTextAreaElement).readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(writeText).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: "Copy this page's layout" }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Copied this page's layout."));
    expect(writeText.mock.calls).toEqual([[REPORT]]);
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.fn(async () => {
      throw new Error('denied');
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LayoutReport request={async () => REPORT} />);
    fireEvent.click(await screen.findByRole('button', { name: "Show this page's layout" }));
    fireEvent.click(screen.getByRole('button', { name: "Copy this page's layout" }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Copying did not work. Select the text in the box and press Ctrl and C.',
      ),
    );
  });
});
