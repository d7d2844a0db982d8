/**
 * Zod (mini) schemas for the knowledge base.
 *
 * Every dataset entry extends `Cited`, so an entry without `source` or `reviewed` fails validation.
 * Facts come from the sources registered in docs/sources.md; the unit tests check that every phone number, email address and URL
 * in lib/knowledge appears there verbatim.
 */
import * as z from 'zod/mini';
import { CHECKLIST_STEPS } from './checklist-steps.ts';
import { SECTOR_IDS } from './sector-ids.ts';

// ---------------------------------------------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------------------------------------------

/** Calendar date as 'YYYY-MM-DD' that exists (no 2026-02-30). */
export const IsoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD'),
  z.refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  }, 'Not a real calendar date'),
);

/** A date known only to the year, month or day: '2022', '2022-12' or '2022-12-01'. */
export const PartialIsoDate = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Expected YYYY, YYYY-MM or YYYY-MM-DD'));

/** Lower-case kebab-case identifier. */
export const KebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a kebab-case id'));

/** 24-hour clock time 'HH:MM'. */
export const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:MM'));

/** An https URL without whitespace. */
export const HttpsUrl = z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'Expected an https URL'));

/** A lower-case email address. */
export const Email = z
  .string()
  .check(z.regex(/^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'Expected a lower-case email address'));

/** Seed document id, as registered in docs/sources.md: S000 to S004. */
export const SeedId = z.string().check(z.regex(/^S00[0-4]$/, 'Expected a seed id S000 to S004'));

/** Non-empty, trimmed, single-spaced plain text without exclamation marks. */
export const PlainText = z.string().check(
  z.minLength(1, 'Must not be empty'),
  z.refine((value) => value === value.trim(), 'Must not start or end with spaces'),
  z.refine((value) => !/ {2}/.test(value), 'Must not contain double spaces'),
  z.refine((value) => !value.includes('!'), 'Plain English: no exclamation marks'),
);

// ---------------------------------------------------------------------------------------------------------------
// Citation: every entry has one or more sources and a review date
// ---------------------------------------------------------------------------------------------------------------

/** One source: a seed id ('S002') or an https URL exactly as registered in docs/sources.md, with an optional note. */
export const SourceRef = z.strictObject({
  ref: z.union([SeedId, HttpsUrl]),
  note: z.optional(PlainText),
});

export const SourceList = z.array(SourceRef).check(z.minLength(1, 'At least one source is required'));

/** The base of every knowledge-base entry. */
export const Cited = z.strictObject({
  source: SourceList,
  /** When a person last checked the entry against its sources. */
  reviewed: IsoDate,
});

// ---------------------------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------------------------

// The sector ids live in a zod-free module so that message and storage schemas can use them cheaply.
export { SECTOR_IDS };
export const SectorId = z.enum(SECTOR_IDS);

export const NEED_IDS = [
  'password-locked',
  'account-inactive-deleted',
  'have-account',
  'add-remove-user',
  'apply',
  'ods-code',
  'nhsbsa-code',
  'dspt',
  'egress',
  'mfa',
  'secure-email',
  'long-leave',
  'reset-details',
  'new-name',
  'leaving',
  'shared-mailbox-owner',
] as const;
export const NeedId = z.enum(NEED_IDS);

// ---------------------------------------------------------------------------------------------------------------
// Sectors
// ---------------------------------------------------------------------------------------------------------------

export const DSPT_LEVELS = ['standards-met', 'approaching-standards', 'not-required', 'unknown'] as const;
export const DsptLevel = z.enum(DSPT_LEVELS);

export const AUTH_ROUTE_KINDS = ['nhsbsa-code', 'cqc-ids-or-otp', 'pharmacy-otp', 'individual-otp', 'unknown'] as const;
export const AuthRouteKind = z.enum(AUTH_ROUTE_KINDS);

/** Anchored, upper-case regular expression source, e.g. '^F[A-Z0-9]{4}$'. */
export const AnchoredPattern = z.string().check(
  z.regex(/^\^.+\$$/, 'Pattern must be anchored with ^ and $'),
  z.refine((value) => {
    try {
      new RegExp(value);
      return true;
    } catch {
      return false;
    }
  }, 'Pattern must be a valid regular expression'),
  z.refine((value) => !/[a-z]-[a-z]/.test(value), 'Pattern must match upper-case codes only'),
);

export const OdsRule = z.strictObject({
  /** Regular expression source, anchored, matching the upper-cased code. */
  pattern: AnchoredPattern,
  /** A real example code from the sources. Null where no example was found. */
  example: z.nullable(z.string().check(z.regex(/^[A-Z0-9]{1,9}$/))),
  /** False: the format is not confirmed; warn, never block. */
  confirmed: z.boolean(),
  /** Plain-English hint shown beside the field. */
  hint: PlainText,
});

/** Shared mailbox address template; '{ODS}' stands for the site's ODS code. */
export const SharedMailboxRule = z.strictObject({
  pattern: z.string().check(z.regex(/^[a-z]+\.\{ODS\}@nhs\.net$/, "Expected e.g. 'optometry.{ODS}@nhs.net'")),
  displayNamePattern: z.string().check(z.regex(/\{ODS\}/)),
  confirmed: z.boolean(),
  note: z.optional(PlainText),
});

export const SectorSchema = z.extend(Cited, {
  id: SectorId,
  /** Plain label, e.g. 'Optometry (GOS contractors)'. */
  name: PlainText,
  description: PlainText,
  /** Where NAS-managed users of this sector send requests, in order: the helpdesk first, older routes after. */
  nasContactIds: z.array(KebabId).check(z.minLength(1)),
  dsptLevel: z.strictObject({ level: DsptLevel, label: PlainText }),
  authRoute: z.strictObject({ kind: AuthRouteKind, label: PlainText, description: PlainText }),
  ods: OdsRule,
  /** Null where the sector has no shared mailbox naming rule in the sources. */
  sharedMailbox: z.nullable(SharedMailboxRule),
  usersPerSite: z.strictObject({
    min: z.optional(z.int().check(z.positive())),
    max: z.nullable(z.int().check(z.positive())),
    note: PlainText,
  }),
  /** Sites at or below which NHSmail (through the NAS) is available; above it, the sector uses Egress. */
  maxSites: z.optional(z.int().check(z.positive())),
  /** The sector's registration web address, where one is confirmed. */
  registrationUrl: z.optional(HttpsUrl),
});

// ---------------------------------------------------------------------------------------------------------------
// Contacts
// ---------------------------------------------------------------------------------------------------------------

export const Phone = z.strictObject({
  /** As shown to people, e.g. '0333 200 1133'. */
  display: z.string().check(z.regex(/^0\d{3,4}( \d{3,4}){1,2}$/, 'Expected a UK number like 0333 200 1133')),
  /** Digits only, for tel: links, e.g. '03332001133'. */
  tel: z.string().check(z.regex(/^0\d{9,10}$/, 'Expected 10 or 11 digits starting 0')),
});

export const Hours = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('always') }),
  z.strictObject({
    kind: z.literal('weekdays'),
    open: ClockTime,
    close: ClockTime,
    /** true: closed on bank holidays; 'unknown': the source does not say. */
    excludesBankHolidays: z.union([z.boolean(), z.literal('unknown')]),
  }),
  z.strictObject({ kind: z.literal('unknown') }),
]);

export const CONTACT_STATUSES = ['current', 'older'] as const;
export const ContactStatus = z.enum(CONTACT_STATUSES);

const contactFields = {
  id: KebabId,
  name: PlainText,
  purpose: PlainText,
  phone: z.optional(Phone),
  email: z.optional(Email),
  url: z.optional(HttpsUrl),
  hours: Hours,
  /** The spoken menu, one step per line, for phone contacts. */
  ivr: z.optional(z.array(PlainText).check(z.minLength(1))),
  /** What to have ready before getting in touch. */
  haveReady: z.optional(z.array(PlainText).check(z.minLength(1))),
  needIds: z.array(NeedId),
  sectorIds: z.union([z.literal('all'), z.array(SectorId).check(z.minLength(1))]),
  scope: z.enum(['national', 'local']),
  status: ContactStatus,
  /** Date of the newest source that showed this route; required for older routes. */
  seenDate: z.optional(PartialIsoDate),
  region: z.optional(PlainText),
  note: z.optional(PlainText),
};

function hasAReachableRoute(value: { phone?: unknown; email?: unknown; url?: unknown }): boolean {
  return value.phone !== undefined || value.email !== undefined || value.url !== undefined;
}

export const ContactSchema = z.extend(Cited, contactFields).check(
  z.refine(hasAReachableRoute, 'A contact needs a phone number, an email address or a URL'),
  z.refine((c) => c.status !== 'older' || c.seenDate !== undefined, 'An older route needs its seenDate'),
  z.refine((c) => (c.scope === 'local') === (c.region !== undefined), 'Local contacts, and only they, have a region'),
  z.refine(
    (c) => c.phone === undefined || c.phone.tel === c.phone.display.replaceAll(' ', ''),
    'tel must be the display number without spaces',
  ),
);

/**
 * A regional or local contact: the shape a later import feature can reuse.
 * Ids are optional so an importer can assign them.
 */
export const LocalContactSchema = z
  .extend(Cited, {
    id: z.optional(KebabId),
    region: PlainText,
    name: PlainText,
    purpose: PlainText,
    phone: z.optional(Phone),
    email: z.optional(Email),
    url: z.optional(HttpsUrl),
    seenDate: z.optional(PartialIsoDate),
    note: z.optional(PlainText),
  })
  .check(z.refine(hasAReachableRoute, 'A contact needs a phone number, an email address or a URL'));

// ---------------------------------------------------------------------------------------------------------------
// Needs ("what do you need help with?")
// ---------------------------------------------------------------------------------------------------------------

export const NeedSchema = z.extend(Cited, {
  id: NeedId,
  /** Plain title, e.g. 'Forgotten password or locked out'. */
  title: PlainText,
  /** Lower-case words and phrases people type when looking for this, for search. */
  synonyms: z
    .array(z.string().check(z.regex(/^[a-z0-9][a-z0-9 .'/-]*[a-z0-9]$/, 'Synonyms are lower-case')))
    .check(z.minLength(1)),
  /** One or two plain-English sentences. */
  answer: PlainText,
  steps: z.array(PlainText).check(z.minLength(1)),
  /** Contacts in the order to try them. */
  contactIds: z.array(KebabId),
  /** Extra lines that apply only to one sector. */
  sectorNotes: z.optional(z.partialRecord(SectorId, PlainText)),
  /** Sectors the need applies to; 'all' when it is general. */
  sectorIds: z.union([z.literal('all'), z.array(SectorId).check(z.minLength(1))]),
});

// ---------------------------------------------------------------------------------------------------------------
// Policy
// ---------------------------------------------------------------------------------------------------------------

export const InactivityPolicySchema = z.extend(Cited, {
  id: KebabId,
  effectiveFrom: z.nullable(IsoDate),
  effectiveUntil: z.nullable(IsoDate),
  /** Days since the last activity when the account becomes inactive. */
  inactiveAfterDays: z.int().check(z.positive()),
  /** Days since the last activity when the account is deleted (restorable). */
  deletedAfterDays: z.int().check(z.positive()),
  /** Days since the last activity when the account can no longer be restored. Null where no source settles it. */
  goneAfterDays: z.nullable(z.int().check(z.positive())),
  note: PlainText,
});

export const RetentionRuleSchema = z.extend(Cited, {
  id: KebabId,
  label: PlainText,
  /** How long, in the unit given. */
  amount: z.int().check(z.positive()),
  unit: z.enum(['days', 'months']),
  description: PlainText,
});

export const PasswordPolicySchema = z.extend(Cited, {
  id: KebabId,
  effectiveFrom: IsoDate,
  minLength: z.int().check(z.positive()),
  historyCount: z.int().check(z.positive()),
  validDays: z.int().check(z.positive()),
  noName: z.boolean(),
  noSpaces: z.boolean(),
  /** Days before expiry when a reminder email is sent. */
  reminderDaysBefore: z.array(z.int().check(z.positive())),
  rules: z.array(PlainText).check(z.minLength(1)),
});

export const RestrictedPasswordPolicySchema = z.extend(Cited, {
  id: KebabId,
  effectiveFrom: IsoDate,
  minLength: z.int().check(z.positive()),
  validDays: z.int().check(z.positive()),
  persistentSessions: z.boolean(),
  reauthenticateEveryHours: z.int().check(z.positive()),
  appliesTo: PlainText,
  note: PlainText,
});

export const MfaEventSchema = z.extend(Cited, {
  id: KebabId,
  date: IsoDate,
  /** How to show the date when it is approximate, e.g. 'w/c 29 July 2024'. */
  dateLabel: PlainText,
  weekCommencing: z.boolean(),
  title: PlainText,
  detail: PlainText,
  /** docs/sources.md weight for the strongest source of this event. */
  sourceWeight: z.enum(['official', 'sector', 'tertiary']),
  snoozeDays: z.optional(z.int().check(z.positive())),
});

export const ActivityKindSchema = z.extend(Cited, {
  id: KebabId,
  /** Official wording. */
  officialLabel: PlainText,
  /** Plain wording for the UI. */
  label: PlainText,
});

export const RestoreRouteSchema = z.extend(Cited, {
  id: KebabId,
  withinDaysOfDeletion: z.int().check(z.positive()),
  who: PlainText,
  sendFrom: PlainText,
  contactIds: z.array(KebabId).check(z.minLength(1)),
  include: z.array(PlainText).check(z.minLength(1)),
  ifNotRestorable: PlainText,
  sectorNotes: z.partialRecord(SectorId, PlainText),
});

// ---------------------------------------------------------------------------------------------------------------
// Checklists
// ---------------------------------------------------------------------------------------------------------------

export { CHECKLIST_STEPS };
export const ChecklistStep = z.enum(CHECKLIST_STEPS);

export const ChecklistItemSchema = z.extend(Cited, {
  id: KebabId,
  sectorIds: z.array(SectorId).check(z.minLength(1)),
  step: ChecklistStep,
  /** Checkbox text. */
  label: PlainText,
  detail: PlainText,
  severity: z.enum(['must', 'advice']),
  link: z.optional(z.strictObject({ url: HttpsUrl, text: PlainText })),
});

// ---------------------------------------------------------------------------------------------------------------
// Bank holidays
// ---------------------------------------------------------------------------------------------------------------

export const BankHolidayTableSchema = z.extend(Cited, {
  id: KebabId,
  region: z.literal('england-and-wales'),
  /** First and last dates the table covers. Outside this range the table says nothing. */
  coversFrom: IsoDate,
  coversTo: IsoDate,
  holidays: z.array(z.strictObject({ date: IsoDate, name: PlainText, substitute: z.boolean() })).check(z.minLength(1)),
  note: PlainText,
});

// ---------------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------------

/** Deeply read-only version of a type, so `as const` data can satisfy the schema input types. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

export type SourceRef = z.infer<typeof SourceRef>;
export type Cited = z.infer<typeof Cited>;
export type SectorId = z.infer<typeof SectorId>;
export type NeedId = z.infer<typeof NeedId>;
export type DsptLevel = z.infer<typeof DsptLevel>;
export type AuthRouteKind = z.infer<typeof AuthRouteKind>;
export type Hours = z.infer<typeof Hours>;
export type Phone = z.infer<typeof Phone>;
export type ChecklistStep = z.infer<typeof ChecklistStep>;

export type Sector = z.infer<typeof SectorSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type LocalContact = z.infer<typeof LocalContactSchema>;
export type Need = z.infer<typeof NeedSchema>;
export type InactivityPolicy = z.infer<typeof InactivityPolicySchema>;
export type RetentionRule = z.infer<typeof RetentionRuleSchema>;
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>;
export type RestrictedPasswordPolicy = z.infer<typeof RestrictedPasswordPolicySchema>;
export type MfaEvent = z.infer<typeof MfaEventSchema>;
export type ActivityKind = z.infer<typeof ActivityKindSchema>;
export type RestoreRoute = z.infer<typeof RestoreRouteSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type BankHolidayTable = z.infer<typeof BankHolidayTableSchema>;

/** Input types for `as const satisfies` on the data files. */
export type SectorInput = DeepReadonly<z.input<typeof SectorSchema>>;
export type ContactInput = DeepReadonly<z.input<typeof ContactSchema>>;
export type LocalContactInput = DeepReadonly<z.input<typeof LocalContactSchema>>;
export type NeedInput = DeepReadonly<z.input<typeof NeedSchema>>;
export type InactivityPolicyInput = DeepReadonly<z.input<typeof InactivityPolicySchema>>;
export type RetentionRuleInput = DeepReadonly<z.input<typeof RetentionRuleSchema>>;
export type PasswordPolicyInput = DeepReadonly<z.input<typeof PasswordPolicySchema>>;
export type RestrictedPasswordPolicyInput = DeepReadonly<z.input<typeof RestrictedPasswordPolicySchema>>;
export type MfaEventInput = DeepReadonly<z.input<typeof MfaEventSchema>>;
export type ActivityKindInput = DeepReadonly<z.input<typeof ActivityKindSchema>>;
export type RestoreRouteInput = DeepReadonly<z.input<typeof RestoreRouteSchema>>;
export type ChecklistItemInput = DeepReadonly<z.input<typeof ChecklistItemSchema>>;
export type BankHolidayTableInput = DeepReadonly<z.input<typeof BankHolidayTableSchema>>;
