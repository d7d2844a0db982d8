/**
 * The background worker's logic, free of `browser.*` so it can be tested with fakes.
 *
 * Decision 1: every wake recomputes everything from storage and the clock; nothing lives only in
 * memory. Decision 2: this is the one writer; writes are serialised through `serial`, and stamped
 * with the worker's own clock.
 */
import { formatLongDate, isoToDayNumber, londonIsoDate, parseIsoDate } from '../dates.ts';
import { accountLifecycle, reminderStageFor, type InactivityThresholds } from '../lifecycle.ts';
import { badgeFor, mostUrgent, type Badge } from './badge.ts';
import { describeProblems, parseLocalDirectory } from '../local-directory.ts';
import {
  replyError,
  replyOk,
  type AnyMessage,
  type Handlers,
  type MessageOf,
  type PageContext,
  type Reply,
  type StatusView,
} from '../protocol.ts';
import {
  ALL_ITEMS,
  NO_EARLIER_RECORD,
  StorageRefusedError,
  UNNAMED_ACCOUNT,
  checklistTicksItem,
  dsptRemindersItem,
  hintDismissalsItem,
  localDirectoryItem,
  readItem,
  remindersItem,
  settingsItem,
  settingsSchema,
  signInsItem,
  signInUnsureItem,
  serialWriter,
  writeItem,
  type ItemDefinition,
  type ReadResult,
  type ReminderStage,
  type SignInRecord,
  type SignInSource,
  type StorageArea,
  type StorageProblem,
} from './storage.ts';
import { CHECKLIST_ITEMS } from '../knowledge/checklists.ts';
import { CHECKLIST_STEPS } from '../knowledge/schema.ts';
import { SECTORS } from '../knowledge/sectors.ts';
import { projectRegistrationKnowledge } from '../content/kit/registration-facts.ts';
import { registrationWords } from '../content/registration/words.ts';
import { dsptReminderNotification, reminderNotification } from './reminders.ts';
import { dsptReminderDue } from '../dspt.ts';
import {
  effectiveSettings,
  hasPolicy,
  noPolicy,
  parseManagedPolicy,
  withoutManaged,
  type ManagedPolicy,
} from './managed.ts';
import { LAYOUT_WORDS } from '../layout-words.ts';
import { buildExport, parseBackup, type ExportFile } from './backup.ts';
import { hintToShow } from './page-hints/dismissal.ts';
import { HINT_RULES } from './page-hints/rules/registry.ts';
import { shownHint } from './page-hints/shown.ts';

export const TICK_ALARM = 'nhsc-tick';
export const TICK_MINUTES = 60;
/** Manual dates before this are refused: NHSmail's current rules date from December 2022. */
export const EARLIEST_MANUAL_DATE = '2020-01-01';

export interface BackgroundDeps {
  storage: StorageArea;
  now: () => number;
  thresholds: InactivityThresholds;
  setBadge: (badge: Badge) => Promise<void>;
  alarms: {
    get: (name: string) => Promise<unknown>;
    create: (name: string, info: { periodInMinutes: number; delayInMinutes: number }) => Promise<void>;
  };
  notifications: {
    permitted: () => Promise<boolean>;
    show: (id: string, title: string, message: string) => Promise<void>;
  };
  outlookPermitted: () => Promise<boolean>;
  /**
   * The managed (enterprise policy) area's contents, raw; lib/background/managed.ts checks them. Absent, or
   * rejecting (Firefox without a policy), means no policy.
   */
  managed?: () => Promise<unknown>;
}

export function createBackgroundService(deps: BackgroundDeps) {
  /** The one writer: every write, including those a read makes, runs through it in order. */
  const serial = serialWriter();
  const read = <T>(item: ItemDefinition<T>): Promise<ReadResult<T>> => readItem(deps.storage, item, serial);

  /** The organisation's policy, read fresh on every request so a change applies at once. */
  async function readPolicy(): Promise<ManagedPolicy> {
    if (!deps.managed) return noPolicy();
    try {
      return parseManagedPolicy(await deps.managed());
    } catch {
      return noPolicy();
    }
  }

  async function statusView(): Promise<StatusView> {
    const now = deps.now();
    const [signIns, settings, localDirectory, policy] = await Promise.all([
      read(signInsItem),
      read(settingsItem),
      read(localDirectoryItem),
      readPolicy(),
    ]);
    const problems = [signIns.problem, settings.problem, localDirectory.problem].filter(
      (p): p is StorageProblem => !!p,
    );
    const accounts = Object.entries(signIns.value.accounts)
      .map(([account, record]) => ({
        account,
        record,
        status: accountLifecycle(record.lastActivityAt, now, deps.thresholds),
      }))
      .sort((a, b) => (a.account === b.account ? 0 : a.account < b.account ? -1 : 1));
    const [notifications, outlook] = await Promise.all([
      deps.notifications.permitted().catch(() => false),
      deps.outlookPermitted().catch(() => false),
    ]);
    return {
      now,
      today: londonIsoDate(now),
      accounts,
      settings: effectiveSettings(settings.value, policy),
      problems,
      permissions: { notifications, outlook },
      ...(await unsureNote(now, accounts)),
      localContacts: policy.localDirectory ?? localDirectory.value,
      ...(hasPolicy(policy) ? { managed: policy.view } : {}),
    };
  }

  /** The undecided-sign-in note (docs/decisions.md D24): shown if it is from today and nothing was recorded since. */
  async function unsureNote(now: number, accounts: StatusView['accounts']): Promise<{ unsureSignInAt?: number }> {
    const note = (await read(signInUnsureItem)).value;
    if (!note || note.at > now) return {};
    if (londonIsoDate(note.at) !== londonIsoDate(now)) {
      // Kept only for its day: forget it, unless a newer note arrived meanwhile.
      void serial(async () => {
        if ((await read(signInUnsureItem)).value?.at === note.at) await deps.storage.remove([signInUnsureItem.key]);
      });
      return {};
    }
    return accounts.some((a) => a.record.recordedAt >= note.at) ? {} : { unsureSignInAt: note.at };
  }

  async function ensureAlarm(): Promise<void> {
    const existing = await deps.alarms.get(TICK_ALARM);
    if (!existing)
      await deps.alarms.create(TICK_ALARM, { periodInMinutes: TICK_MINUTES, delayInMinutes: TICK_MINUTES });
  }

  async function sendDueReminders(view: StatusView): Promise<void> {
    if (!view.settings.remindersEnabled) return;
    const sentState = await read(remindersItem);
    if (sentState.problem?.kind === 'newer-version') return;
    const next = { ...sentState.value };
    let changed = false;
    let permitted: boolean | undefined;
    for (const { account, record, status } of view.accounts) {
      const due = reminderStageFor(status, view.settings.reminderDaysAhead);
      let entry = next[account];
      if (!entry || entry.forActivityAt !== record.lastActivityAt) {
        // A newer sign-in starts a new countdown, so earlier reminders no longer count.
        entry = { forActivityAt: record.lastActivityAt, sent: [] };
        next[account] = entry;
        changed = true;
      }
      if (!due || entry.sent.includes(due)) continue;
      permitted ??= await deps.notifications.permitted().catch(() => false);
      if (!permitted) continue;
      const text = reminderNotification(due, status, account);
      await deps.notifications.show(`nhsc:${due}:${account}`, text.title, text.message);
      next[account] = { ...entry, sent: [...entry.sent, due as ReminderStage] };
      changed = true;
    }
    if (changed) await writeItem(deps.storage, remindersItem, next);
  }

  /** The yearly DSPT reminder, once per year: the year is stored through the one writer before anything else. */
  async function sendDsptReminder(view: StatusView): Promise<void> {
    const sent = await read(dsptRemindersItem);
    if (sent.problem?.kind === 'newer-version') return;
    const due = dsptReminderDue(view.now, {
      enabled: view.settings.dsptReminder === true,
      sentYears: sent.value.sentYears,
    });
    if (!due || !(await deps.notifications.permitted().catch(() => false))) return;
    await writeItem(deps.storage, dsptRemindersItem, { sentYears: [...sent.value.sentYears, due.year].slice(-20) });
    const text = dsptReminderNotification(due, view.settings.odsCode);
    try {
      await deps.notifications.show(`nhsc:dspt:${String(due.year)}`, text.title, text.message);
    } catch (error) {
      // Not shown after all: forget the year, so the next wake tries again rather than skipping it.
      await writeItem(deps.storage, dsptRemindersItem, sent.value);
      throw error;
    }
  }

  /** Recompute badge, alarm and reminders from storage and the clock. Safe to call on every wake. */
  function refresh(): Promise<StatusView> {
    return serial(async () => {
      const view = await statusView();
      await deps.setBadge(badgeFor(mostUrgent(view.accounts.map((a) => a.status))));
      await ensureAlarm();
      await sendDueReminders(view).catch((error: unknown) =>
        console.warn('NHSmail Companion: reminders failed', error),
      );
      await sendDsptReminder(view).catch((error: unknown) =>
        console.warn('NHSmail Companion: DSPT reminder failed', error),
      );
      return view;
    });
  }

  async function recordActivity(account: string, at: number, source: SignInSource, replace: boolean): Promise<void> {
    const signIns = await read(signInsItem);
    // A date entered before we knew the address belongs to the first address we then see: one
    // person, one account card, not an "inactive" unnamed card beside a fresh named one.
    const { [UNNAMED_ACCOUNT]: unnamed, ...named } = signIns.value.accounts;
    const adopt = account !== UNNAMED_ACCOUNT && unnamed !== undefined && Object.keys(named).length === 0;
    const accounts = adopt ? named : signIns.value.accounts;
    const existing = accounts[account] ?? (adopt ? unnamed : undefined);
    // A sign-in we saw can only move the record forwards (a clock that jumped back must not
    // shorten the countdown); a date the person typed replaces it: they know better than we do.
    const lastActivityAt = replace || !existing ? at : Math.max(existing.lastActivityAt, at);
    // A change the person makes keeps what it replaced, so it can be undone; a sign-in the
    // extension sees starts afresh (there is nothing of theirs to put back).
    const byPerson = source === 'manual-today' || source === 'manual-date';
    const previous: SignInRecord['previous'] = !byPerson
      ? null
      : existing
        ? { lastActivityAt: existing.lastActivityAt, source: existing.source, recordedAt: existing.recordedAt }
        : NO_EARLIER_RECORD;
    const record: SignInRecord = { lastActivityAt, source, recordedAt: deps.now(), previous };
    await writeItem(deps.storage, signInsItem, { accounts: { ...accounts, [account]: record } });
  }

  /** Puts back what the person's last change replaced; false when there is nothing to undo. */
  async function undoChange(account: string): Promise<boolean> {
    const signIns = await read(signInsItem);
    const existing = signIns.value.accounts[account];
    if (!existing?.previous) return false;
    const accounts = { ...signIns.value.accounts };
    if (existing.previous === NO_EARLIER_RECORD) delete accounts[account];
    else accounts[account] = { ...existing.previous, previous: null };
    await writeItem(deps.storage, signInsItem, { accounts });
    return true;
  }

  async function accountFor(requested: string | undefined): Promise<string> {
    if (requested !== undefined) return requested.trim().toLowerCase();
    const known = Object.keys((await read(signInsItem)).value.accounts);
    return known.length === 1 ? known[0]! : UNNAMED_ACCOUNT;
  }

  async function setTick(
    message: MessageOf<'page:set-checklist-tick'> | MessageOf<'content:set-checklist-tick'>,
  ): Promise<Reply<PageContext>> {
    await serial(async () => {
      const ticks = (await read(checklistTicksItem)).value;
      const current = new Set(ticks[message.sector] ?? []);
      if (message.ticked) current.add(message.itemId);
      else current.delete(message.itemId);
      await writeItem(deps.storage, checklistTicksItem, { ...ticks, [message.sector]: [...current].slice(0, 64) });
    });
    return replyOk(await pageContext());
  }

  const handlers: Handlers = {
    'content:sign-in-seen': async (message) => {
      await serial(() =>
        recordActivity(
          message.account ?? UNNAMED_ACCOUNT,
          deps.now(),
          message.pageKind === 'outlook-mailbox' ? 'outlook' : 'portal',
          false,
        ),
      );
      await refresh();
      return replyOk({ recorded: true });
    },
    'content:sign-in-unsure': async () => {
      await serial(() => writeItem(deps.storage, signInUnsureItem, { at: deps.now() }));
      return replyOk({ recorded: true });
    },
    // The layout report's word list lives here, so neither the portal script nor the popup carries it.
    'content:get-layout-words': async () => replyOk({ words: LAYOUT_WORDS.split(' ') }),
    'page:get-status': async () => replyOk(await refresh()),
    'page:record-use-today': async (message) => {
      const account = await accountFor(message.account);
      if (account !== UNNAMED_ACCOUNT && !account.endsWith('@nhs.net'))
        return replyError('Only @nhs.net accounts can be recorded.');
      await serial(() => recordActivity(account, deps.now(), 'manual-today', false));
      return replyOk(await refresh());
    },
    'page:record-last-sign-in-date': async (message) => {
      const date = parseIsoDate(message.date);
      const today = londonIsoDate(deps.now());
      if (!date) return replyError('Enter a real date, for example 23 November 2026.');
      if (isoToDayNumber(date) > isoToDayNumber(today)) return replyError('The date cannot be in the future.');
      if (date < EARLIEST_MANUAL_DATE) return replyError('The date must be in 2020 or later.');
      const account = await accountFor(message.account);
      // Midday UTC falls on the same calendar day in London whatever the season.
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const refusal = await serial(async () => {
        const seen = (await read(signInsItem)).value.accounts[account];
        // A typed date earlier than a sign-in the extension saw replaces it only when the person said so.
        if (
          seen &&
          (seen.source === 'portal' || seen.source === 'outlook') &&
          isoToDayNumber(date) < isoToDayNumber(londonIsoDate(seen.lastActivityAt)) &&
          message.replaceSeen !== true
        )
          return `That date is earlier than the sign-in this extension saw on ${formatLongDate(londonIsoDate(seen.lastActivityAt))}. Confirm that you want to replace it.`;
        await recordActivity(account, Date.UTC(y, m - 1, d, 12), 'manual-date', true);
        return undefined;
      });
      if (refusal) return replyError(refusal);
      return replyOk(await refresh());
    },
    'page:undo-sign-in-change': async (message) => {
      const account = await accountFor(message.account);
      const undone = await serial(() => undoChange(account));
      if (!undone) return replyError('There is no change to undo.');
      return replyOk(await refresh());
    },
    'page:save-settings': async (message) => {
      const current = await read(settingsItem);
      // What the organisation sets stays as the person had it; the policy keeps winning (lib/background/managed.ts).
      const changes = withoutManaged(message.settings, await readPolicy());
      // null clears an optional setting (sector, ODS code, role): undefined does not survive messaging.
      const requested = { ...current.value, ...changes } as Record<string, unknown>;
      for (const [key, value] of Object.entries(changes)) if (value === null) delete requested[key];
      const merged = settingsSchema.safeParse(requested);
      if (!merged.success) {
        const first = merged.error.issues[0];
        return replyError(
          `That setting could not be saved (${first?.path.join('.') ?? 'value'}: ${first?.message ?? 'invalid'}).`,
        );
      }
      await serial(() => writeItem(deps.storage, settingsItem, merged.data));
      return replyOk(await refresh());
    },
    'page:permissions-changed': async () => replyOk(await refresh()),
    'content:get-page-context': async () => {
      const registration = projectRegistrationKnowledge(SECTORS, CHECKLIST_ITEMS, CHECKLIST_STEPS);
      return replyOk({ ...(await pageContext()), registration, registrationWords: registrationWords(registration) });
    },
    'content:set-checklist-tick': (message) => setTick(message),
    'page:set-checklist-tick': (message) => setTick(message),
    'content:clear-checklist': async (message) => {
      await serial(async () => {
        const ticks = { ...(await read(checklistTicksItem)).value };
        delete ticks[message.sector];
        await writeItem(deps.storage, checklistTicksItem, ticks);
      });
      return replyOk(await pageContext());
    },
    'content:get-page-hint': async (message) => {
      const context = await pageContext();
      const rule = hintToShow(HINT_RULES, message, {
        hintsEnabled: context.settings.hintsEnabled,
        never: context.dismissedHints,
        notNow: new Set(message.notNow),
      });
      return replyOk({ hint: rule ? shownHint(rule) : null });
    },
    'content:dismiss-hint': async (message) => {
      await serial(async () => {
        const dismissals = (await read(hintDismissalsItem)).value;
        const next =
          message.level === 'never'
            ? { ...dismissals, never: [...new Set([...dismissals.never, message.hintId])].slice(-200) }
            : {
                ...dismissals,
                wrong: [
                  ...dismissals.wrong,
                  { hintId: message.hintId, fingerprint: message.fingerprint, at: deps.now() },
                ].slice(-200),
              };
        await writeItem(deps.storage, hintDismissalsItem, next);
      });
      return replyOk(await pageContext());
    },
    'page:export-all': async () => replyOk(await exportAll()),
    'page:erase-all': async () => {
      await serial(async () => {
        const everything = await deps.storage.get(null);
        await deps.storage.remove(Object.keys(everything));
      });
      return replyOk(await refresh());
    },
    'page:import-local-contacts': async (message) => {
      if ((await readPolicy()).view.localDirectory)
        return replyError(
          'Your organisation provides the local contacts, so an imported file would not be used. Nothing was changed.',
        );
      const parsed = parseLocalDirectory(message.file);
      if (!parsed.ok) {
        return replyError(
          ['The file was not imported and nothing was changed.', ...describeProblems(parsed.problems)].join('\n'),
        );
      }
      try {
        await serial(() => writeItem(deps.storage, localDirectoryItem, parsed.directory));
      } catch (error) {
        // A newer version of the extension wrote the stored directory: refuse, change nothing.
        return replyError(error instanceof Error ? error.message : String(error));
      }
      return replyOk(await refresh());
    },
    'page:import-backup': async (message) => {
      const parsed = await parseBackup(message.text, ALL_ITEMS);
      if (!parsed.ok)
        return replyError(['The file was not restored and nothing was changed.', ...parsed.problems].join('\n'));
      const refused = await serial(async () => {
        // All or nothing: refuse before writing if any stored item is from a newer version.
        const stored = await deps.storage.get(Object.keys(parsed.entries));
        for (const key of Object.keys(parsed.entries)) {
          const v = (stored[key] as { v?: unknown } | undefined)?.v;
          const item = ALL_ITEMS.find((i) => i.key === key);
          if (typeof v === 'number' && item && v > item.version) return new StorageRefusedError(key).message;
        }
        await deps.storage.set(parsed.entries);
        return undefined;
      });
      if (refused) return replyError(refused);
      return replyOk(await refresh());
    },
    'page:dismiss-notice': async (message) => {
      const item = ALL_ITEMS.find((i) => i.key === message.key);
      if (!item) return replyError('There is no such notice.');
      const refused = await serial(async () => {
        const current = await read(item);
        if (current.problem?.kind === 'newer-version') return current.problem.message;
        // A corrupt value: start again from defaults; the raw copy stays in quarantine for export.
        if (current.problem?.kind === 'corrupt') await writeItem(deps.storage, item, item.defaults());
        return undefined;
      });
      if (refused) return replyError(refused);
      return replyOk(await refresh());
    },
  };

  /** Answers a message the gate has already checked, with the reply its type declares. */
  function handle(message: AnyMessage): Promise<Reply<unknown>> {
    // The one place the map is indexed by a runtime type: `handlers` itself is checked per type.
    const handler = handlers[message.type] as (message: AnyMessage) => Promise<Reply<unknown>>;
    return handler(message);
  }

  async function pageContext(): Promise<PageContext> {
    const [settings, ticks, dismissals, policy] = await Promise.all([
      read(settingsItem),
      read(checklistTicksItem),
      read(hintDismissalsItem),
      readPolicy(),
    ]);
    const { sector, odsCode, hintsEnabled } = effectiveSettings(settings.value, policy);
    return { settings: { sector, odsCode, hintsEnabled }, ticks: ticks.value, dismissedHints: dismissals.value.never };
  }

  async function exportAll(): Promise<ExportFile> {
    return buildExport(await deps.storage.get(null), ALL_ITEMS, deps.now());
  }

  /** Fill gaps only: an install or update must never overwrite what is stored (docs/decisions.md check 3). */
  async function onInstalled(): Promise<void> {
    await serial(async () => {
      const settings = await deps.storage.get([settingsItem.key]);
      if (settings[settingsItem.key] === undefined)
        await writeItem(deps.storage, settingsItem, settingsItem.defaults());
    });
    await refresh();
  }

  return { refresh, handle, onInstalled, statusView, serial };
}

export type BackgroundService = ReturnType<typeof createBackgroundService>;
