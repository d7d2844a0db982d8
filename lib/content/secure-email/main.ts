/**
 * The secure-email hint in Outlook on the web, wired (only with the person's Outlook opt-in: this runs inside the
 * Outlook content script, which the background registers only once the optional hosts are granted).
 *
 * In the compose pane of an @nhs.net mailbox, when a recipient's domain is not nhs.net and the subject lacks
 * [secure], a small hint appears beside the subject. It never blocks sending, never reads the body, and never stores
 * or sends recipients: they are counted in memory (detect.ts). No observer runs: the pane is looked at again only
 * after the person types in, or moves through, the subject or recipient fields, or clicks, debounced; and on a new
 * page view. Everything goes when the context is invalidated.
 */
import type { ScriptContext } from '../kit/script-context.ts';
import { h } from 'preact';
import { createIsland, type Island } from '../kit/island.ts';
import { sendFromContent, type SendFromContent } from '../kit/messaging.ts';
import { onPageView } from '../kit/page-watch.ts';
import { detectOutlookMailbox } from '../sign-in/outlook-detect.ts';
import { detectCompose, isComposeField } from './detect.ts';
import { SECURE_EMAIL_HINT_ID, secureHintText, shouldShowSecureHint } from './rules.ts';
import { SecureEmailHint } from './view.tsx';

export const SECURE_HINT_HOST = 'nhsc-secure-email';
/** Quiet time after the last keystroke or click before the pane is read again. */
export const LOOK_AFTER_MS = 400;
const EVENTS = ['input', 'keyup', 'focusin', 'focusout', 'click'] as const;

export interface SecureEmailDeps {
  send: SendFromContent;
}

interface Choices {
  hintsEnabled: boolean;
  never: readonly string[];
}

/** Reads the settings and dismissals out of a content:get-page-context reply, defensively. */
function choicesFrom(data: unknown): Choices {
  const d = (typeof data === 'object' && data !== null ? data : {}) as {
    settings?: { hintsEnabled?: unknown };
    dismissedHints?: unknown;
  };
  const never = Array.isArray(d.dismissedHints) ? d.dismissedHints.filter((x) => typeof x === 'string') : [];
  return { hintsEnabled: d.settings?.hintsEnabled !== false, never };
}

export function startSecureEmailHint(
  ctx: ScriptContext,
  win: Window,
  deps: SecureEmailDeps = { send: sendFromContent },
): void {
  if (win.top !== win || !ctx.isValid) return;
  const doc = win.document;
  let island: Island | undefined;
  let shownFor: Element | undefined;
  let timer: number | undefined;
  let seq = 0;
  let choices: Promise<Choices | undefined> | undefined;
  let neverAgain = false;
  /** Subject fields (one per compose pane) where the person chose "Not now". */
  const notNow = new WeakSet<Element>();

  const remove = () => {
    island?.remove();
    island = undefined;
    shownFor = undefined;
  };

  const ask = () =>
    (choices ??= deps
      .send({ type: 'content:get-page-context' })
      .then((reply) => (reply.ok ? choicesFrom(reply.data) : undefined)));

  async function look(): Promise<void> {
    timer = undefined;
    const mine = ++seq;
    if (!ctx.isValid) return;
    const facts = detectCompose(doc);
    // Only a pane that would need the hint is worth the account check and the question to the background.
    if (!facts || facts.outside === 0 || facts.subjectSecure || neverAgain || notNow.has(facts.subjectField))
      return remove();
    const account = detectOutlookMailbox(doc, new URL(win.location.href)).account;
    const known = account ? await ask() : undefined;
    if (mine !== seq || !ctx.isValid) return;
    // No answer from the background: we cannot know whether hints are off, so say nothing.
    const state = { hintsEnabled: known?.hintsEnabled ?? false, never: known?.never ?? [], notNow: false };
    if (!shouldShowSecureHint(facts, account, state)) return remove();
    const field = facts.subjectField;
    if (!island || shownFor !== field || !island.host.isConnected) {
      remove();
      island = createIsland(ctx, SECURE_HINT_HOST, (host) => (field.parentElement ?? field).after(host));
      shownFor = field;
    }
    island.update(
      h(SecureEmailHint, {
        text: secureHintText(facts.outside),
        onNotNow: () => {
          notNow.add(field);
          remove();
        },
        onNever: () => {
          neverAgain = true;
          remove();
          void deps.send({ type: 'content:dismiss-hint', hintId: SECURE_EMAIL_HINT_ID, level: 'never' });
        },
      }),
    );
  }

  const schedule = (event?: Event) => {
    // Typing in the message body is none of our business: only the subject and recipient fields, and clicks.
    if (event && event.type !== 'click' && !isComposeField(event.target)) return;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = ctx.setTimeout(() => void look(), LOOK_AFTER_MS);
  };
  for (const type of EVENTS) ctx.addEventListener(doc, type, schedule, { capture: true, passive: true });
  onPageView(ctx, win, () => {
    choices = undefined;
    schedule();
  });
  ctx.onInvalidated(remove);
}
