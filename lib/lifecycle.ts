/**
 * Where an NHSmail account stands in its inactivity lifecycle, as a pure function of the last activity we know of
 * and the current time. The thresholds come from the caller (the policy lives in lib/knowledge/policy.ts), so this
 * module carries no policy and can be tested with any numbers.
 *
 * Nothing here throws: the result feeds the badge, the popup and reminders on every worker wake, and a throw there
 * would silence all of them. Anything that cannot be computed honestly becomes stage 'unknown'.
 */
import { dayNumberToIso, isValidInstant, londonDayNumber } from './dates.ts';
import type { IsoDate } from './dates.ts';

export interface InactivityThresholds {
  inactiveAfterDays: number;
  deletedAfterDays: number;
  goneAfterDays: number;
}

export type Stage = 'unknown' | 'active' | 'inactive' | 'deleted' | 'gone';

export interface Deadline {
  stage: 'inactive' | 'deleted' | 'gone';
  date: IsoDate;
  /** Calendar days from today's London date to `date`; 0 on the day itself, negative once passed. */
  daysRemaining: number;
}

export interface LifecycleStatus {
  stage: Stage;
  lastActivityDate?: IsoDate;
  daysSince?: number;
  /** All three when the last activity is known, ordered inactive ≤ deleted ≤ gone; otherwise empty. */
  deadlines: Deadline[];
  /** The first deadline still ahead (daysRemaining > 0). */
  nextDeadline?: Deadline;
  /**
   * The last activity is later than now: the clock has moved backwards. We show the recorded date and treat the
   * account as active on that date (daysSince 0), and send no reminders. It heals once the clock passes the
   * recorded activity again; nothing is rewritten.
   */
  clockBehind: boolean;
}

export type ReminderStage = 'before-inactive' | 'inactive' | 'before-deleted' | 'deleted' | 'before-gone';

/** Reminder stages from least to most advanced; `reminderStageFor` picks the latest that applies. */
export const REMINDER_STAGES: readonly ReminderStage[] = [
  'before-inactive',
  'inactive',
  'before-deleted',
  'deleted',
  'before-gone',
];

const UNKNOWN: LifecycleStatus = Object.freeze({ stage: 'unknown', deadlines: [], clockBehind: false });

function unknownStatus(): LifecycleStatus {
  // A fresh object each time, so a caller mutating its result cannot change the next one.
  return { ...UNKNOWN, deadlines: [] };
}

function validThresholds(t: InactivityThresholds | undefined): t is InactivityThresholds {
  if (typeof t !== 'object' || t === null) return false;
  const { inactiveAfterDays: a, deletedAfterDays: b, goneAfterDays: c } = t;
  return Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(c) && 0 < a && a <= b && b <= c;
}

export function accountLifecycle(
  lastActivityMs: number | undefined,
  nowMs: number,
  thresholds: InactivityThresholds,
): LifecycleStatus {
  if (!isValidInstant(lastActivityMs) || !isValidInstant(nowMs) || !validThresholds(thresholds)) {
    return unknownStatus();
  }

  const lastDay = londonDayNumber(lastActivityMs);
  const clockBehind = lastActivityMs > nowMs;
  // With the clock behind, "today" is pinned to the recorded day: the account was demonstrably used then, and
  // counting from a wrong clock would only produce a countdown longer than the real one.
  const today = clockBehind ? lastDay : londonDayNumber(nowMs);
  const daysSince = today - lastDay;

  const steps: readonly [Deadline['stage'], number][] = [
    ['inactive', thresholds.inactiveAfterDays],
    ['deleted', thresholds.deletedAfterDays],
    ['gone', thresholds.goneAfterDays],
  ];
  const deadlines: Deadline[] = [];
  for (const [stage, afterDays] of steps) {
    const deadlineDay = lastDay + afterDays;
    // A last activity near the end of the supported calendar has deadlines past it; say 'unknown' rather than throw.
    let date: IsoDate;
    try {
      date = dayNumberToIso(deadlineDay);
    } catch {
      return unknownStatus();
    }
    deadlines.push({ stage, date, daysRemaining: deadlineDay - today });
  }

  let stage: Stage = 'active';
  for (const deadline of deadlines) {
    if (deadline.daysRemaining <= 0) stage = deadline.stage;
  }

  const status: LifecycleStatus = {
    stage,
    lastActivityDate: dayNumberToIso(lastDay),
    daysSince,
    deadlines,
    clockBehind,
  };
  const nextDeadline = deadlines.find((d) => d.daysRemaining > 0);
  if (nextDeadline) status.nextDeadline = nextDeadline;
  return status;
}

const STAGE_LABELS: Record<Stage, string> = {
  unknown: 'Not known yet',
  active: 'Active',
  inactive: 'Inactive',
  deleted: 'Deleted – can still be restored',
  // Derived, not announced: deleted at 60 days, then about 30 days to restore (docs/sources.md §1.1, §1.5).
  gone: 'Probably can no longer be restored',
};

export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage] ?? STAGE_LABELS.unknown;
}

/**
 * Which reminder is due now. 'before-X' when X is 1…daysAhead days away, 'X' once stage X has been reached; the most
 * advanced applicable one wins, so a late wake after a long sleep sends the current reminder rather than a stale one.
 *
 * No reminder when:
 * - the stage is unknown (nothing to count from);
 * - the clock is behind (decision 6: never alarm someone on the strength of a wrong clock);
 * - the account is gone: nothing can be restored any more, only a new application made, which the popup explains.
 *   A notification would add nothing but distress.
 */
export function reminderStageFor(status: LifecycleStatus, daysAhead = 7): ReminderStage | undefined {
  if (status.stage === 'unknown' || status.stage === 'gone' || status.clockBehind) return undefined;
  let due: ReminderStage | undefined;
  for (const deadline of status.deadlines) {
    let candidate: ReminderStage | undefined;
    if (deadline.daysRemaining <= 0) {
      // 'gone' reached is excluded above; a deadline list that claims it without the stage is ignored.
      if (deadline.stage !== 'gone') candidate = deadline.stage;
    } else if (deadline.daysRemaining <= daysAhead) {
      candidate = `before-${deadline.stage}`;
    }
    if (candidate !== undefined && (due === undefined || rank(candidate) > rank(due))) due = candidate;
  }
  return due;
}

function rank(stage: ReminderStage): number {
  return REMINDER_STAGES.indexOf(stage);
}
