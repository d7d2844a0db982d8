/**
 * Checks on replies as they cross into a content script. The background is trusted, but a reply
 * that does not have the declared shape (a stale worker after an update, a bug) must be refused
 * here rather than rendered. Hand-written rather than zod: content scripts carry no zod
 * (docs/decisions.md, budgets).
 */
import type { LayoutWordsReply, PageContext, PageHintReply, Replies, SignInAck } from '../../protocol.ts';
import type { ContentMessage } from '../../protocol.ts';

export type Guard<T> = (value: unknown) => value is T;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isOptional =
  <T>(guard: Guard<T>) =>
  (value: unknown) =>
    value === undefined || guard(value);

function isSector(value: unknown): boolean {
  if (!isRecord(value) || !isString(value.id) || !isString(value.name) || !isRecord(value.ods)) return false;
  const ods = value.ods;
  return isString(ods.pattern) && typeof ods.confirmed === 'boolean' && isString(ods.hint);
}

function isChecklistItem(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { id, sectorIds, step, label, detail, severity, link } = value;
  return (
    isString(id) &&
    isStringArray(sectorIds) &&
    isString(step) &&
    isString(label) &&
    isString(detail) &&
    (severity === 'must' || severity === 'advice') &&
    (link === undefined || (isRecord(link) && isString(link.url) && isString(link.text)))
  );
}

function isRegistration(value: unknown): boolean {
  return (
    isRecord(value) &&
    isStringArray(value.steps) &&
    Array.isArray(value.sectors) &&
    value.sectors.every(isSector) &&
    Array.isArray(value.checklist) &&
    value.checklist.every(isChecklistItem)
  );
}

/** Settings, ticks and dismissals. Replies to ticks and dismissals carry no registration knowledge. */
export const isPageContext: Guard<PageContext> = (value): value is PageContext => {
  if (!isRecord(value) || !isRecord(value.settings) || !isRecord(value.ticks)) return false;
  const { sector, odsCode, hintsEnabled } = value.settings;
  return (
    isOptional(isString)(sector) &&
    isOptional(isString)(odsCode) &&
    typeof hintsEnabled === 'boolean' &&
    Object.values(value.ticks).every(isStringArray) &&
    isStringArray(value.dismissedHints) &&
    value.registration === undefined
  );
};

/** The reply to content:get-page-context: the page context with what the registration page shows. */
export const isRegistrationPageContext: Guard<PageContext> = (value): value is PageContext =>
  isRecord(value) && isPageContext({ ...value, registration: undefined }) && isRegistration(value.registration);

const HINT_TAGS = ['div', 'p', 'h2', 'h3', 'ul', 'li', 'span', 'a', 'button'];
/** Attributes a hint element may have: none that runs code, loads anything or leaves the page (only tel: links). */
const HINT_ATTRIBUTE = /^(class|id|role|type|aria-(label|live|controls|expanded)|data-[a-z-]+)$/;
const TEL = /^tel:\+?\d+$/;

/** A hint's element tree: elements off the short lists, and trees deeper than a hint needs, are refused. */
function isHintNode(value: unknown, depth = 0): boolean {
  if (isString(value)) return true;
  if (!isRecord(value) || depth > 12 || !HINT_TAGS.includes(value.tag as string)) return false;
  const { attrs = {}, children = [] } = value;
  return (
    isRecord(attrs) &&
    Object.entries(attrs).every(
      ([name, v]) => isString(v) && (HINT_ATTRIBUTE.test(name) || (name === 'href' && TEL.test(v))),
    ) &&
    Array.isArray(children) &&
    children.every((child) => isHintNode(child, depth + 1))
  );
}

function isPasswordNumbers(n: unknown): boolean {
  return (
    isRecord(n) &&
    typeof n.minLength === 'number' &&
    typeof n.noSpaces === 'boolean' &&
    typeof n.restrictedMinLength === 'number'
  );
}

export const isPageHintReply: Guard<PageHintReply> = (value): value is PageHintReply => {
  if (!isRecord(value)) return false;
  const hint = value.hint;
  if (hint === null) return true;
  return (
    isRecord(hint) &&
    isString(hint.id) &&
    isString(hint.kind) &&
    isString(hint.sheet) &&
    isRecord(hint.root) &&
    isHintNode(hint.root) &&
    (hint.password === undefined || isPasswordNumbers(hint.password))
  );
};

export const isSignInAck: Guard<SignInAck> = (value): value is SignInAck => isRecord(value) && value.recorded === true;

export const isLayoutWordsReply: Guard<LayoutWordsReply> = (value): value is LayoutWordsReply =>
  isRecord(value) && isStringArray(value.words);

/** One guard per content message type, keyed like `Replies`. */
export const CONTENT_REPLY_GUARDS: { [K in ContentMessage['type']]: Guard<Replies[K]> } = {
  'content:sign-in-seen': isSignInAck,
  'content:sign-in-unsure': isSignInAck,
  'content:get-layout-words': isLayoutWordsReply,
  'content:get-page-context': isRegistrationPageContext,
  'content:set-checklist-tick': isPageContext,
  'content:clear-checklist': isPageContext,
  'content:dismiss-hint': isPageContext,
  'content:get-page-hint': isPageHintReply,
};
