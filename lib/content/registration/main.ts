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
import type { ContentScriptContext } from '#imports';
import type { MessageOf } from '../../protocol.ts';
import { sendFromContent, type SendFromContent } from '../kit/messaging.ts';
import { isPageChange } from '../kit/own-changes.ts';
import { onPageView } from '../kit/page-watch.ts';
import { detectSector, headingText, isRegistrationPage, stepFromText } from './detect.ts';
import { collectFields, findForm, type FieldRecord } from './fields.ts';
import { interceptSubmits } from './intercept.ts';
import { createView } from './render.ts';
import { createState, tickedOf, sectorOf, unmetOf } from './state.ts';

export const REGISTRATION_MARKER = 'data-nhsc-registration';
/** How long to wait for a form that renders late, after load or a route change. */
export const WAIT_FOR_FORM_MS = 15_000;
export const DEBOUNCE_MS = 150;

export interface RegistrationDeps {
  send: SendFromContent;
}

/** Entry point of the registration content script: top frame, registration pages only. */
export function startRegistrationContent(ctx: ContentScriptContext, win: Window): void {
  if (win.top !== win || !isRegistrationPage(new URL(win.location.href))) return;
  startRegistration(ctx, win);
}

export function startRegistration(
  ctx: ContentScriptContext,
  win: Window,
  deps: RegistrationDeps = { send: sendFromContent },
): void {
  const doc = win.document;
  const html = doc.documentElement;
  if (html.hasAttribute(REGISTRATION_MARKER) || !ctx.isValid) return;
  // For `npm run bench`: content script start → UI mounted.
  win.performance?.mark?.('nhsc:start');

  const state = createState();
  let containerObserver: MutationObserver | undefined;
  let waitObserver: MutationObserver | undefined;
  let waitUntil = 0;
  let debounce: number | undefined;
  let lastRequest = 0;

  async function ask(
    message: MessageOf<'content:set-checklist-tick' | 'content:clear-checklist' | 'content:dismiss-hint'>,
  ): Promise<void> {
    // Only the newest reply counts: an older one would undo a tick made while it was on its way.
    const sequence = ++lastRequest;
    const reply = await deps.send(message);
    if (sequence === lastRequest && reply.ok && reply.data && ctx.isValid) {
      state.context = { ...reply.data, registration: state.context.registration };
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
    hint: (r) => ({
      onNotNow: (id) => dismiss(id),
      onNever: (id) => dismiss(id, { type: 'content:dismiss-hint', hintId: id, level: 'never' }),
      onWrong: (id) =>
        dismiss(id, { type: 'content:dismiss-hint', hintId: id, level: 'wrong', fingerprint: fingerprint(r) }),
    }),
    onBack: (found) => {
      interceptor.drop();
      view.closeDialog();
      const first = found[0];
      if (first?.kind === 'field') state.records[first.field]?.el.focus();
      else if (first?.kind === 'item') view.focusItem(first.itemId);
    },
    onAnyway: () => {
      view.closeDialog();
      interceptor.release();
    },
  });

  const interceptor = interceptSubmits(ctx, win, state, {
    check: () => {
      if (!state.form) return [];
      state.records = collectFields(state.form);
      return unmetOf(state);
    },
    onHold: (found) => {
      for (const r of state.records) state.touched.add(r.el);
      view.render();
      view.showDialog(found);
    },
  });

  function scan(): void {
    debounce = undefined;
    if (state.hidden || !ctx.isValid) return;
    const url = new URL(win.location.href);
    if (!isRegistrationPage(url)) return detachForm();
    const found = findForm(doc);
    if (!found) {
      detachForm();
      return waitForForm();
    }
    if (found.root !== state.form) {
      state.form = found.root;
      observeContainer(found.root);
    }
    stopWaiting();
    state.records = found.fields;
    const verdict = detectSector(url, doc);
    state.detected = verdict.sector;
    state.sectorKnown = verdict.from !== 'none';
    state.step = stepFromText(headingText(found.root)) ?? stepFromText(headingText(doc));
    view.sync();
  }

  function schedule(): void {
    if (debounce === undefined && ctx.isValid) debounce = ctx.setTimeout(scan, DEBOUNCE_MS);
  }

  /** The form's container: the element under <body> that holds it, so a re-render of the app is seen. */
  function observeContainer(el: Element): void {
    containerObserver?.disconnect();
    let box: Element = el.parentElement ?? el;
    while (box.parentElement && box.parentElement !== doc.body && box.parentElement !== html) box = box.parentElement;
    containerObserver = new MutationObserver((mutations) => {
      if (isPageChange(mutations)) schedule();
    });
    containerObserver.observe(box, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'disabled'],
    });
  }

  function waitForForm(): void {
    if (Date.now() > waitUntil) return stopWaiting();
    if (waitObserver) return;
    waitObserver = new MutationObserver((mutations) => {
      if (Date.now() > waitUntil) return stopWaiting();
      if (isPageChange(mutations)) schedule();
    });
    waitObserver.observe(doc.body ?? html, { childList: true, subtree: true });
    ctx.setTimeout(() => {
      if (!state.form) stopWaiting();
    }, WAIT_FOR_FORM_MS + DEBOUNCE_MS);
  }

  function stopWaiting(): void {
    waitObserver?.disconnect();
    waitObserver = undefined;
  }

  /** The form is gone: so are our hints and panel, and the observer on its container. */
  function detachForm(): void {
    state.form = undefined;
    state.records = [];
    containerObserver?.disconnect();
    containerObserver = undefined;
    view.removeAll();
  }

  function onFieldEvent(e: Event): void {
    if (state.hidden || !state.form) return;
    const el = e.target;
    if (!(el instanceof HTMLInputElement) || !state.records.some((r) => r.el === el)) return;
    if (e.type === 'focusout') state.touched.add(el);
    if (state.touched.has(el)) view.renderHints();
  }

  function hideHere(): void {
    state.hidden = true;
    stopWaiting();
    detachForm();
  }

  ctx.onInvalidated(() => {
    hideHere();
    interceptor.drop();
    html.removeAttribute(REGISTRATION_MARKER);
  });
  ctx.addEventListener(doc, 'input', onFieldEvent, { capture: true });
  ctx.addEventListener(doc, 'focusout', onFieldEvent, { capture: true });
  onPageView(ctx, win, () => {
    waitUntil = Date.now() + WAIT_FOR_FORM_MS;
    schedule();
  });

  void deps.send({ type: 'content:get-page-context' }).then((reply) => {
    if (reply.ok && reply.data && ctx.isValid) {
      state.context = reply.data;
      if (state.form) view.sync();
    }
  });
  waitUntil = Date.now() + WAIT_FOR_FORM_MS;
  scan();
  // Set after the first scan: an attribute on <html> invalidates the page's styles, and reading
  // them (field visibility) would then force a full recalculation.
  html.setAttribute(REGISTRATION_MARKER, '');
}

/** A short, stable description of a field's layout for "this is wrong for me" reports: no values. */
function fingerprint(r: FieldRecord): string {
  const text = `${r.kind}|${r.evidence.join(',')}|${r.el.getAttribute('name') ?? ''}|${r.el.id}`;
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${r.kind}-${hash.toString(36)}`;
}
