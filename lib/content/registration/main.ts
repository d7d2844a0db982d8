/**
 * Registration portal support, wired: collect (fields, sector, step) → state → decide (rules,
 * checklist) → render (panel, hints, dialog) and intercept (the check before submitting). Started
 * once per page by the registration content script when the page detector matches; everything it
 * starts — UI, listeners, observers, timers and the submit interception — belongs to `ctx` and goes
 * when the context is invalidated.
 *
 * Polite guest (docs/decisions.md H7–8): observe the form's container only, debounced, ignoring our own
 * hosts; never change a field; never focus on mount; never block a submit for good; synthetic
 * events are never intercepted and never confirm.
 */
import type { ScriptContext } from '../kit/script-context.ts';
import type { MessageOf, PageContext } from '../../protocol.ts';
import { senderFor, type SendFor } from '../kit/messaging.ts';
import { isLayoutWordsReply, isPageContext, isRegistrationPageContext, type Guard } from '../kit/reply-guards.ts';
import { isOurs } from '../kit/own-changes.ts';
import { onPageView } from '../kit/page-watch.ts';
import { detectSector, headingText, isRegistrationPage } from './detect.ts';
import { anchorIn, findForm, kindOf, shadowRootsIn, type FieldRecord } from './fields.ts';
import { layoutActions } from './layout.ts';
import { OBSERVE, readChanges } from './watch.ts';
import { interceptSubmits } from './intercept.ts';
import { createView } from './render.ts';
import { createState, tickedOf, sectorOf, unmetOf } from './state.ts';

export const REGISTRATION_MARKER = 'data-nhsc-registration';
export const DEBOUNCE_MS = 150;

type Sent =
  | 'content:get-page-context'
  | 'content:set-checklist-tick'
  | 'content:clear-checklist'
  | 'content:dismiss-hint'
  | 'content:get-layout-words';

export interface RegistrationDeps {
  send: SendFor<Sent>;
}

/**
 * The page context with the registration knowledge, and the words to show with it
 * (lib/content/registration/words.ts).
 */
const isContextWithWords: Guard<PageContext> = (value): value is PageContext => {
  const words = isRegistrationPageContext(value) && value.registrationWords;
  return typeof words === 'object' && words !== null && Object.values(words).every((w) => typeof w === 'string');
};

/** The registration script's messages, with only their reply checks (not every content script's). */
const sendFromRegistration = /* @__PURE__ */ senderFor<Sent>({
  'content:get-page-context': isContextWithWords,
  'content:set-checklist-tick': isPageContext,
  'content:clear-checklist': isPageContext,
  'content:dismiss-hint': isPageContext,
  'content:get-layout-words': isLayoutWordsReply,
});

/** Entry point of the registration content script: top frame, registration pages only. */
export function startRegistrationContent(ctx: ScriptContext, win: Window): void {
  if (win.top !== win || !isRegistrationPage(new URL(win.location.href))) return;
  startRegistration(ctx, win);
}

export function startRegistration(
  ctx: ScriptContext,
  win: Window,
  deps: RegistrationDeps = { send: sendFromRegistration },
): void {
  const doc = win.document;
  const html = doc.documentElement;
  if (html.hasAttribute(REGISTRATION_MARKER) || !ctx.isValid) return;
  // For `npm run bench`: content script start → UI mounted.
  win.performance?.mark?.('nhsc:start');

  const state = createState();
  let lastRequest = 0;

  async function ask(
    message: MessageOf<'content:set-checklist-tick' | 'content:clear-checklist' | 'content:dismiss-hint'>,
  ): Promise<void> {
    // Only the newest reply counts: an older one would undo a tick made while it was on its way.
    const sequence = ++lastRequest;
    const reply = await deps.send(message);
    if (sequence === lastRequest && reply.ok && reply.data && ctx.isValid) {
      // Settings, ticks and dismissals: the knowledge and words the page context brought stay.
      state.context = { ...state.context, ...reply.data };
      view.render();
    }
  }

  const dismiss = (id: string, message?: MessageOf<'content:dismiss-hint'>) => {
    state.notNow.add(id);
    view.render();
    if (message) void ask(message);
  };

  const setTicks = (ids: string[]) => {
    const s = sectorOf(state)!;
    state.context = { ...state.context, ticks: { ...state.context.ticks, [s]: ids } };
    view.render();
  };

  const view = createView(ctx, win, state, {
    onSector: (id) => {
      state.chosen = id;
      view.render();
    },
    onTick: (itemId, on) => {
      const s = sectorOf(state);
      if (!s) return;
      const now = tickedOf(state);
      if (on) now.add(itemId);
      else now.delete(itemId);
      setTicks([...now]);
      void ask({ type: 'content:set-checklist-tick', sector: s, itemId, ticked: on });
    },
    onClear: () => {
      const s = sectorOf(state);
      if (!s) return;
      setTicks([]);
      void ask({ type: 'content:clear-checklist', sector: s });
    },
    onHide: hideHere,
    ...layoutActions(win, state, () => view, deps.send),
    hint: (r) => ({
      onNotNow: (id) => dismiss(id),
      onNever: (id) => dismiss(id, { type: 'content:dismiss-hint', hintId: id, level: 'never' }),
      onWrong: (id) =>
        dismiss(id, { type: 'content:dismiss-hint', hintId: id, level: 'wrong', fingerprint: fingerprint(r) }),
    }),
    onBack: (found) => {
      interceptor.drop();
      view.closeDialog();
      // The form first (the person is looking at it), else the checklist.
      const field = found.find((u) => u.kind === 'field');
      const item = found.find((u) => u.kind === 'item');
      if (field) {
        const key = heldKeys[field.field];
        state.records.find((r) => r.key === key)?.el.focus();
      } else if (item) view.focusItem(item.itemId);
    },
    onAnyway: () => {
      view.closeDialog();
      interceptor.release();
    },
  });

  let heldKeys: string[] = [];
  const interceptor = interceptSubmits(ctx, win, state, {
    check: (area) => {
      const before = { form: state.form, records: state.records };
      Object.assign(state, { form: area.root, records: area.fields });
      const found = unmetOf(state);
      if (!found.length) Object.assign(state, before);
      return found;
    },
    adopt: (root) => adopt([root]),
    onHold: (found, area) => {
      heldKeys = area.fields.map((f) => f.key);
      for (const key of heldKeys) state.touched.add(key);
      liveWhileShown(view.sync());
      view.showDialog(found);
    },
  });

  // ---------------------------------------------------------------------------------------------
  // Watching the page: one observer on the body and on each open shadow root, for as long as this
  // is a registration page. Only what a batch of changes touched is read again.
  // ---------------------------------------------------------------------------------------------
  let observer: MutationObserver | undefined;
  let byEl = new Map<HTMLInputElement, FieldRecord>();
  let debounce: number | undefined;
  let urgentSince = 0;
  let urgentCount = 0;

  function adopt(roots: readonly ShadowRoot[]): void {
    for (const root of roots) {
      if (state.roots.includes(root)) continue;
      state.roots.push(root);
      observer?.observe(root, OBSERVE);
      interceptor.listen(root);
      // Focus moving within one shadow root is not seen outside it.
      for (const type of FIELD_EVENTS)
        ctx.addEventListener(root as unknown as Window, type, onFieldEvent, { capture: true });
    }
  }

  function onMutations(mutations: MutationRecord[]): void {
    if (state.hidden || !ctx.isValid) return;
    const { structural, urgent, added } = readChanges(mutations, byEl, state.records);
    for (const n of added) adopt(n.shadowRoot ? [n.shadowRoot, ...shadowRootsIn(n.shadowRoot)] : shadowRootsIn(n));
    // At most a few immediate looks a second: a page that fights our UI gets the debounced pace.
    const now = Date.now();
    if (now - urgentSince > 1000) {
      urgentSince = now;
      urgentCount = 0;
    }
    if (urgent && ++urgentCount <= 10) scan();
    else if (structural || urgent) schedule();
  }

  function watch(): void {
    if (observer) return;
    observer = new MutationObserver(onMutations);
    observer.observe(doc.body ?? html, OBSERVE);
    for (const root of state.roots) observer.observe(root, OBSERVE);
  }

  function unwatch(): void {
    observer?.disconnect();
    observer = undefined;
  }

  function scan(): void {
    debounce = undefined;
    if (state.hidden || !ctx.isValid) return;
    const url = new URL(win.location.href);
    if (!isRegistrationPage(url)) {
      unwatch();
      return lost();
    }
    const found = findForm(doc, state.roots);
    if (!found) return lost();
    state.form = found.root;
    state.records = found.fields;
    byEl = new Map(found.fields.map((r) => [r.el, r]));
    // Enter in an app with no <form> is its submit: listened for only where there is one.
    if (!found.root.matches('form')) interceptor.watchEnter();
    const verdict = detectSector(url, doc);
    state.detected = verdict.sector;
    state.sectorKnown = verdict.from !== 'none';
    state.headings = [headingText(found.root), headingText(doc)];
    liveWhileShown(view.sync());
    interceptor.retry();
  }

  function schedule(): void {
    if (debounce === undefined && ctx.isValid) debounce = ctx.setTimeout(scan, DEBOUNCE_MS);
  }

  /** The form is away: so are our hints and panel (an open dialog stays, and so does the watch). */
  function lost(): void {
    state.form = undefined;
    state.records = [];
    byEl = new Map();
    view.removeFormUi();
  }

  // ---------------------------------------------------------------------------------------------
  // Hints follow the person: a host when they enter a field, the hint once they leave it
  // ---------------------------------------------------------------------------------------------
  function onFieldEvent(e: Event): void {
    if (state.hidden) return;
    const path = e.composedPath();
    // A field inside an open shadow root attached after our last look: watch it from now on.
    const unknown = path.filter(
      (n): n is ShadowRoot => n instanceof ShadowRoot && !isOurs(n.host) && !state.roots.includes(n),
    );
    if (unknown.length) {
      adopt(unknown);
      schedule();
    }
    if (!state.form) return;
    const el = path[0];
    if (!(el instanceof HTMLInputElement) || isOurs(el)) return;
    const r = byEl.get(el);
    // A field the page has just re-created: look again soon (any other input is nothing to us).
    if (!r) return void (kindOf(el) && state.form.contains(anchorIn(el, state.form.getRootNode())) && schedule());
    if (e.type === 'focusin') return view.prepareHint(r);
    if (e.type === 'focusout') {
      state.touched.add(r.key);
      view.prepareHint(r);
      // What the form proves may have changed: the panel is drawn again if so.
      return liveWhileShown(view.sync());
    }
    if (state.touched.has(r.key)) liveWhileShown(view.renderHints());
  }

  /**
   * Typing updates a hint while one is shown; with none shown we do not listen to keystrokes at
   * all (each would cost a call on a page the person is filling in).
   */
  let typing: AbortController | undefined;
  function liveWhileShown(shown: boolean): void {
    if (shown && !typing) {
      typing = new AbortController();
      const options = { capture: true, signal: typing.signal };
      doc.addEventListener('input', onFieldEvent, options);
      for (const root of state.roots) root.addEventListener('input', onFieldEvent, options);
    } else if (!shown && typing) {
      typing.abort();
      typing = undefined;
    }
  }
  ctx.onInvalidated(() => typing?.abort());

  function hideHere(): void {
    state.hidden = true;
    unwatch();
    interceptor.drop();
    state.form = undefined;
    state.records = [];
    view.removeAll();
  }

  ctx.onInvalidated(() => {
    hideHere();
    html.removeAttribute(REGISTRATION_MARKER);
  });
  for (const type of FIELD_EVENTS) ctx.addEventListener(doc, type, onFieldEvent, { capture: true });
  onPageView(ctx, win, () => {
    if (state.hidden) return;
    watch();
    schedule();
  });

  void deps.send({ type: 'content:get-page-context' }).then((reply) => {
    if (reply.ok && reply.data && ctx.isValid) {
      state.context = reply.data;
      if (state.form) view.sync();
    }
  });
  adopt(shadowRootsIn(doc.body ?? html));
  watch();
  scan();
  // Set after the first scan: an attribute on <html> invalidates the page's styles, and reading
  // them would then force a full recalculation.
  html.setAttribute(REGISTRATION_MARKER, '');
}

const FIELD_EVENTS = ['focusin', 'focusout'];
/** A short, stable description of a field's layout for "this is wrong for me" reports: no values. */
function fingerprint(r: FieldRecord): string {
  const text = `${r.kind}|${r.evidence.join(',')}|${r.el.getAttribute('name') ?? ''}|${r.el.id}`;
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${r.kind}-${hash.toString(36)}`;
}
