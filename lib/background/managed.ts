/**
 * Settings an organisation's IT staff set through enterprise policy (managed storage; docs/managed-deployment.md).
 *
 * Policy values win over the person's own settings, and the pages show them as set by the organisation, not
 * editable. Every value is checked here, whatever the browser already checked against public/managed-schema.json:
 * an invalid value is ignored, with a plain-English notice saying which and why, and never stops the rest applying.
 * Pure: lib/background/main.ts reads the managed area and hands the raw object in.
 */
import { SECTOR_IDS, isSectorId, type SectorId } from '../knowledge/sector-ids.ts';
import { SECTORS } from '../knowledge/sectors.ts';
import { checkOds } from '../validators.ts';
import { describeProblems, parseLocalDirectory, type LocalDirectory } from '../local-directory.ts';
import type { Settings } from './storage.ts';

/** The settings a policy may set, in the order the pages list them. */
export const MANAGED_SETTING_KEYS = [
  'sector',
  'odsCode',
  'remindersEnabled',
  'reminderDaysAhead',
  'hintsEnabled',
  'dsptReminder',
] as const;
export type ManagedSettingKey = (typeof MANAGED_SETTING_KEYS)[number];
/** Every key a policy may hold: the settings and the local directory. */
export const MANAGED_KEYS = [...MANAGED_SETTING_KEYS, 'localDirectory'] as const;
export type ManagedKey = (typeof MANAGED_KEYS)[number];

export interface ManagedIgnored {
  key: string;
  /** Plain English, e.g. 'reminderDaysAhead was ignored: it must be a whole number from 1 to 21.' */
  message: string;
}

/** What the pages show about policy. Absent from the status when no policy applies. */
export interface ManagedView {
  /** Settings the organisation sets: shown as "Set by your organisation" and not editable. */
  setByOrganisation: ManagedSettingKey[];
  /** The local contacts come from the organisation (the person's own import is not used). */
  localDirectory: boolean;
  /** Policy values that were ignored, each with the reason. */
  ignored: ManagedIgnored[];
}

export interface ManagedPolicy {
  settings: Partial<Pick<Settings, ManagedSettingKey>>;
  localDirectory: LocalDirectory | null;
  view: ManagedView;
}

const NO_POLICY: ManagedPolicy = Object.freeze({
  settings: {},
  localDirectory: null,
  view: { setByOrganisation: [], localDirectory: false, ignored: [] },
}) as ManagedPolicy;

export function noPolicy(): ManagedPolicy {
  return { settings: {}, localDirectory: null, view: { setByOrganisation: [], localDirectory: false, ignored: [] } };
}

const SECTOR_LIST = SECTOR_IDS.join(', ');

/** Reads the managed area's raw contents into checked values. Never throws. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return noPolicy();
  const policy = noPolicy();
  const ignore = (key: string, why: string) => policy.view.ignored.push({ key, message: `${key} was ignored: ${why}` });
  let entries: [string, unknown][];
  try {
    entries = Object.entries(raw as Record<string, unknown>);
  } catch {
    return noPolicy();
  }
  const values = new Map(entries);

  const sector = values.get('sector');
  let sectorId: SectorId | undefined;
  if (sector !== undefined) {
    if (isSectorId(sector)) {
      sectorId = sector;
      policy.settings.sector = sector;
    } else ignore('sector', `it must be one of ${SECTOR_LIST}.`);
  }

  const ods = values.get('odsCode');
  if (ods !== undefined) {
    const format = sectorId ? SECTORS.find((s) => s.id === sectorId)?.ods : undefined;
    const check = typeof ods === 'string' ? checkOds(ods, format) : ({ kind: 'characters' } as const);
    if (check.kind === 'ok' || check.kind === 'unconfirmed-format') policy.settings.odsCode = check.code;
    else if (check.kind === 'format') ignore('odsCode', `"${check.code}" does not look like a ${sectorId} ODS code.`);
    else ignore('odsCode', 'it must be 1 to 9 letters and numbers.');
  }

  for (const key of ['remindersEnabled', 'hintsEnabled', 'dsptReminder'] as const) {
    const value = values.get(key);
    if (value === undefined) continue;
    if (typeof value === 'boolean') policy.settings[key] = value;
    else ignore(key, 'it must be true or false.');
  }

  const days = values.get('reminderDaysAhead');
  if (days !== undefined) {
    if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 21)
      policy.settings.reminderDaysAhead = days;
    else ignore('reminderDaysAhead', 'it must be a whole number from 1 to 21.');
  }

  const directory = values.get('localDirectory');
  if (directory !== undefined) {
    const parsed = parseLocalDirectory(directory);
    if (parsed.ok) {
      policy.localDirectory = parsed.directory;
      policy.view.localDirectory = true;
    } else {
      const [first, ...rest] = describeProblems(parsed.problems);
      ignore(
        'localDirectory',
        `${first ?? 'it is not a local directory file'}${rest.length ? ` (and ${String(rest.length)} more)` : ''}.`,
      );
    }
  }

  for (const key of values.keys())
    if (!(MANAGED_KEYS as readonly string[]).includes(key)) ignore(key, 'it is not a setting NHSmail Companion knows.');

  policy.view.setByOrganisation = MANAGED_SETTING_KEYS.filter((key) => key in policy.settings);
  return policy;
}

/** The settings in force: the person's own, with every valid policy value on top. */
export function effectiveSettings(own: Settings, policy: ManagedPolicy = NO_POLICY): Settings {
  return { ...own, ...policy.settings };
}

/** Whether there is anything to tell the pages about. */
export function hasPolicy(policy: ManagedPolicy): boolean {
  const { view } = policy;
  return view.setByOrganisation.length > 0 || view.localDirectory || view.ignored.length > 0;
}

/**
 * A settings change from a page, without the keys the organisation sets: those stay as the person had them, and the
 * policy keeps winning, so a page that sends its whole form back never fails on a value it could not change.
 */
export function withoutManaged(requested: Record<string, unknown>, policy: ManagedPolicy): Record<string, unknown> {
  const managed = new Set<string>(policy.view.setByOrganisation);
  return Object.fromEntries(Object.entries(requested).filter(([key]) => !managed.has(key)));
}
