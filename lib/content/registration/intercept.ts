/**
 * Submit interception: the check before the application is sent, in place before the page can
 * submit however often it re-creates its form. Capture-phase listeners on the window (and on each
 * open shadow root holding a form, since `submit` does not leave a shadow tree) see a person's
 * submit, click or Enter before the page's own handlers, and decide from the event itself — the
 * form or area it happened in, collected afresh — never from what the last scan saw.
 *
 * "Submit anyway" lets the same action through exactly once: the same form (or the one the page
 * put in its place) with the same submit button, or the same app button; then the page's own
 * follow-ups (an async click handler that calls requestSubmit()) pass for a short while. Synthetic
 * events (`isTrusted === false`) are never held and never confirm (docs/decisions.md H8, check 14);
 * every listener belongs to `ctx`.
 */
import type { ScriptContext } from '../kit/script-context.ts';
import { isOurs } from '../kit/own-changes.ts';
import type { Unmet } from './checklist.ts';
import {
  anchorIn,
  BUTTONS,
  closestDeep,
  collectFields,
  findForm,
  isFinalAction,
  isSearch,
  isShown,
  primaryButton,
  type FormArea,
} from './fields.ts';
import type { RegistrationState } from './state.ts';

/** After "Submit anyway", the page's own follow-ups pass unchecked for this long. */
export const GRANT_MS = 10_000;
/** A held action whose form is away (in-page tabs) waits this long for it to come back. */
export const RETRY_MS = 10_000;

type Held = { form: HTMLFormElement; submitter: HTMLElement | null } | { button: HTMLElement };

export interface InterceptDeps {
  /** The unmet items of this area, its fields as they are now. */
  check(area: FormArea): Unmet[];
  /** Something was held: show the dialog. */
  onHold(found: Unmet[], area: FormArea): void;
  /** A person acted inside an open shadow root we had not found (attached after our last look). */
  adopt(root: ShadowRoot): void;
}

export interface Interceptor {
  /** "Submit anyway": the held action, once. */
  release(): void;
  /** "Go back" or teardown: nothing is held any more. */
  drop(): void;
  /** Listen for submits inside this shadow root too. */
  listen(root: ShadowRoot): void;
  /** A scan found a form again: a release that waited for it goes now. */
  retry(): void;
  /** The page has an app area with no <form>: Enter in its fields is checked from now on. */
  watchEnter(): void;
}

export function interceptSubmits(
  ctx: ScriptContext,
  win: Window,
  state: RegistrationState,
  deps: InterceptDeps,
): Interceptor {
  const doc = win.document;
  let held: Held | undefined;
  let waiting: { what: Held; until: number } | undefined;
  let grantUntil = 0;
  const listened = new WeakSet<ShadowRoot>();

  /** Inert unless valid, shown, and a real person's action, outside a granted moment. */
  const live = (e: Event): boolean => ctx.isValid && !state.hidden && e.isTrusted && Date.now() > grantUntil;

  const inside = (root: Element, node: Element) => root.contains(anchorIn(node, root.getRootNode()));

  /** The registration area holding `node` now: its form, or the app's form-like area. */
  function areaAt(node: Element): FormArea | undefined {
    const form = node instanceof HTMLFormElement ? node : closestDeep(node, 'form');
    if (form) {
      if (isSearch(form)) return undefined;
      const fields = collectFields(form, state.roots);
      return fields.length ? { root: form, fields } : undefined;
    }
    const known = state.form;
    if (known?.isConnected && !known.matches('form') && inside(known, node))
      return { root: known, fields: collectFields(known, state.roots) };
    const fresh = findForm(doc, state.roots);
    return fresh && !fresh.root.matches('form') && inside(fresh.root, node) ? fresh : undefined;
  }

  function hold(e: Event, area: FormArea, what: Held): void {
    const shown = { root: area.root, fields: area.fields.filter((f) => isShown(f.el)) };
    const found = deps.check(shown);
    if (!found.length) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held = what;
    waiting = undefined;
    deps.onHold(found, shown);
  }

  function onSubmit(e: Event): void {
    const form = e.target;
    if (!live(e) || !(form instanceof HTMLFormElement)) return;
    const area = areaAt(form);
    const submitter = (e as SubmitEvent).submitter ?? null;
    if (!area || !isFinalAction(submitter)) return;
    hold(e, area, { form, submitter });
  }

  function listen(root: ShadowRoot): void {
    if (listened.has(root)) return;
    listened.add(root);
    ctx.addEventListener(root as unknown as Window, 'submit', onSubmit, { capture: true });
  }

  function onClick(e: Event): void {
    if (!live(e)) return;
    const all = e.composedPath();
    for (const n of all) if (n instanceof ShadowRoot && !isOurs(n.host) && !state.roots.includes(n)) deps.adopt(n);
    const path = all.filter((n): n is Element => n instanceof Element);
    const first = path[0];
    if (!first || path.some(isOurs) || !path.some((el) => el.matches(BUTTONS))) return;
    const area = areaAt(first);
    const button = area && primaryButton(area.root, state.roots);
    if (!area || !button || !path.includes(button)) return;
    const form = (button as HTMLButtonElement).form;
    if ((button as HTMLButtonElement).type === 'submit' && form) {
      // Checked on the submit event, which also catches Enter; make sure we hear it.
      const root = form.getRootNode();
      if (root instanceof ShadowRoot) listen(root);
      return;
    }
    if (isFinalAction(button)) hold(e, area, { button });
  }

  /** Enter in a field of an app with no <form>: the app's own submit, checked like its button. */
  function onKeydown(e: Event): void {
    const k = e as KeyboardEvent;
    if (k.key !== 'Enter' || k.isComposing || k.shiftKey || k.altKey || k.ctrlKey || k.metaKey || !live(e)) return;
    const target = e.composedPath()[0];
    if (!(target instanceof HTMLInputElement) || closestDeep(target, 'form') || isOurs(target)) return;
    const area = areaAt(target);
    const button = area && primaryButton(area.root, state.roots);
    if (area && button && isFinalAction(button) && area.fields.some((f) => f.el === target)) hold(e, area, { button });
  }

  /** The held action on the page as it is now; false when its form is away. */
  function perform(what: Held): boolean {
    if ('form' in what) {
      let form: HTMLFormElement | undefined = what.form.isConnected ? what.form : undefined;
      if (!form) {
        const now = findForm(doc, state.roots)?.root;
        form = now instanceof HTMLFormElement ? now : undefined;
      }
      if (!form) return false;
      let submitter = what.submitter;
      if (!submitter?.isConnected || (submitter as HTMLButtonElement).form !== form) {
        const primary = submitter ? primaryButton(form, state.roots) : undefined;
        submitter = primary && (primary as HTMLButtonElement).form === form ? primary : null;
      }
      try {
        form.requestSubmit(submitter ?? undefined);
      } catch {
        form.requestSubmit();
      }
      return true;
    }
    let button: HTMLElement | undefined = what.button.isConnected ? what.button : undefined;
    if (!button) {
      const area = findForm(doc, state.roots);
      button = area && primaryButton(area.root, state.roots);
    }
    if (!button) return false;
    button.click();
    return true;
  }

  ctx.addEventListener(win, 'submit', onSubmit, { capture: true });
  ctx.addEventListener(win, 'click', onClick, { capture: true });
  let enter = false;

  return {
    release() {
      const what = held;
      held = undefined;
      if (!what || !ctx.isValid) return;
      grantUntil = Date.now() + GRANT_MS;
      if (!perform(what)) waiting = { what, until: Date.now() + RETRY_MS };
    },
    drop() {
      held = undefined;
      waiting = undefined;
    },
    listen,
    watchEnter() {
      if (enter) return;
      enter = true;
      ctx.addEventListener(win, 'keydown', onKeydown, { capture: true });
    },
    retry() {
      if (!waiting || !ctx.isValid) return;
      const { what, until } = waiting;
      if (Date.now() > until) {
        waiting = undefined;
        return;
      }
      grantUntil = Date.now() + GRANT_MS;
      if (perform(what)) waiting = undefined;
    },
  };
}
