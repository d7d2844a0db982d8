/**
 * Registration portal support, wired: collect (fields, sector, step) → model → decide (rules,
 * checklist) → render (panel, hints, dialog). Started once per page by lib/content/portal-main.ts when the
 * page detector matches; everything it starts — UI, listeners, observers, timers and the submit
 * interception — belongs to `ctx` and goes when the context is invalidated.
 *
 * Polite guest (docs/decisions.md H7–8): observe the form's container only, debounced, ignoring our own
 * hosts; never change a field; never focus on mount; never block a submit for good; synthetic
 * events are never intercepted and never confirm.
 */
import type { ContentScriptContext } from '#imports';
import { h } from 'preact';
import type { SectorId } from '../../knowledge/sector-ids.ts';
import type { PageContext } from '../../protocol.ts';
import type { MessageOf } from '../../protocol.ts';
import { sendFromContent, type SendFromContent } from '../kit/messaging.ts';
import { checklistEntries, unmetBeforeSubmit, type ChecklistEntry, type Unmet } from './checklist.ts';
import { collectFields, findForm, isFinalAction, primaryButton, type FieldRecord } from './fields.ts';
import { buildModel, type Finding, type FormModel } from './model.ts';
import { detectSector, headingText, isRegistrationPage, stepFromText } from './detect.ts';
import type { RegistrationKnowledge } from '../kit/registration-facts.ts';
import { evaluateRules } from './rules/registry.ts';
import { normaliseOds } from '../../validators.ts';
import { CheckDialog, openModal } from './view/dialog.tsx';
import { Hint } from './view/hint.tsx';
import { createIsland, type Island } from '../kit/island.ts';
import { isOurs, isPageChange } from '../kit/own-changes.ts';
import { onPageView } from '../kit/page-watch.ts';
import { Panel } from './view/panel.tsx';
import type { HintView } from './view/types.ts';

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

  let context: PageContext & { registration?: RegistrationKnowledge } = {
    settings: { hintsEnabled: true },
    ticks: {},
    dismissedHints: [],
  };
  let chosen: SectorId | undefined;
  let collapsed = false;
  let hidden = false;
  const notNow = new Set<string>();
  const touched = new WeakSet<HTMLInputElement>();

  let form: Element | undefined;
  let records: FieldRecord[] = [];
  let sectorKnown = false;
  let detected: SectorId | undefined;
  let step: string | undefined;

  let panel: Island | undefined;
  let dialog: Island | undefined;
  const hints = new Map<HTMLInputElement, Island>();
  let pending: { form: HTMLFormElement; submitter: HTMLElement | null } | { button: HTMLElement } | undefined;
  let bypass = false;

  let containerObserver: MutationObserver | undefined;
  let waitObserver: MutationObserver | undefined;
  let waitUntil = 0;
  let debounce: number | undefined;

  // ---------------------------------------------------------------------------------------------
  // Model and decisions
  // ---------------------------------------------------------------------------------------------
  const sector = (): SectorId | undefined => detected ?? chosen ?? context.settings.sector;
  const dismissed = () => new Set([...notNow, ...context.dismissedHints]);
  const ticked = () => new Set(sector() ? (context.ticks[sector()!] ?? []) : []);
  const model = (): FormModel => buildModel({ sector: sector(), step: step as FormModel['step'] }, records);
  const odsRule = () => {
    const found = context.registration?.sectors.find((s) => s.id === sector());
    return found ? { ...found.ods, sectorName: found.name } : undefined;
  };
  const findings = (m: FormModel, final: boolean): Finding[] => {
    const ods = odsRule();
    return context.settings.hintsEnabled ? evaluateRules(m, { final, ...(ods ? { ods } : {}) }, dismissed()) : [];
  };
  const odsCode = (m: FormModel): string | undefined => {
    const typed = m.fields.find((f) => f.kind === 'ods' && f.value.trim());
    return typed ? normaliseOds(typed.value) : context.settings.odsCode;
  };
  const items = (m: FormModel): ChecklistEntry[] =>
    sector() && context.registration ? checklistEntries(context.registration, sector()!, odsCode(m)) : [];

  // ---------------------------------------------------------------------------------------------
  // Render
  // ---------------------------------------------------------------------------------------------
  function renderPanel(): void {
    if (!panel) return;
    const m = model();
    panel.update(
      h(Panel, {
        view: {
          sector: sector(),
          sectorKnown,
          sectors: context.registration?.sectors ?? [],
          items: items(m),
          ticked: ticked(),
          step,
          collapsed,
        },
        actions: {
          onSector: (id) => {
            chosen = id;
            render();
          },
          onTick: (itemId, on) => {
            const s = sector();
            if (!s) return;
            const now = ticked();
            if (on) now.add(itemId);
            else now.delete(itemId);
            context = { ...context, ticks: { ...context.ticks, [s]: [...now] } };
            render();
            void ask({ type: 'content:set-checklist-tick', sector: s, itemId, ticked: on });
          },
          onClear: () => {
            const s = sector();
            if (!s) return;
            context = { ...context, ticks: { ...context.ticks, [s]: [] } };
            render();
            void ask({ type: 'content:clear-checklist', sector: s });
          },
          onCollapse: (c) => {
            collapsed = c;
            renderPanel();
          },
          onHide: hideHere,
        },
      }),
    );
  }

  function renderHints(): void {
    const m = model();
    const all = findings(m, false);
    records.forEach((r, i) => {
      const island = hints.get(r.el);
      if (!island) return;
      const f = touched.has(r.el) ? all.find((x) => x.field === i) : undefined;
      const hint: HintView | undefined = f ? { ruleId: f.ruleId, message: f.message, severity: f.severity } : undefined;
      island.update(
        h(Hint, {
          hint,
          actions: {
            onNotNow: (id) => {
              notNow.add(id);
              render();
            },
            onNever: (id) => {
              notNow.add(id);
              render();
              void ask({ type: 'content:dismiss-hint', hintId: id, level: 'never' });
            },
            onWrong: (id) => {
              notNow.add(id);
              render();
              void ask({ type: 'content:dismiss-hint', hintId: id, level: 'wrong', fingerprint: fingerprint(r) });
            },
          },
        }),
      );
    });
  }

  function render(): void {
    renderPanel();
    renderHints();
  }

  let lastRequest = 0;
  async function ask(
    message: MessageOf<'content:set-checklist-tick' | 'content:clear-checklist' | 'content:dismiss-hint'>,
  ): Promise<void> {
    // Only the newest reply counts: an older one would undo a tick made while it was on its way.
    const sequence = ++lastRequest;
    const reply = await deps.send(message);
    if (sequence === lastRequest && reply.ok && reply.data && ctx.isValid) {
      context = { ...reply.data, registration: context.registration };
      render();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Mounting: the panel before the form (in the flow, never over it), a hint host after each field
  // ---------------------------------------------------------------------------------------------
  function placePanel(host: HTMLElement): void {
    if (form && (host.nextElementSibling !== form || !host.isConnected)) form.before(host);
  }

  function ensurePanel(): void {
    if (panel) return placePanel(panel.host);
    if (!form) return;
    if (!ctx.isValid || hidden) return;
    panel = createIsland(ctx, 'nhsc-panel', placePanel);
    renderPanel();
    win.performance?.mark?.('nhsc:mounted');
  }

  /** After the field, or after its wrapping label so our text never joins the field's name. */
  function placeHint(el: HTMLInputElement) {
    return (host: HTMLElement) => {
      const after = el.closest('label') ?? el;
      if (after.nextElementSibling !== host) after.after(host);
    };
  }

  function syncHints(): void {
    const wanted = new Set(context.settings.hintsEnabled ? records.map((r) => r.el) : []);
    for (const [el, island] of hints) {
      if (wanted.has(el) && el.isConnected) {
        placeHint(el)(island.host);
        continue;
      }
      island.remove();
      hints.delete(el);
    }
    for (const el of wanted) {
      if (hints.has(el)) continue;
      if (!ctx.isValid || hidden) continue;
      hints.set(el, createIsland(ctx, 'nhsc-hint', placeHint(el)));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Scanning and observing
  // ---------------------------------------------------------------------------------------------
  function scan(): void {
    debounce = undefined;
    if (hidden || !ctx.isValid) return;
    const url = new URL(win.location.href);
    if (!isRegistrationPage(url)) return detachForm();
    const found = findForm(doc);
    if (!found) {
      detachForm();
      return waitForForm();
    }
    if (found.root !== form) {
      form = found.root;
      observeContainer(found.root);
    }
    stopWaiting();
    records = found.fields;
    const verdict = detectSector(url, doc);
    detected = verdict.sector;
    sectorKnown = verdict.from !== 'none';
    step = stepFromText(headingText(found.root)) ?? stepFromText(headingText(doc));
    ensurePanel();
    syncHints();
    render();
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
      if (!form) stopWaiting();
    }, WAIT_FOR_FORM_MS + DEBOUNCE_MS);
  }

  function stopWaiting(): void {
    waitObserver?.disconnect();
    waitObserver = undefined;
  }

  /** The form is gone: so are our hints and panel, and the observer on its container. */
  function detachForm(): void {
    form = undefined;
    records = [];
    containerObserver?.disconnect();
    containerObserver = undefined;
    panel?.remove();
    panel = undefined;
    for (const island of hints.values()) island.remove();
    hints.clear();
    closeDialog();
  }

  function onRouteChange(): void {
    waitUntil = Date.now() + WAIT_FOR_FORM_MS;
    schedule();
  }

  // ---------------------------------------------------------------------------------------------
  // The check before submitting
  // ---------------------------------------------------------------------------------------------
  function problems(): Unmet[] {
    if (!form) return [];
    records = collectFields(form);
    const m = model();
    return unmetBeforeSubmit(m, findings(m, true), items(m), ticked());
  }

  function intercept(e: Event, hold: NonNullable<typeof pending>): boolean {
    const found = problems();
    if (!found.length) return false;
    e.preventDefault();
    e.stopImmediatePropagation();
    pending = hold;
    for (const r of records) touched.add(r.el);
    render();
    showDialog(found);
    return true;
  }

  /** Inert unless valid, shown, and a real person's action (docs/decisions.md H8; docs/decisions.md check 14). */
  const live = (e: Event): boolean => ctx.isValid && !hidden && !!form && e.isTrusted && !bypass;

  function onSubmit(e: Event): void {
    const target = e.target as HTMLFormElement;
    if (!live(e) || !form || !(target === form || target.contains(form) || form.contains(target))) return;
    const submitter = (e as SubmitEvent).submitter ?? null;
    if (!isFinalAction(submitter)) return;
    intercept(e, { form: target, submitter });
  }

  function onClick(e: Event): void {
    if (!live(e) || !form) return;
    const target = e.composedPath()[0];
    if (!(target instanceof Element) || isOurs(target)) return;
    const button = primaryButton(form);
    if (!button || !button.contains(target)) return;
    // A form's submit button is checked on the submit event, which also catches Enter.
    if ((button as HTMLButtonElement).type === 'submit' && (button as HTMLButtonElement).form) return;
    if (!isFinalAction(button)) return;
    intercept(e, { button });
  }

  function showDialog(found: Unmet[]): void {
    closeDialog();
    if (!ctx.isValid || !pending) return;
    const island = createIsland(ctx, 'nhsc-dialog', (host) => doc.body.append(host));
    dialog = island;
    island.update(h(CheckDialog, { problems: found, onBack: () => goBack(found), onAnyway: submitAnyway }));
    if (island.host.shadowRoot) openModal(island.host.shadowRoot);
  }

  function closeDialog(): void {
    dialog?.remove();
    dialog = undefined;
  }

  function goBack(found: Unmet[]): void {
    pending = undefined;
    closeDialog();
    const first = found[0];
    if (first?.kind === 'field') {
      records[first.field]?.el.focus();
    } else if (first?.kind === 'item') {
      collapsed = false;
      renderPanel();
      panel?.host.shadowRoot?.getElementById(`nhsc-i-${first.itemId}`)?.focus();
    }
  }

  /** The original action, once, unchanged: the same submitter for a form, the same button for an app. */
  function submitAnyway(): void {
    const held = pending;
    pending = undefined;
    closeDialog();
    if (!held) return;
    bypass = true;
    try {
      if ('form' in held) {
        const { form: f, submitter } = held;
        if (!f.isConnected) return;
        const same =
          submitter && (submitter as HTMLButtonElement).form === f && submitter.isConnected ? submitter : undefined;
        try {
          f.requestSubmit(same);
        } catch {
          f.requestSubmit();
        }
      } else if (held.button.isConnected) {
        held.button.click();
      }
    } finally {
      bypass = false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Hints follow typing and leaving a field
  // ---------------------------------------------------------------------------------------------
  function onFieldEvent(e: Event): void {
    if (hidden || !form) return;
    const el = e.target;
    if (!(el instanceof HTMLInputElement) || !records.some((r) => r.el === el)) return;
    if (e.type === 'focusout') touched.add(el);
    if (touched.has(el)) renderHints();
  }

  function hideHere(): void {
    hidden = true;
    stopWaiting();
    detachForm();
  }

  function teardown(): void {
    hidden = true;
    stopWaiting();
    detachForm();
    pending = undefined;
    html.removeAttribute(REGISTRATION_MARKER);
  }

  ctx.onInvalidated(teardown);
  ctx.addEventListener(win, 'submit', onSubmit, { capture: true });
  ctx.addEventListener(win, 'click', onClick, { capture: true });
  ctx.addEventListener(doc, 'input', onFieldEvent, { capture: true });
  ctx.addEventListener(doc, 'focusout', onFieldEvent, { capture: true });
  onPageView(ctx, win, onRouteChange);

  void deps.send({ type: 'content:get-page-context' }).then((reply) => {
    if (reply.ok && reply.data && ctx.isValid) {
      context = reply.data;
      if (form) {
        syncHints();
        render();
      }
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
