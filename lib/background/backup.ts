/**
 * The export file ("Export everything") and restoring from it, so a practice that moves to a new
 * computer or reinstalls keeps its dates, settings and ticks (docs/decisions.md U12).
 *
 * Restore is all-or-nothing: every item in the file must be one this version knows, not from a
 * newer version, and readable after migration; otherwise nothing is written and each problem is
 * named with its place in the file. Parsing never throws.
 */
import { QUARANTINE_PREFIX, readItem, type ItemDefinition, type StorageArea } from './storage.ts';

export const EXPORT_FORMAT = 'nhsmail-companion-export';
export const EXPORT_FORMAT_VERSION = 1;
/** Far larger than any real export; a bigger "backup" is not one of ours. */
export const MAX_BACKUP_CHARS = 1_000_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  /** Each stored item exactly as stored: `{ v, data }`. */
  items: Record<string, unknown>;
  /** Raw copies of data that could not be read, kept so nothing is lost. Never restored. */
  quarantined: Record<string, unknown>;
}

export function buildExport(
  everything: Record<string, unknown>,
  items: readonly ItemDefinition<unknown>[],
  nowMs: number,
): ExportFile {
  const known: Record<string, unknown> = {};
  for (const item of items) if (everything[item.key] !== undefined) known[item.key] = everything[item.key];
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date(nowMs).toISOString(),
    items: known,
    quarantined: Object.fromEntries(Object.entries(everything).filter(([key]) => key.startsWith(QUARANTINE_PREFIX))),
  };
}

export type BackupResult =
  { ok: true; entries: Record<string, { v: number; data: unknown }> } | { ok: false; problems: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An in-memory area holding one value, so each item is checked by the same code that reads storage. */
function scratch(key: string, value: unknown): StorageArea & { written: Record<string, unknown> } {
  const written: Record<string, unknown> = { [key]: value };
  return {
    written,
    get: async (keys) =>
      keys === null ? { ...written } : Object.fromEntries(keys.filter((k) => k in written).map((k) => [k, written[k]])),
    set: async (values) => void Object.assign(written, values),
    remove: async (keys) => keys.forEach((k) => delete written[k]),
  };
}

export async function parseBackup(text: unknown, items: readonly ItemDefinition<unknown>[]): Promise<BackupResult> {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, problems: ['file: it is empty'] };
  if (text.length > MAX_BACKUP_CHARS)
    return { ok: false, problems: ['file: it is too large to be an NHSmail Companion export'] };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['file: it is not valid JSON'] };
  }
  if (!isRecord(file) || file.format !== EXPORT_FORMAT) {
    return { ok: false, problems: ['format: this is not an NHSmail Companion export file'] };
  }
  if (typeof file.formatVersion !== 'number' || !Number.isInteger(file.formatVersion) || file.formatVersion < 1) {
    return { ok: false, problems: ['formatVersion: missing or not a whole number'] };
  }
  if (file.formatVersion > EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        'formatVersion: the file was made by a newer version of NHSmail Companion; update the extension first',
      ],
    };
  }
  if (!isRecord(file.items)) return { ok: false, problems: ['items: missing or not an object'] };

  const problems: string[] = [];
  const entries: Record<string, { v: number; data: unknown }> = {};
  for (const [key, stored] of Object.entries(file.items)) {
    const item = items.find((i) => i.key === key);
    if (!item) {
      problems.push(`items.${key}: not something this version of NHSmail Companion stores`);
      continue;
    }
    const area = scratch(key, stored);
    const read = await readItem(area, item);
    if (read.problem) {
      problems.push(
        read.problem.kind === 'newer-version'
          ? `items.${key}: written by a newer version of NHSmail Companion`
          : `items.${key}: could not be read (${read.problem.message.match(/\(([^)]*)\)/)?.[1] ?? 'invalid'})`,
      );
      continue;
    }
    entries[key] = { v: item.version, data: read.value };
  }
  return problems.length ? { ok: false, problems: problems.slice(0, 50) } : { ok: true, entries };
}
