/**
 * Portal page hints, wired: detect the kind of page (detect.ts) → ask the background which hint, if
 * any, shows there (it holds the words, the settings and the dismissals) → render it (view.ts)
 * before the page's main heading or form, in the flow, never over a control.
 *
 * Once per page view: a new address removes the hint and looks again. The page is watched only
 * until something is found or for 15 s (lib/content/kit/page-watch.ts), so nothing keeps running on
 * pages with nothing to say. On the change-password page the new-password field's `input` event is
 * read, in memory, into booleans (password-check.ts); the value is never stored, sent or changed,
 * and the listener goes with the hint. Everything goes when the context is invalidated.
 */
import type { ScriptContext } from '../kit/script-context.ts';
import type { ShownHint } from '../../protocol.ts';
import { senderFor, type SendFor } from '../kit/messaging.ts';
import { isPageContext, isPageHintReply } from '../kit/reply-guards.ts';
import { sharePageLooks, type PageReader } from '../kit/page-watch.ts';
import { shadowHostWith, type ShadowHost } from '../kit/shadow-host.ts';
import { detectHintPage, mayBeHintPage, type DetectedPage } from './detect.ts';
import { checkPassword } from './password-check.ts';
import { renderPageHint } from './view.ts';

export const HINT_HOST = 'nhsc-page-hint';
/** Portal pages that render late get this long to show what they are. */
export const HINT_WATCH_MS = 15_000;

export interface PageHintDeps {
  send: SendFor<'content:get-page-hint' | 'content:dismiss-hint'>;
}

const defaultDeps = (): PageHintDeps => ({
  send: senderFor({ 'content:get-page-hint': isPageHintReply, 'content:dismiss-hint': isPageContext }),
});

/** Page hints on their own (the portal script runs them together with sign-in detection). */
export function startPageHints(ctx: ScriptContext, win: Window, deps: PageHintDeps = defaultDeps()): void {
  sharePageLooks(ctx, win, HINT_WATCH_MS, [pageHintReader(ctx, win, deps)]);
}

/**
 * The page-hint reader: shares each pass's look at the page with sign-in detection
 * (lib/content/kit/page-watch.ts `sharePageLooks`). Done for the page view once a kind of page is found.
 */
export function pageHintReader(
  ctx: ScriptContext,
  win: Window,
  deps: PageHintDeps = defaultDeps(),
): PageReader | undefined {
  if (win.top !== win || !ctx.isValid) return undefined;
  const doc = win.document;
  // A copy from an earlier context still on the page: leave the page to it.
  if (doc.querySelector(HINT_HOST)) return undefined;

  let view = 0;
  let notNow = new Set<string>();
  let shown: ShadowHost | undefined;
  let field: AbortController | undefined;

  function unmount(): void {
    field?.abort();
    field = undefined;
    shown?.remove();
    shown = undefined;
  }

  function hide(hint: ShownHint): void {
    notNow.add(hint.id);
    unmount();
  }

  function mount(page: DetectedPage, hint: ShownHint): void {
    const host = shadowHostWith(hint.sheet)(ctx, HINT_HOST, (h) => page.anchor.before(h));
    const rendered = renderPageHint(hint, {
      onNotNow: () => hide(hint),
      onNever: () => {
        hide(hint);
        void deps.send({ type: 'content:dismiss-hint', hintId: hint.id, level: 'never' });
      },
      onWrong: () => {
        // Hidden for this page view; the report (hint and page kind, never page content) stays local.
        hide(hint);
        void deps.send({ type: 'content:dismiss-hint', hintId: hint.id, level: 'wrong', fingerprint: hint.kind });
      },
    });
    host.container.append(rendered.root);
    shown = host;
    const numbers = hint.password;
    const input = page.newPassword;
    if (numbers && input) {
      field = new AbortController();
      const read = () => rendered.showCheck(checkPassword(input.value, numbers));
      input.addEventListener('input', read, { signal: field.signal, passive: true });
      if (input.value) read();
    }
  }

  async function show(page: DetectedPage): Promise<void> {
    const mine = view;
    const reply = await deps.send({ type: 'content:get-page-hint', kind: page.kind, notNow: [...notNow].slice(0, 8) });
    // No answer, or the page moved on meanwhile: say nothing.
    if (!ctx.isValid || mine !== view || shown || !reply.ok) return;
    if (reply.data.hint && page.anchor.isConnected) mount(page, reply.data.hint);
  }

  ctx.onInvalidated(unmount);
  return {
    glance: mayBeHintPage,
    read: (look, url) => {
      const page = detectHintPage(doc, url, look);
      if (page) void show(page);
      return page !== undefined;
    },
    onNewView: () => {
      view++;
      notNow = new Set();
      unmount();
    },
  };
}
