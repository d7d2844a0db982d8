/**
 * Reminder wording. Honest about what we know: the date is the last sign-in *we saw*, and Outlook,
 * Teams and phones also keep the account alive (docs/decisions.md D7).
 */
import { formatLongDate } from '../dates.ts';
import type { LifecycleStatus } from '../lifecycle.ts';
import type { ReminderStage } from './storage.ts';
import type { DsptReminderDue } from '../dspt.ts';

export interface ReminderText {
  title: string;
  message: string;
}

function dateOf(status: LifecycleStatus, stage: 'inactive' | 'deleted' | 'gone'): string {
  const deadline = status.deadlines.find((d) => d.stage === stage);
  return deadline ? formatLongDate(deadline.date) : 'soon';
}

export function reminderNotification(stage: ReminderStage, status: LifecycleStatus, account: string): ReminderText {
  const who = account ? ` (${account})` : '';
  const seen = status.lastActivityDate
    ? `We last saw a sign-in on ${formatLongDate(status.lastActivityDate)}. If you have used Outlook or Teams since, tell us.`
    : 'If you have used Outlook or Teams recently, tell us.';
  switch (stage) {
    case 'before-inactive':
      return {
        title: `Sign in to NHSmail before ${dateOf(status, 'inactive')}${who}`,
        message: `Your account becomes inactive on ${dateOf(status, 'inactive')} unless it is used. ${seen}`,
      };
    case 'inactive':
      return {
        title: `Your NHSmail account may be inactive${who}`,
        message: `Sign in now. It will be deleted on ${dateOf(status, 'deleted')} if it is not used. ${seen}`,
      };
    case 'before-deleted':
      return {
        title: `NHSmail account deleted on ${dateOf(status, 'deleted')} unless used${who}`,
        message: `Sign in before ${dateOf(status, 'deleted')} to keep the account. ${seen}`,
      };
    case 'deleted':
      return {
        title: `Your NHSmail account may have been deleted${who}`,
        message: `It can be restored until at least ${dateOf(status, 'gone')}: the shared mailbox owner emails NAS from the shared mailbox with the deleted address and your mobile number. ${seen}`,
      };
    case 'before-gone':
      return {
        title: `Last days to restore your NHSmail account${who}`,
        message: `From ${dateOf(status, 'gone')} it probably can no longer be restored, and you would need to apply again. ${seen}`,
      };
  }
}

/**
 * The yearly DSPT reminder (lib/dspt.ts). Honest that we cannot see the status: the extension never reads the DSPT
 * site. Facts: docs/sources.md §4.1 (accounts may be suspended or deleted without a DSPT), §4.2 (30 June, every year).
 */
export function dsptReminderNotification(due: DsptReminderDue, odsCode: string | undefined): ReminderText {
  const where = odsCode
    ? ` Click to open the DSPT page for ${odsCode}.`
    : ' Click to open the DSPT organisation search.';
  return {
    title: `Publish your DSPT again by ${formatLongDate(due.deadline)}`,
    message: `The Data Security and Protection Toolkit must be published every year by 30 June. Without it, NHSmail accounts may be suspended or deleted. NHSmail Companion cannot see your DSPT status.${where}`,
  };
}
