/**
 * Sign-in detection, wired: watch the page until a detector sees a signed-in NHSmail session, then
 * ask the background to record it, once per page view. Two detectors: the NHSmail portal (always)
 * and Outlook on the web (only after the person opts in and grants its optional hosts). A portal
 * page the detector cannot decide is reported once per page view too, so the popup can ask the
 * person (docs/decisions.md D24).
 */
import type { ContentScriptContext } from '#imports';
import { senderFor } from '../kit/messaging.ts';
import { isSignInAck } from '../kit/reply-guards.ts';

const send = senderFor({ 'content:sign-in-seen': isSignInAck, 'content:sign-in-unsure': isSignInAck });
import { watchPageUntil } from '../kit/page-watch.ts';
import { detectOutlookMailbox } from './outlook-detect.ts';
import { detectSignIn } from './portal-detect.ts';

/** Portal pages that render their signed-in bar late get this long to show it. */
const PORTAL_WATCH_MS = 15_000;
/** Outlook is a heavy app: give it time to render the account control. */
const OUTLOOK_WATCH_MS = 30_000;

/** Marks the page so a second copy of the script (e.g. after an extension update) stays out. */
export const INJECTED_MARKER = 'data-nhsc-injected';

export function startPortalSignIn(ctx: ContentScriptContext, win: Window): void {
  if (win.top !== win) return;
  const root = win.document.documentElement;
  root.setAttribute(INJECTED_MARKER, '');
  ctx.onInvalidated(() => root.removeAttribute(INJECTED_MARKER));

  let askedThisView = false;
  watchPageUntil(ctx, win, {
    forMs: PORTAL_WATCH_MS,
    onNewView: () => (askedThisView = false),
    detect: (doc, url) => {
      const verdict = detectSignIn(doc, url);
      if (verdict.unsure && !askedThisView) {
        askedThisView = true;
        void send({ type: 'content:sign-in-unsure' });
      }
      return verdict.signedIn ? verdict : undefined;
    },
    onFound: (verdict) =>
      void send({
        type: 'content:sign-in-seen',
        pageKind: 'portal-signed-in',
        ...(verdict.account ? { account: verdict.account } : {}),
      }),
  });
}

export function startOutlookSignIn(ctx: ContentScriptContext, win: Window): void {
  if (win.top !== win) return;
  watchPageUntil(ctx, win, {
    forMs: OUTLOOK_WATCH_MS,
    detect: (doc, url) => {
      const verdict = detectOutlookMailbox(doc, url);
      return verdict.mailbox && verdict.account ? verdict.account : undefined;
    },
    onFound: (account) => void send({ type: 'content:sign-in-seen', pageKind: 'outlook-mailbox', account }),
  });
}
