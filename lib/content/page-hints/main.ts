/**
 * Portal page hints, wired: detect the page (lib/content/page-hints/detect.ts) → ask the background for settings
 * and dismissals → decide (dismissal.ts) → render one hint (view.tsx) before the page's main heading
 * or form, in the flow, never over a control.
 *
 * Once per page view: a new address removes the hint and looks again. The page is watched only
 * until something is found or for 15 s (lib/content/kit/page-watch.ts), so nothing keeps running on
 * pages with nothing to say. On the
 * change-password page the new-password field's `input` event is read, in memory, into booleans
 * (password-check.ts); the value is never stored, sent or changed, and the listener goes with the
 * hint. Everything goes when the context is invalidated.
 */
import type { ContentScriptContext } from '#imports';
import { h } from 'preact';
import { sendFromContent, type SendFromContent } from '../kit/messaging.ts';
import { createIsland, type Island } from '../kit/island.ts';
import { watchPageUntil } from '../kit/page-watch.ts';
import { dismissalFromContext, hintToShow } from './dismissal.ts';
import { detectHintPage, type DetectedPage } from './detect.ts';
import { checkPassword, type PasswordCheck } from './password-check.ts';
import { PASSWORD_NUMBERS } from './rules/password-rules.ts';
import { HINT_RULES } from './rules/registry.ts';
import type { HintRule } from './types.ts';
import { PageHint } from './view.tsx';

export const HINT_HOST = 'nhsc-page-hint';
/** Portal pages that render late get this long to show what they are. */
export const HINT_WATCH_MS = 15_000;

export interface PageHintDeps {
  send: SendFromContent;
}

export function startPageHints(
  ctx: ContentScriptContext,
  win: Window,
  deps: PageHintDeps = { send: sendFromContent },
): void {
  if (win.top !== win || !ctx.isValid) return;
  const doc = win.document;
  // A copy from an earlier context still on the page: leave the page to it.
  if (doc.querySelector(HINT_HOST)) return;

  let view = 0;
  let notNow = new Set<string>();
  let island: Island | undefined;
  let shown: HintRule | undefined;
  let collapsed = false;
  let check: PasswordCheck | undefined;
  let field: AbortController | undefined;

  function unmount(): void {
    field?.abort();
    field = undefined;
    island?.remove();
    island = undefined;
    shown = undefined;
    check = undefined;
  }

  function render(): void {
    const rule = shown;
    if (!island || !rule) return;
    island.update(
      h(PageHint, {
        rule,
        collapsed,
        ...(check ? { check } : {}),
        actions: {
          onToggle: () => {
            collapsed = !collapsed;
            render();
          },
          onNotNow: () => {
            notNow.add(rule.id);
            unmount();
          },
          onNever: () => {
            notNow.add(rule.id);
            unmount();
            void deps.send({ type: 'content:dismiss-hint', hintId: rule.id, level: 'never' });
          },
          onWrong: () => {
            // Hidden for this page view; the report (hint and page kind, never page content) stays local.
            notNow.add(rule.id);
            unmount();
            void deps.send({ type: 'content:dismiss-hint', hintId: rule.id, level: 'wrong', fingerprint: rule.kind });
          },
        },
      }),
    );
  }

  /** Reads the page's new-password field into booleans on each input; the listener goes with the hint. */
  function watchField(el: HTMLInputElement): void {
    field = new AbortController();
    const read = () => {
      check = checkPassword(el.value, PASSWORD_NUMBERS);
      render();
    };
    el.addEventListener('input', read, { signal: field.signal, passive: true });
    if (el.value) read();
  }

  async function show(page: DetectedPage): Promise<void> {
    const mine = view;
    const stale = () => !ctx.isValid || mine !== view || island !== undefined;
    const reply = await deps.send({ type: 'content:get-page-context' });
    // No answer: we cannot know whether hints are off or dismissed, so say nothing.
    if (stale() || !reply.ok) return;
    const rule = hintToShow(HINT_RULES, page, dismissalFromContext(reply.data, notNow));
    if (!rule || !page.anchor.isConnected) return;
    const created = createIsland(ctx, HINT_HOST, (host) => page.anchor.before(host));
    if (stale()) return created.remove();
    island = created;
    shown = rule;
    collapsed = false;
    if (page.newPassword) watchField(page.newPassword);
    render();
  }

  watchPageUntil(ctx, win, {
    forMs: HINT_WATCH_MS,
    detect: detectHintPage,
    onFound: (page) => void show(page),
    onNewView: () => {
      view++;
      notNow = new Set();
      unmount();
    },
  });
  ctx.onInvalidated(unmount);
}
