/**
 * The extension pages' one way to reach the background. The reply type comes from the message
 * (`Replies` in lib/protocol.ts); extension pages are trusted, so the envelope is checked and the
 * data taken as declared.
 */
import { browser } from 'wxt/browser';
import type { PageMessage, ReplyTo } from '../../protocol.ts';

export type Send = <M extends PageMessage>(message: M) => Promise<ReplyTo<M>>;

export const sendToBackground: Send = async (message) => {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply as ReplyTo<typeof message>;
    return { ok: false, error: 'No answer from the extension. Try closing and opening it again.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
};
