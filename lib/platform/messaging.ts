/** Sending to the background from a page or content script: the one typed entry point. */
import { browser } from 'wxt/browser';
import type { AnyMessage, Reply } from '../messages.ts';

export async function sendToBackground<T>(message: AnyMessage): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    return { ok: false, error: 'No answer from the extension. Try closing and opening it again.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
