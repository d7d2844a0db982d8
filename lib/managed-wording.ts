/**
 * What the extension pages say about settings an organisation set by enterprise policy (lib/background/managed.ts,
 * docs/managed-deployment.md). Pure, for the popup, Settings and Help: a label per setting, the "Set by your
 * organisation" tag, and a notice listing what was set and what was ignored, with why.
 */
import type { ManagedSettingKey, ManagedView } from './background/managed.ts';

/** The tag beside a setting the organisation sets; the control itself is shown but not editable. */
export const SET_BY_ORGANISATION = 'Set by your organisation';

/** Plain names for the settings a policy may set, as Settings labels them. */
export const MANAGED_SETTING_LABELS: Readonly<Record<ManagedSettingKey, string>> = {
  sector: 'Type of organisation',
  odsCode: 'ODS code',
  remindersEnabled: 'Account reminders',
  reminderDaysAhead: 'Days of warning before each deadline',
  hintsEnabled: 'Hints on NHSmail pages',
  dsptReminder: 'Yearly DSPT reminder',
};

export interface ManagedNotice {
  heading: string;
  /** One line each: what the organisation sets, where the local contacts come from, each value ignored. */
  lines: string[];
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** Whether a setting is the organisation's, so its control is shown as not editable. */
export function isSetByOrganisation(view: ManagedView | undefined, key: ManagedSettingKey): boolean {
  return view?.setByOrganisation.includes(key) ?? false;
}

/** The notice for Settings (and the popup, when something was ignored); undefined without a policy. */
export function managedNotice(view: ManagedView | undefined): ManagedNotice | undefined {
  if (!view) return undefined;
  const lines: string[] = [];
  if (view.setByOrganisation.length > 0) {
    const names = view.setByOrganisation.map((key) => MANAGED_SETTING_LABELS[key]);
    lines.push(
      `${list(names)} ${names.length === 1 ? 'is' : 'are'} set by your organisation and cannot be changed here.`,
    );
  }
  if (view.localDirectory) lines.push('The local contacts come from your organisation.');
  for (const ignored of view.ignored)
    lines.push(`Your organisation's setting was not used. Tell your IT team: ${ignored.message}`);
  if (lines.length === 0) return undefined;
  return { heading: 'Settings from your organisation', lines };
}
