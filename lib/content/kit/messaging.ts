/**
 * The content scripts' one way to reach the background. The reply type comes from the message
 * (`Replies` in lib/protocol.ts) and every reply is checked against it before the page code sees it.
 */
import type { ContentScriptContext } from '#imports';
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

/**
 * Answers one kind of request from our own extension pages (the popup asks with tabs.sendMessage). A message from
 * another extension, or from anything that is not one of our pages, is ignored, as is any other type. `answer`
 * returns (or resolves to) undefined to stay silent. The listener goes when the context is invalidated.
 */
export function answerOurPages(
  ctx: ContentScriptContext,
  type: string,
  answer: (message: Record<string, unknown>) => Promise<unknown>,
): void {
  const ours = browser.runtime.getURL('/');
  const listener = (
    message: unknown,
    sender: { id?: string; url?: string },
    sendResponse: (reply: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ours)) return false;
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== type) return false;
    void answer(message as Record<string, unknown>).then((reply) => reply !== undefined && sendResponse(reply));
    // The answer may take a round trip to the background: keep the channel open (docs/decisions.md D17).
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(listener: unknown): void;
    removeListener(listener: unknown): void;
  };
  onMessage.addListener(listener);
  ctx.onInvalidated(() => onMessage.removeListener(listener));
}
