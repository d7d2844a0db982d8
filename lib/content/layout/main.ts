/**
 * The portal script's side of "Copy this page's layout": the popup asks (only our own pages are answered, see
 * lib/content/kit/messaging.ts); a ping is answered at once without reading the page; a request for the report
 * fetches the words it may keep from the background and describes the page's structure with them
 * (lib/content/kit/layout-report.ts). Nothing is stored or sent anywhere else; the popup shows the report and
 * copies it only when the person asks.
 */
import type { ScriptContext } from '../kit/script-context.ts';
import type { LayoutReportReply, LayoutReportRequest } from '../../protocol.ts';
import { describeLayout } from '../kit/layout-report.ts';
import { sharedWorld } from '../kit/shared-world.ts';
import { answerOurPages, senderFor, type SendFor } from '../kit/messaging.ts';
import { isLayoutWordsReply } from '../kit/reply-guards.ts';

const REQUEST: LayoutReportRequest['type'] = 'page:get-layout-report';
/** The words a report may keep: plain lower-case words only, and not too many of them. */
const WORD = /^[a-z]{1,24}$/;
const MAX_WORDS = 2000;

export function startLayoutReport(
  ctx: ScriptContext,
  win: Window,
  {
    send = senderFor({ 'content:get-layout-words': isLayoutWordsReply }),
  }: { send?: SendFor<'content:get-layout-words'> } = {},
): void {
  if (win.top !== win) return;
  // The registration panel's "Copy this page's layout" uses this copy rather than carrying its own.
  sharedWorld().describeLayout = describeLayout;
  ctx.onInvalidated(() => delete sharedWorld().describeLayout);
  answerOurPages(ctx, REQUEST, async ({ ping }): Promise<LayoutReportReply | undefined> => {
    if (ping === true) return { report: '' };
    const reply = await send({ type: 'content:get-layout-words' });
    if (!reply.ok) return undefined;
    const { words } = reply.data;
    if (words.length > MAX_WORDS || !words.every((w) => WORD.test(w))) return undefined;
    return { report: describeLayout(win.document, new Set(words)) };
  });
}
