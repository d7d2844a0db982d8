/**
 * The Outlook on the web content script: registered only after the user opts in (optional host
 * permissions), it reports an open @nhs.net mailbox as a sign-in, once per page view.
 */
import type { ContentScriptContext } from '#imports';
import { sendToBackground } from '../platform/messaging.ts';
import { watchPageUntil } from '../portal/watch-page.ts';
import { detectOutlookMailbox } from './detect.ts';

/** Outlook is a heavy app: give it time to render the account control. */
const OUTLOOK_WATCH_MS = 30_000;

export function startOutlookContent(ctx: ContentScriptContext, win: Window): void {
  if (win.top !== win) return;
  watchPageUntil(ctx, win, {
    forMs: OUTLOOK_WATCH_MS,
    detect: (doc, url) => {
      const verdict = detectOutlookMailbox(doc, url);
      return verdict.mailbox && verdict.account ? verdict.account : undefined;
    },
    onFound: (account) => void sendToBackground({ type: 'content:sign-in-seen', pageKind: 'outlook-mailbox', account }),
  });
}
