/**
 * The portal script's side of "Copy this page's layout": the popup asks (only our own pages are answered, see
 * lib/content/kit/messaging.ts), and the script describes the page's structure with the words the popup sent
 * (lib/content/kit/layout-report.ts). Nothing is stored or sent anywhere else; the popup shows the report and
 * copies it only when the person asks.
 */
import type { ContentScriptContext } from '#imports';
import type { LayoutReportReply, LayoutReportRequest } from '../../protocol.ts';
import { describeLayout } from '../kit/layout-report.ts';
import { answerOurPages } from '../kit/messaging.ts';

const REQUEST: LayoutReportRequest['type'] = 'page:get-layout-report';
/** The words a report may keep: plain lower-case words only, and not too many of them. */
const WORD = /^[a-z]{1,24}$/;
const MAX_WORDS = 2000;

export function startLayoutReport(ctx: ContentScriptContext, win: Window): void {
  if (win.top !== win) return;
  answerOurPages(ctx, REQUEST, ({ words }): LayoutReportReply | undefined => {
    if (!Array.isArray(words) || words.length > MAX_WORDS) return undefined;
    if (!words.every((w): w is string => typeof w === 'string' && WORD.test(w))) return undefined;
    return { report: describeLayout(win.document, new Set(words)) };
  });
}
