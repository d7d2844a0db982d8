/**
 * The content scripts' one way to reach the background. The reply type comes from the message
 * (`Replies` in lib/protocol.ts) and every reply is checked against it before the page code sees it.
 */
import type { ScriptContext } from './script-context.ts';
import { browser } from 'wxt/browser';
import type { ContentMessage, Replies, Reply, ReplyTo } from '../../protocol.ts';
import { CONTENT_REPLY_GUARDS, type Guard } from './reply-guards.ts';

/** Sends the message types `K` and answers with each one's declared reply, checked. */
export type SendFor<K extends ContentMessage['type']> = <M extends Extract<ContentMessage, { type: K }>>(
  message: M,
) => Promise<ReplyTo<M>>;
export type SendFromContent = SendFor<ContentMessage['type']>;
export type ReplyGuards<K extends ContentMessage['type']> = { [P in K]: Guard<Replies[P]> };

export const NO_ANSWER = 'No answer from the extension.';
export const BAD_ANSWER = 'The extension answered with something unexpected.';

/** Checks an answer against the reply type its message declares, with every check. */
export function checkContentReply<M extends ContentMessage>(message: M, answer: unknown): ReplyTo<M> {
  return checkReply(message, answer, CONTENT_REPLY_GUARDS);
}

function checkReply<M extends ContentMessage>(
  message: M,
  answer: unknown,
  guards: Partial<ReplyGuards<ContentMessage['type']>>,
): ReplyTo<M> {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return { ok: false, error: NO_ANSWER };
  const reply = answer as Reply<unknown>;
  if (!reply.ok) return { ok: false, error: typeof reply.error === 'string' ? reply.error : BAD_ANSWER };
  const guard = guards[message.type] as ((value: unknown) => boolean) | undefined;
  return guard?.(reply.data) ? (reply as ReplyTo<M>) : { ok: false, error: BAD_ANSWER };
}

/**
 * A sender for the message types one script sends, with only their reply checks, so a small
 * script does not carry every guard (the portal script never sees registration knowledge).
 */
export function senderFor<K extends ContentMessage['type']>(guards: ReplyGuards<K>): SendFor<K> {
  return async (message) => {
    try {
      return checkReply(message, await browser.runtime.sendMessage(message), guards);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

/** Every content message type, every check: for scripts that send most of them. */
export const sendFromContent: SendFromContent = /* @__PURE__ */ senderFor(CONTENT_REPLY_GUARDS);

/**
 * Answers one kind of request from our own extension pages (the popup asks with tabs.sendMessage). A message from
 * another extension, or from anything that is not one of our pages, is ignored, as is any other type. `answer`
 * returns (or resolves to) undefined to stay silent. The listener goes when the context is invalidated.
 */
export function answerOurPages(
  ctx: ScriptContext,
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
