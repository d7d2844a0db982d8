/**
 * Sign-in detection, wired: watch the page until a detector sees a signed-in NHSmail session, then
 * ask the background to record it, once per page view. Two detectors: the NHSmail portal (always)
 * and Outlook on the web (only after the person opts in and grants its optional hosts). A portal
 * page the detector cannot decide is reported once per page view too, so the popup can ask the
 * person (docs/decisions.md D24).
 */
import type { ScriptContext } from '../kit/script-context.ts';
import { senderFor } from '../kit/messaging.ts';
import { isSignInAck } from '../kit/reply-guards.ts';
import { sharePageLooks, watchPageUntil, type PageReader } from '../kit/page-watch.ts';
import { detectOutlookMailbox } from './outlook-detect.ts';
import { detectSignIn, mayShowSession } from './portal-detect.ts';

const send = senderFor({ 'content:sign-in-seen': isSignInAck, 'content:sign-in-unsure': isSignInAck });

/** Portal pages that render their signed-in bar late get this long to show it. */
export const PORTAL_WATCH_MS = 15_000;
/** Outlook is a heavy app: give it time to render the account control. */
const OUTLOOK_WATCH_MS = 30_000;

/** Marks the page so a second copy of the script (e.g. after an extension update) stays out. */
export const INJECTED_MARKER = 'data-nhsc-injected';

/**
 * The portal sign-in reader: shares each pass's look at the page with the page hints
 * (lib/content/kit/page-watch.ts `sharePageLooks`). Done for the page view once a sign-in is seen.
 */
export function portalSignInReader(ctx: ScriptContext, win: Window): PageReader | undefined {
  if (win.top !== win) return undefined;
  const root = win.document.documentElement;
  root.setAttribute(INJECTED_MARKER, '');
  ctx.onInvalidated(() => root.removeAttribute(INJECTED_MARKER));

  let askedThisView = false;
  return {
    onNewView: () => (askedThisView = false),
    glance: mayShowSession,
    read: (look, url) => {
      const verdict = detectSignIn(look.doc, url, look);
      if (verdict.unsure && !askedThisView) {
        askedThisView = true;
        void send({ type: 'content:sign-in-unsure' });
      }
      if (!verdict.signedIn) return false;
      void send({
        type: 'content:sign-in-seen',
        pageKind: 'portal-signed-in',
        ...(verdict.account ? { account: verdict.account } : {}),
      });
      return true;
    },
  };
}

/** Sign-in detection on its own (the portal script runs it together with the page hints). */
export function startPortalSignIn(ctx: ScriptContext, win: Window): void {
  sharePageLooks(ctx, win, PORTAL_WATCH_MS, [portalSignInReader(ctx, win)]);
}

export function startOutlookSignIn(ctx: ScriptContext, win: Window): void {
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
