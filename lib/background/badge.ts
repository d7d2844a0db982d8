/**
 * The toolbar badge as a pure function of account statuses: what a practice manager sees at a glance.
 * "?" grey: nothing known; empty: more than a week before the account goes inactive; a number,
 * amber: days left in the last week; "!" red: inactive or worse.
 */
import { formatLongDate } from '../dates.ts';
import type { LifecycleStatus } from '../lifecycle.ts';

export const BADGE_COLOURS = {
  grey: '#4c6272',
  amber: '#ffb81c',
  red: '#d5281b',
} as const;

export interface Badge {
  text: string;
  background: string;
  /** Dark text on amber keeps the contrast above 4.5:1. */
  textColour: string;
  title: string;
}

export const BADGE_WARNING_DAYS = 7;

const PRODUCT = 'NHSmail Companion (unofficial)';

const STAGE_RANK = { unknown: 0, active: 1, inactive: 2, deleted: 3, gone: 4 } as const;

/** The account that needs attention first: the furthest stage, then the nearest deadline. */
export function mostUrgent(statuses: readonly LifecycleStatus[]): LifecycleStatus | undefined {
  let best: LifecycleStatus | undefined;
  for (const status of statuses) {
    if (!best) {
      best = status;
      continue;
    }
    const byStage = STAGE_RANK[status.stage] - STAGE_RANK[best.stage];
    const left = status.nextDeadline?.daysRemaining ?? Number.POSITIVE_INFINITY;
    const bestLeft = best.nextDeadline?.daysRemaining ?? Number.POSITIVE_INFINITY;
    if (byStage > 0 || (byStage === 0 && left < bestLeft)) best = status;
  }
  return best;
}

function deadlineDate(status: LifecycleStatus, stage: 'inactive' | 'deleted' | 'gone'): string {
  const deadline = status.deadlines.find((d) => d.stage === stage);
  return deadline ? formatLongDate(deadline.date) : 'an unknown date';
}

export function badgeFor(status: LifecycleStatus | undefined): Badge {
  if (!status || status.stage === 'unknown' || !status.lastActivityDate) {
    return {
      text: '?',
      background: BADGE_COLOURS.grey,
      textColour: '#ffffff',
      title: `${PRODUCT}: no NHSmail sign-in recorded yet. Open this to record one.`,
    };
  }
  const seen = `Last sign-in we know of: ${formatLongDate(status.lastActivityDate)}.`;
  switch (status.stage) {
    case 'active': {
      const inactiveOn = status.deadlines.find((d) => d.stage === 'inactive');
      const left = inactiveOn?.daysRemaining ?? Number.POSITIVE_INFINITY;
      const title = `${PRODUCT}: account active. ${seen} Sign in before ${deadlineDate(status, 'inactive')} to keep it active.`;
      if (!status.clockBehind && left <= BADGE_WARNING_DAYS) {
        return { text: String(Math.max(left, 0)), background: BADGE_COLOURS.amber, textColour: '#212b32', title };
      }
      return { text: '', background: BADGE_COLOURS.grey, textColour: '#ffffff', title };
    }
    case 'inactive':
      return red(
        `${PRODUCT}: account inactive. ${seen} Sign in now: it will be deleted on ${deadlineDate(status, 'deleted')} at the earliest.`,
      );
    case 'deleted':
      return red(
        `${PRODUCT}: account deleted. ${seen} It can be restored until at least ${deadlineDate(status, 'gone')}.`,
      );
    case 'gone':
      return red(`${PRODUCT}: account probably can no longer be restored. ${seen} You may need to apply again.`);
  }
}

function red(title: string): Badge {
  return { text: '!', background: BADGE_COLOURS.red, textColour: '#ffffff', title };
}
