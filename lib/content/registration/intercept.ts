/**
 * Submit interception: the check before the application is sent. Capture-phase listeners on the
 * window see a person's submit or click before the page's own handlers; when the check finds
 * something, the action is held and the dialog shown. "Submit anyway" lets the same action through
 * once. Synthetic events (`isTrusted === false`) are never held and never confirm (docs/decisions.md
 * H8, check 14); every listener belongs to `ctx`.
 */
import type { ContentScriptContext } from '#imports';
import { isOurs } from '../kit/own-changes.ts';
import type { Unmet } from './checklist.ts';
import { isFinalAction, primaryButton } from './fields.ts';
import type { RegistrationState } from './state.ts';

type Held = { form: HTMLFormElement; submitter: HTMLElement | null } | { button: HTMLElement };

export interface InterceptDeps {
  /** The unmet items on the form as it is now (collected again), or none. */
  check(): Unmet[];
  /** Something was held: show the dialog. */
  onHold(found: Unmet[]): void;
}

export interface Interceptor {
  /** "Submit anyway": the held action, once, unchanged. */
  release(): void;
  /** "Go back" or teardown: nothing is held any more. */
  drop(): void;
}

export function interceptSubmits(
  ctx: ContentScriptContext,
  win: Window,
  state: RegistrationState,
  deps: InterceptDeps,
): Interceptor {
  let held: Held | undefined;
  let bypass = false;

  /** Inert unless valid, shown, and a real person's action. */
  const live = (e: Event): boolean => ctx.isValid && !state.hidden && !!state.form && e.isTrusted && !bypass;

  function hold(e: Event, what: Held): void {
    const found = deps.check();
    if (!found.length) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held = what;
    deps.onHold(found);
  }

  function onSubmit(e: Event): void {
    const form = state.form;
    const target = e.target as HTMLFormElement;
    if (!live(e) || !form || !(target === form || target.contains(form) || form.contains(target))) return;
    const submitter = (e as SubmitEvent).submitter ?? null;
    if (!isFinalAction(submitter)) return;
    hold(e, { form: target, submitter });
  }

  function onClick(e: Event): void {
    const form = state.form;
    if (!live(e) || !form) return;
    const target = e.composedPath()[0];
    if (!(target instanceof Element) || isOurs(target)) return;
    const button = primaryButton(form);
    if (!button || !button.contains(target)) return;
    // A form's submit button is checked on the submit event, which also catches Enter.
    if ((button as HTMLButtonElement).type === 'submit' && (button as HTMLButtonElement).form) return;
    if (!isFinalAction(button)) return;
    hold(e, { button });
  }

  ctx.addEventListener(win, 'submit', onSubmit, { capture: true });
  ctx.addEventListener(win, 'click', onClick, { capture: true });

  return {
    release() {
      const what = held;
      held = undefined;
      if (!what) return;
      bypass = true;
      try {
        if ('form' in what) {
          const { form: f, submitter } = what;
          if (!f.isConnected) return;
          const same =
            submitter && (submitter as HTMLButtonElement).form === f && submitter.isConnected ? submitter : undefined;
          try {
            f.requestSubmit(same);
          } catch {
            f.requestSubmit();
          }
        } else if (what.button.isConnected) {
          what.button.click();
        }
      } finally {
        bypass = false;
      }
    },
    drop() {
      held = undefined;
    },
  };
}
