/**
 * Every message the extension sends, declared once. Names say which way a message travels:
 * `content:*` comes from a content script on a web page (untrusted until the gate in
 * lib/background/gate.ts has checked it), `page:*` from our own extension pages (popup, options,
 * welcome). Only the background answers, and only the background writes storage (docs/decisions.md
 * D2). Each message type's reply type is declared here too, in `Replies`.
 */
import * as z from 'zod/mini';
import { SECTOR_IDS } from './knowledge/sector-ids.ts';
import type { ExportFile } from './background/backup.ts';
import type { Settings, SignInRecord, StorageProblem } from './background/storage.ts';
import type { RegistrationKnowledge } from './content/kit/registration-facts.ts';
import type { RegistrationWords } from './content/registration/words.ts';
import type { LifecycleStatus } from './lifecycle.ts';
import type { LocalDirectory } from './local-directory.ts';
import type { ManagedView } from './background/managed.ts';

/** Largest serialised message we accept; the biggest legitimate one is a backup restore. */
export const MAX_MESSAGE_BYTES = 1024 * 1024 + 1024;
/** Content scripts only ever send small messages. */
export const MAX_CONTENT_MESSAGE_BYTES = 4 * 1024;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** A personal NHSmail address, already lower-cased by the sender; the gate re-checks it. */
export const nhsNetAddress = z
  .string()
  .check(z.maxLength(254), z.regex(/^[a-z0-9](?:[a-z0-9._'+-]{0,62}[a-z0-9])?@nhs\.net$/));
const sectorId = z.enum(SECTOR_IDS);
const shortText = z.string().check(z.maxLength(200));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

export const PAGE_KINDS = ['portal-signed-in', 'outlook-mailbox'] as const;
/** The portal pages a hint exists for; the content script detects them, the background picks the hint. */
export const HINT_PAGE_KINDS = ['sign-in', 'password-change', 'mfa-enrolment', 'shared-mailbox'] as const;
export type HintPageKind = (typeof HINT_PAGE_KINDS)[number];

export const ContentToBackground = {
  /** A page showed a signed-in NHSmail session. */
  SignInSeen: z.object({
    type: z.literal('content:sign-in-seen'),
    account: z.optional(nhsNetAddress),
    pageKind: z.enum(PAGE_KINDS),
  }),
  /**
   * A portal page showed some signs of a session but not enough to count, or a sign-in trap
   * (docs/decisions.md D24): the popup asks the person. Carries nothing from the page.
   */
  SignInUnsure: z.object({ type: z.literal('content:sign-in-unsure') }),
  /** The person asked the popup for this page's layout report: the words it may keep (lib/layout-words.ts). */
  GetLayoutWords: z.object({ type: z.literal('content:get-layout-words') }),
  /** The content script wants what it needs to render hints: settings, ticks, dismissals. */
  GetPageContext: z.object({ type: z.literal('content:get-page-context') }),
  SetChecklistTick: z.object({
    type: z.literal('content:set-checklist-tick'),
    sector: sectorId,
    itemId: id,
    ticked: z.boolean(),
  }),
  ClearChecklist: z.object({ type: z.literal('content:clear-checklist'), sector: sectorId }),
  /** A portal page is one a hint exists for: which hint, if any, shows (settings and dismissals decide). */
  GetPageHint: z.object({
    type: z.literal('content:get-page-hint'),
    kind: z.enum(HINT_PAGE_KINDS),
    /** Hints the person hid for this page view ("Not now"). */
    notNow: z.array(id).check(z.maxLength(8)),
  }),
  DismissHint: z.object({
    type: z.literal('content:dismiss-hint'),
    hintId: id,
    level: z.enum(['never', 'wrong']),
    /** A short hash of the page layout, so "this is wrong for me" reports can be grouped. */
    fingerprint: z.optional(z.string().check(z.maxLength(64))),
  }),
} as const;

export const PageToBackground = {
  GetStatus: z.object({ type: z.literal('page:get-status') }),
  RecordUseToday: z.object({
    type: z.literal('page:record-use-today'),
    account: z.optional(z.string().check(z.maxLength(254))),
  }),
  RecordLastSignInDate: z.object({
    type: z.literal('page:record-last-sign-in-date'),
    date: isoDate,
    account: z.optional(z.string().check(z.maxLength(254))),
    /** The person confirmed that a typed date earlier than a sign-in the extension saw should replace it. */
    replaceSeen: z.optional(z.boolean()),
  }),
  /** Puts back the record as it was before the person's last change (a typed date or "I used NHSmail today"). */
  UndoSignInChange: z.object({
    type: z.literal('page:undo-sign-in-change'),
    account: z.optional(z.string().check(z.maxLength(254))),
  }),
  SaveSettings: z.object({
    type: z.literal('page:save-settings'),
    settings: z.record(z.string().check(z.maxLength(40)), z.unknown()),
  }),
  /** Sent after the user grants or removes an optional permission, so the worker re-checks. */
  PermissionsChanged: z.object({ type: z.literal('page:permissions-changed') }),
  ImportLocalContacts: z.object({ type: z.literal('page:import-local-contacts'), file: z.unknown() }),
  ExportAll: z.object({ type: z.literal('page:export-all') }),
  /** Restore from an "Export everything" file: the file's text, checked whole before anything is written. */
  ImportBackup: z.object({ type: z.literal('page:import-backup'), text: z.string().check(z.maxLength(1_000_000)) }),
  EraseAll: z.object({ type: z.literal('page:erase-all'), confirm: z.literal('erase') }),
  SetChecklistTick: z.object({
    type: z.literal('page:set-checklist-tick'),
    sector: sectorId,
    itemId: id,
    ticked: z.boolean(),
  }),
  DismissNotice: z.object({ type: z.literal('page:dismiss-notice'), key: shortText }),
} as const;

const C = ContentToBackground;
const P = PageToBackground;
export const contentMessage = z.discriminatedUnion('type', [
  C.SignInSeen,
  C.SignInUnsure,
  C.GetLayoutWords,
  C.GetPageContext,
  C.SetChecklistTick,
  C.ClearChecklist,
  C.GetPageHint,
  C.DismissHint,
]);
export const pageMessage = z.discriminatedUnion('type', [
  P.GetStatus,
  P.RecordUseToday,
  P.RecordLastSignInDate,
  P.UndoSignInChange,
  P.SaveSettings,
  P.PermissionsChanged,
  P.ImportLocalContacts,
  P.ExportAll,
  P.ImportBackup,
  P.EraseAll,
  P.SetChecklistTick,
  P.DismissNotice,
]);

export type ContentMessage = z.infer<typeof contentMessage>;
export type PageMessage = z.infer<typeof pageMessage>;
export type AnyMessage = ContentMessage | PageMessage;
export type MessageType = AnyMessage['type'];

function typesOf(
  group: Record<string, { shape: { type: { def: { values: readonly unknown[] } } } }>,
): ReadonlySet<string> {
  return new Set(Object.values(group).map((schema) => String(schema.shape.type.def.values[0])));
}

/** The allow-lists the gate checks before parsing anything. */
export const CONTENT_MESSAGE_TYPES = typesOf(ContentToBackground);
export const PAGE_MESSAGE_TYPES = typesOf(PageToBackground);

/** Every reply has this envelope so a caller can tell "refused" from "answered". */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export function replyOk<T>(data: T): Reply<T> {
  return { ok: true, data };
}

export function replyError(error: string): Reply<never> {
  return { ok: false, error };
}

/** One signed-in account as the popup and pages show it. */
export interface AccountView {
  /** '' when the address was never visible. */
  account: string;
  record: SignInRecord;
  status: LifecycleStatus;
}

/** Everything an extension page shows, recomputed from storage and the clock on every request. */
export interface StatusView {
  now: number;
  today: string;
  accounts: AccountView[];
  settings: Settings;
  problems: StorageProblem[];
  permissions: { notifications: boolean; outlook: boolean };
  /** The imported local directory file (publisher, date, contacts with their sources), or null. */
  localContacts: LocalDirectory | null;
  /**
   * When a portal page today left the sign-in undecided (docs/decisions.md D24) and nothing was recorded
   * since: the background's clock at that report. Absent otherwise.
   */
  unsureSignInAt?: number;
  /**
   * Present only when an organisation's policy applies (lib/background/managed.ts): which settings it sets (shown as
   * "Set by your organisation", not editable), whether it provides the local contacts, and what it tried to set
   * that was ignored, with why.
   */
  managed?: ManagedView;
}

/** What a content script may know: no dates, no accounts, nothing it does not need to render. */
export interface PageContext {
  settings: Pick<Settings, 'sector' | 'odsCode' | 'hintsEnabled'>;
  ticks: Record<string, string[]>;
  dismissedHints: string[];
  /** Only in the reply to content:get-page-context: what the registration page shows. */
  registration?: RegistrationKnowledge;
  /** Only there too: the registration page's words for its hints, check and steps. */
  registrationWords?: RegistrationWords;
}

/** A piece of a hint's text. Every string comes from lib/knowledge. */
export type HintBlock =
  | { kind: 'p'; text: string }
  | { kind: 'list'; title?: string; items: readonly string[] }
  | { kind: 'call'; text: string; display: string; tel: string; after: string }
  /** The live rule check on the page's new-password field; only the password-rules hint has it. */
  | { kind: 'password-checks'; rows: readonly PasswordRow[]; numbers: PasswordNumbers };

/** One row of the live password check: its words and the check that decides it, or null for "not checked here". */
export interface PasswordRow {
  label: string;
  check: 'longEnough' | 'noSpaces' | 'restrictedLongEnough' | null;
}

export interface PasswordNumbers {
  minLength: number;
  noSpaces: boolean;
  /** The restricted policy's minimum, for people without MFA. */
  restrictedMinLength: number;
}

/** A hint's words, as its rule holds them (lib/background/page-hints): the background builds what is shown. */
export interface HintView {
  id: string;
  kind: HintPageKind;
  title: string;
  /** Shown first, also when the hint is collapsed. */
  summary: string;
  blocks: readonly HintBlock[];
}

/** The elements a shown hint may be built of; lib/content/kit/reply-guards.ts refuses any other. */
export type HintTag = 'div' | 'p' | 'h2' | 'h3' | 'ul' | 'li' | 'span' | 'a' | 'button';

/** One element of a shown hint, with its attributes (each set as text) and its children (text stays text). */
export interface HintElement {
  tag: HintTag;
  attrs?: Record<string, string>;
  children?: readonly (HintElement | string)[];
}

/**
 * A page hint as the page gets it (docs/decisions.md D31): its element tree, built by the background from the
 * hint's words, with its style sheet; the content script builds the elements, without a renderer of its own.
 * Buttons carry `data-action` (toggle, not-now, never, wrong); the live password rows carry `data-check`.
 */
export interface ShownHint {
  id: string;
  kind: HintPageKind;
  /** Our own style sheet, set as a style element's text in the hint's shadow root. */
  sheet: string;
  root: HintElement;
  /** The policy numbers for the live password check, on the change-password hint only. */
  password?: PasswordNumbers;
}

/** Sent with a hint only, so ordinary portal pages never carry a hint's words, structure or styles. */
export interface PageHintReply {
  hint: ShownHint | null;
}

/** The reply to a sign-in report: content scripts learn only that it was taken. */
export interface SignInAck {
  recorded: true;
}

/**
 * The other way round: the popup asks the portal script in the active tab (tabs.sendMessage) for its page's layout
 * report (lib/content/kit/layout-report.ts); the script answers only our own extension pages. `ping` only asks
 * whether there is a portal script there: it answers at once with an empty report, without reading the page.
 * Otherwise the script asks the background for the words the report may keep (content:get-layout-words), so that
 * neither it nor the popup carries the list.
 */
export interface LayoutReportRequest {
  type: 'page:get-layout-report';
  ping?: true;
}

export interface LayoutWordsReply {
  words: readonly string[];
}

export interface LayoutReportReply {
  report: string;
}

/**
 * What each message type is answered with, beside the messages themselves. Senders get this type
 * from the message they send; no caller chooses a reply type.
 */
export interface Replies {
  'content:sign-in-seen': SignInAck;
  'content:sign-in-unsure': SignInAck;
  'content:get-layout-words': LayoutWordsReply;
  'content:get-page-context': PageContext;
  'content:set-checklist-tick': PageContext;
  'content:clear-checklist': PageContext;
  'content:dismiss-hint': PageContext;
  'content:get-page-hint': PageHintReply;
  'page:get-status': StatusView;
  'page:record-use-today': StatusView;
  'page:record-last-sign-in-date': StatusView;
  'page:undo-sign-in-change': StatusView;
  'page:save-settings': StatusView;
  'page:permissions-changed': StatusView;
  'page:import-local-contacts': StatusView;
  'page:export-all': ExportFile;
  'page:import-backup': StatusView;
  'page:erase-all': StatusView;
  'page:set-checklist-tick': PageContext;
  'page:dismiss-notice': StatusView;
}

export type MessageOf<K extends MessageType> = Extract<AnyMessage, { type: K }>;
export type ReplyTo<M extends AnyMessage> = Reply<Replies[M['type']]>;
/** Page messages answered with a fresh status (the pages keep the newest one). */
export type StatusMessage = {
  [K in PageMessage['type']]: Replies[K] extends StatusView ? MessageOf<K> : never;
}[PageMessage['type']];
/** The background's handlers: one per message type, each returning exactly its declared reply. */
export type Handlers = { [K in MessageType]: (message: MessageOf<K>) => Promise<Reply<Replies[K]>> };
