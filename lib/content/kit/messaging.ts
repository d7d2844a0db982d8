/**
 * The content scripts' one way to reach the background. The reply type comes from the message
 * (`Replies` in lib/protocol.ts) and every reply is checked against it before the page code sees it.
 */
import { browser } from 'wxt/browser';
import type { ContentMessage, Reply, ReplyTo } from '../../protocol.ts';
import { CONTENT_REPLY_GUARDS } from './reply-guards.ts';

export type SendFromContent = <M extends ContentMessage>(message: M) => Promise<ReplyTo<M>>;

export const NO_ANSWER = 'No answer from the extension.';
export const BAD_ANSWER = 'The extension answered with something unexpected.';

/** Checks an answer against the reply type its message declares. */
export function checkContentReply<M extends ContentMessage>(message: M, answer: unknown): ReplyTo<M> {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return { ok: false, error: NO_ANSWER };
  const reply = answer as Reply<unknown>;
  if (!reply.ok) return { ok: false, error: typeof reply.error === 'string' ? reply.error : BAD_ANSWER };
  const guard = CONTENT_REPLY_GUARDS[message.type] as (value: unknown) => boolean;
  return guard(reply.data) ? (reply as ReplyTo<M>) : { ok: false, error: BAD_ANSWER };
}

export const sendFromContent: SendFromContent = async (message) => {
  try {
    return checkContentReply(message, await browser.runtime.sendMessage(message));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
};
