/**
 * Every stored item, declared once: key, schema version, zod schema, defaults and migrations.
 *
 * Why not WXT's `storage.defineItem` versioning: it migrates as a side effect of evaluating the
 * module in every context, only logs a downgrade, and hands back values unvalidated. We need the
 * opposite (docs/decisions.md check 10): migrations run in the background only, a corrupt value is
 * replaced by defaults *with a visible notice and the raw value kept for export*, and a value
 * written by a newer version of the extension is refused and never overwritten.
 *
 * Each value is stored as an envelope `{ v, data }` under its key. Only the background imports
 * this module (decision 2: one writer).
 */
import * as z from 'zod/mini';
import { SECTOR_IDS } from '../knowledge/sector-ids.ts';
import { REMINDER_STAGES, type ReminderStage } from '../lifecycle.ts';
import { localDirectorySchema, type LocalDirectory } from '../local-directory.ts';

/** The subset of `storage.local` we use; lib/background/main.ts supplies the real one, tests a fake. */
export interface StorageArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface ItemDefinition<T> {
  key: string;
  version: number;
  schema: z.ZodMiniType<T>;
  defaults: () => T;
  /** `migrations[n]` turns data of version n − 1 into version n. */
  migrations: Record<number, (old: unknown) => unknown>;
}

export type StorageProblemKind = 'corrupt' | 'newer-version';

export interface StorageProblem {
  key: string;
  kind: StorageProblemKind;
  message: string;
}

export interface ReadResult<T> {
  value: T;
  problem?: StorageProblem;
  /** Settles once a write the read scheduled (migration write-back, quarantine) is done. */
  written?: Promise<void>;
}

/**
 * Runs storage writes one after another. The background has exactly one (docs/decisions.md D2);
 * every write goes through it, including the ones a read makes (migration write-back, quarantine).
 */
export type Writer = <T>(task: () => Promise<T>) => Promise<T>;

export function serialWriter(): Writer {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    // Each task runs after every earlier one, whatever they did, so writes never interleave.
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  };
}

/** For a scratch area nobody else writes (checking a restore file): runs the task at once. */
export const immediateWriter: Writer = (task) => task();

/** Queues a write a read needs, without making the read wait for it (a read may run inside a write). */
function scheduleWrite(writer: Writer, task: () => Promise<void>): Promise<void> {
  return writer(task).catch((error: unknown) => console.warn('NHSmail Companion: a storage write failed', error));
}

const envelope = z.object({ v: z.int().check(z.positive()), data: z.unknown() });

/** Where a corrupt value is parked so that nothing the user had is lost; exported with the rest. */
export const QUARANTINE_PREFIX = 'quarantine:';

export class StorageRefusedError extends Error {
  constructor(readonly key: string) {
    super(
      `Your saved ${key} were written by a newer version of NHSmail Companion. Update the extension; nothing has been changed.`,
    );
  }
}

function describeIssues(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'value'}: ${i.message}`)
    .join('; ');
}

/**
 * Reads, migrates and validates one item. Never throws for bad data: the caller always gets a
 * usable value, and a problem to show when the stored data could not be used.
 */
export async function readItem<T>(
  area: StorageArea,
  item: ItemDefinition<T>,
  writer: Writer = immediateWriter,
): Promise<ReadResult<T>> {
  const stored = (await area.get([item.key]))[item.key];
  if (stored === undefined) return { value: item.defaults() };
  const wrapped = envelope.safeParse(stored);
  if (!wrapped.success) return corrupt(area, item, writer, stored, 'it is not in the expected format');
  const { v, data } = wrapped.data;
  if (v > item.version) {
    return {
      value: item.defaults(),
      problem: { key: item.key, kind: 'newer-version', message: new StorageRefusedError(item.key).message },
    };
  }
  let migrated: unknown = data;
  try {
    for (let next = v + 1; next <= item.version; next++) {
      const step = item.migrations[next];
      if (!step) throw new Error(`no migration to version ${next}`);
      migrated = step(migrated);
    }
  } catch (error) {
    return corrupt(area, item, writer, stored, `it could not be upgraded (${String(error)})`);
  }
  const parsed = item.schema.safeParse(migrated);
  if (!parsed.success) return corrupt(area, item, writer, stored, describeIssues(parsed.error));
  if (v === item.version) return { value: parsed.data };
  const written = scheduleWrite(writer, async () => {
    // Write the upgraded copy back only if nothing has replaced the old one meanwhile.
    const now = envelope.safeParse((await area.get([item.key]))[item.key]);
    if (now.success && now.data.v === v) await area.set({ [item.key]: { v: item.version, data: parsed.data } });
  });
  return { value: parsed.data, written };
}

function corrupt<T>(
  area: StorageArea,
  item: ItemDefinition<T>,
  writer: Writer,
  raw: unknown,
  why: string,
): ReadResult<T> {
  const quarantineKey = QUARANTINE_PREFIX + item.key;
  const written = scheduleWrite(writer, async () => {
    // Keep the first raw copy: a later corrupt value must not overwrite the evidence.
    const existing = (await area.get([quarantineKey]))[quarantineKey];
    if (existing === undefined) await area.set({ [quarantineKey]: { at: Date.now(), raw } });
  });
  return {
    written,
    value: item.defaults(),
    problem: {
      key: item.key,
      kind: 'corrupt',
      message: `Your saved ${item.key} could not be read (${why}). We started again from defaults and kept the old data: use Export to save a copy.`,
    },
  };
}

/** Writes one item, refusing to overwrite data from a newer version of the extension. */
export async function writeItem<T>(area: StorageArea, item: ItemDefinition<T>, value: T): Promise<void> {
  const stored = (await area.get([item.key]))[item.key];
  const wrapped = envelope.safeParse(stored);
  if (wrapped.success && wrapped.data.v > item.version) throw new StorageRefusedError(item.key);
  const parsed = item.schema.safeParse(value);
  if (!parsed.success) throw new Error(`Refusing to save invalid ${item.key}: ${describeIssues(parsed.error)}`);
  await area.set({ [item.key]: { v: item.version, data: parsed.data } });
  // A successful write supersedes a corrupt value; the quarantined copy stays until erased.
}

// ---------------------------------------------------------------------------------------------
// The items
// ---------------------------------------------------------------------------------------------

const epochMs = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));

export const SIGN_IN_SOURCES = ['portal', 'outlook', 'manual-today', 'manual-date'] as const;
export type SignInSource = (typeof SIGN_IN_SOURCES)[number];

const signInFields = {
  /** When the account was last used, as far as we know: a lower bound (decision 7). */
  lastActivityAt: epochMs,
  source: z.enum(SIGN_IN_SOURCES),
  /** The background's own clock when it wrote this record. */
  recordedAt: epochMs,
};
/** A record as it was before the last change the person made, kept so that change can be undone. */
export const previousSignIn = z.object(signInFields);
export type PreviousSignIn = z.infer<typeof previousSignIn>;
/** `'none'`: the last change created the record, so undoing it removes the record. */
export const NO_EARLIER_RECORD = 'none';

export const signInRecord = z.object({
  ...signInFields,
  /** What a change the person made replaced; null when there is nothing to undo. */
  previous: z.nullable(z.union([previousSignIn, z.literal(NO_EARLIER_RECORD)])),
});
export type SignInRecord = z.infer<typeof signInRecord>;

/**
 * Records per account. The key is the lower-case @nhs.net address, or '' for "the account used in
 * this browser" when no address was visible.
 */
export const UNNAMED_ACCOUNT = '';
const signInsSchema = z.object({
  accounts: z.record(z.string().check(z.maxLength(254)), signInRecord),
});
export type SignIns = z.infer<typeof signInsSchema>;

export const signInsItem: ItemDefinition<SignIns> = {
  key: 'signIns',
  version: 3,
  schema: signInsSchema,
  defaults: () => ({ accounts: {} }),
  migrations: {
    // Version 1 (the first prototype) kept a single record for the browser's account.
    2: (old) => {
      const v1 = z.object({ lastSignInAt: epochMs, recordedAt: z.optional(epochMs) }).parse(old);
      return {
        accounts: {
          [UNNAMED_ACCOUNT]: {
            lastActivityAt: v1.lastSignInAt,
            source: 'portal',
            recordedAt: v1.recordedAt ?? v1.lastSignInAt,
          },
        },
      };
    },
    // Version 3 keeps what the person's last change replaced, so it can be undone; older records
    // have nothing to undo.
    // The schema then checks each record, so a bad version 2 value is reported as it was before.
    3: (old) => {
      const accounts = (old as { accounts?: unknown } | null)?.accounts;
      if (!accounts || typeof accounts !== 'object') return old;
      return {
        accounts: Object.fromEntries(
          Object.entries(accounts).map(([account, record]) => [
            account,
            record && typeof record === 'object' ? { ...record, previous: null } : record,
          ]),
        ),
      };
    },
  },
};

export type { ReminderStage };

/** Per account: which reminders were sent for the activity that started the current countdown. */
const remindersSchema = z.record(
  z.string().check(z.maxLength(254)),
  z.object({ forActivityAt: epochMs, sent: z.array(z.enum(REMINDER_STAGES)) }),
);
export type RemindersSent = z.infer<typeof remindersSchema>;

export const remindersItem: ItemDefinition<RemindersSent> = {
  key: 'reminders',
  version: 1,
  schema: remindersSchema,
  defaults: () => ({}),
  migrations: {},
};

export const ROLES = ['owner', 'member', 'locum'] as const;
export type Role = (typeof ROLES)[number];

export const settingsSchema = z.object({
  sector: z.optional(z.enum(SECTOR_IDS)),
  odsCode: z.optional(z.string().check(z.regex(/^[A-Z0-9]{1,9}$/))),
  role: z.optional(z.enum(ROLES)),
  remindersEnabled: z.boolean(),
  /** How many days before each deadline the "coming up" reminder is sent. */
  reminderDaysAhead: z.int().check(z.gte(1), z.lte(21)),
  hintsEnabled: z.boolean(),
  /** Set once the welcome page has been finished or skipped. */
  welcomeDone: z.boolean(),
  /** A yearly reminder some weeks before the DSPT's 30 June deadline (lib/dspt.ts); off unless turned on. */
  dsptReminder: z.optional(z.boolean()),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  remindersEnabled: true,
  reminderDaysAhead: 7,
  hintsEnabled: true,
  welcomeDone: false,
  dsptReminder: false,
};

export const settingsItem: ItemDefinition<Settings> = {
  key: 'settings',
  version: 2,
  schema: settingsSchema,
  defaults: () => ({ ...DEFAULT_SETTINGS }),
  migrations: {
    // Version 2 added the DSPT reminder, off for everyone who had settings already.
    2: (old) => ({ ...z.looseObject({}).parse(old), dsptReminder: false }),
  },
};

/** The years whose DSPT renewal reminder was sent (lib/dspt.ts), so a restart never sends one twice. */
const dsptRemindersSchema = z.object({ sentYears: z.array(z.int().check(z.gte(2000), z.lte(9999))) });
export type DsptRemindersSent = z.infer<typeof dsptRemindersSchema>;

export const dsptRemindersItem: ItemDefinition<DsptRemindersSent> = {
  key: 'dsptReminders',
  version: 1,
  schema: dsptRemindersSchema,
  defaults: () => ({ sentYears: [] }),
  migrations: {},
};

/** Ticked registration checklist items, per sector. */
const checklistTicksSchema = z.partialRecord(z.enum(SECTOR_IDS), z.array(z.string().check(z.maxLength(64))));
export type ChecklistTicks = z.infer<typeof checklistTicksSchema>;

export const checklistTicksItem: ItemDefinition<ChecklistTicks> = {
  key: 'checklistTicks',
  version: 1,
  schema: checklistTicksSchema,
  defaults: () => ({}),
  migrations: {},
};

const hintDismissalsSchema = z.object({
  never: z.array(z.string().check(z.maxLength(64))),
  wrong: z.array(
    z.object({
      hintId: z.string().check(z.maxLength(64)),
      fingerprint: z.optional(z.string().check(z.maxLength(64))),
      at: epochMs,
    }),
  ),
});
export type HintDismissals = z.infer<typeof hintDismissalsSchema>;

export const hintDismissalsItem: ItemDefinition<HintDismissals> = {
  key: 'hintDismissals',
  version: 1,
  schema: hintDismissalsSchema,
  defaults: () => ({ never: [], wrong: [] }),
  migrations: {},
};

/**
 * The local directory file an LOC or ICB published, kept exactly as imported (lib/local-directory.ts)
 * so that exporting gives the same file back; null until one is imported.
 */
const localDirectoryStoredSchema = z.nullable(localDirectorySchema);

export const localDirectoryItem: ItemDefinition<LocalDirectory | null> = {
  key: 'localDirectory',
  version: 1,
  schema: localDirectoryStoredSchema,
  defaults: () => null,
  migrations: {},
};

/**
 * The last time a portal page left the sign-in undecided (docs/decisions.md D24), or null. A note kept only for
 * the London day it was made: it is not exported, and a sign-in recorded after it supersedes it.
 */
const signInUnsureSchema = z.nullable(z.object({ at: epochMs }));
export type SignInUnsure = z.infer<typeof signInUnsureSchema>;

export const signInUnsureItem: ItemDefinition<SignInUnsure> = {
  key: 'signInUnsure',
  version: 1,
  schema: signInUnsureSchema,
  defaults: () => null,
  migrations: {},
};

/** Every item, for export, erase and the notices list. */
export const ALL_ITEMS: readonly ItemDefinition<unknown>[] = [
  signInsItem,
  remindersItem,
  settingsItem,
  checklistTicksItem,
  hintDismissalsItem,
  localDirectoryItem,
  dsptRemindersItem,
] as ItemDefinition<unknown>[];
