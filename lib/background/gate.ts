/**
 * The gate every incoming message passes before any handler sees it (docs/decisions.md D4):
 * our own extension id, then where it came from, then a short allow-list of types, then size,
 * then the zod schema. Anything else is refused and changes nothing.
 */
import {
  CONTENT_MESSAGE_TYPES,
  MAX_CONTENT_MESSAGE_BYTES,
  MAX_MESSAGE_BYTES,
  PAGE_MESSAGE_TYPES,
  contentMessage,
  pageMessage,
  type AnyMessage,
} from '../protocol.ts';
import { CONTENT_ORIGINS, PORTAL_ORIGIN } from '../origins.ts';
import { SECURE_EMAIL_HINT_ID } from '../content/secure-email/rules.ts';

/** The fields of `runtime.MessageSender` we rely on. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: unknown;
}

export type GateResult =
  { ok: true; message: AnyMessage; from: 'content' | 'page'; origin: string } | { ok: false; reason: string };

/** What an Outlook on the web page may send besides its sign-in report: the secure-email hint's two messages. */
function outlookMaySend(m: AnyMessage): boolean {
  if (m.type === 'content:get-page-context') return true;
  return m.type === 'content:dismiss-hint' && m.hintId === SECURE_EMAIL_HINT_ID && m.level === 'never';
}

/**
 * `scheme://host` of a URL. Built by hand because `URL.origin` is "null" for non-web schemes in
 * some engines (moz-extension:, and chrome-extension: outside Chrome).
 */
export function originOfUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

function originOf(sender: MessageSenderLike): string | undefined {
  if (sender.origin && sender.origin !== 'null') return sender.origin;
  return sender.url ? originOfUrl(sender.url) : undefined;
}

function sizeOf(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function checkMessage(
  message: unknown,
  sender: MessageSenderLike,
  self: { runtimeId: string; extensionOrigin: string },
): GateResult {
  if (sender.id !== self.runtimeId) return { ok: false, reason: 'sender is not this extension' };
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') return { ok: false, reason: 'message has no type' };
  const origin = originOf(sender);
  if (!origin) return { ok: false, reason: 'sender has no origin' };

  if (origin === self.extensionOrigin) {
    if (!PAGE_MESSAGE_TYPES.has(type)) return { ok: false, reason: `unknown type ${type}` };
    if (sizeOf(message) > MAX_MESSAGE_BYTES) return { ok: false, reason: 'message too large' };
    const parsed = pageMessage.safeParse(message);
    if (!parsed.success) return { ok: false, reason: `malformed ${type}` };
    return { ok: true, message: parsed.data, from: 'page', origin };
  }

  if (!CONTENT_ORIGINS.has(origin)) return { ok: false, reason: `origin ${origin} not allowed` };
  if (sender.frameId !== 0 || !sender.tab) return { ok: false, reason: 'not from a top-level page' };
  if (!CONTENT_MESSAGE_TYPES.has(type)) return { ok: false, reason: `unknown type ${type}` };
  if (sizeOf(message) > MAX_CONTENT_MESSAGE_BYTES) return { ok: false, reason: 'message too large' };
  const parsed = contentMessage.safeParse(message);
  if (!parsed.success) return { ok: false, reason: `malformed ${type}` };
  // Outlook pages may report a sign-in, and for the secure-email hint ask for the person's hint choices and dismiss
  // that one hint for good (lib/content/secure-email/main.ts); only the portal may report portal sign-ins.
  const m = parsed.data;
  if (m.type === 'content:sign-in-seen') {
    const fromOutlook = origin !== PORTAL_ORIGIN;
    if (fromOutlook !== (m.pageKind === 'outlook-mailbox'))
      return { ok: false, reason: 'page kind does not match origin' };
    if (fromOutlook && !m.account) return { ok: false, reason: 'Outlook sign-ins need an @nhs.net address' };
  } else if (origin !== PORTAL_ORIGIN && !outlookMaySend(m)) {
    return { ok: false, reason: `${type} is only accepted from the portal` };
  }
  return { ok: true, message: m, from: 'content', origin };
}
