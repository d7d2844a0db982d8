/**
 * The popup's one way to reach the page in the active tab: the portal script there answers with its page's layout
 * report. No `tabs` permission is needed to query the active tab and message it; without it the tab's address is
 * not visible, so the script answering is what says "this is a portal page".
 */
import { browser } from 'wxt/browser';
import type { LayoutReportReply, LayoutReportRequest } from '../../protocol.ts';

/** A report bigger than this is not one of ours. */
const MAX_REPORT_CHARS = 1_000_000;

/**
 * The active tab's layout report, or undefined when nothing there answers (not a portal page). With `ping`, the
 * portal script answers '' without reading its page: a cheap "is this a portal page?".
 */
export async function layoutReportOfActiveTab(ping: boolean): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return undefined;
    const request: LayoutReportRequest = ping
      ? { type: 'page:get-layout-report', ping }
      : { type: 'page:get-layout-report' };
    const reply = (await browser.tabs.sendMessage(tab.id, request, { frameId: 0 })) as
      Partial<LayoutReportReply> | undefined;
    const report = reply?.report;
    return typeof report === 'string' && report.length <= MAX_REPORT_CHARS ? report : undefined;
  } catch {
    // "Receiving end does not exist": no portal script in that tab.
    return undefined;
  }
}
