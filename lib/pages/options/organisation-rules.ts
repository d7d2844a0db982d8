/**
 * Pure rules for the organisation settings: is the ODS code plausible for the sector, and which
 * shared mailbox address does it imply (FACTS.md §4.4, §5.2, through lib/knowledge/sectors.ts).
 */
import { sectorById, type SectorEntry } from '../../knowledge/sectors.ts';

export type OdsCheck =
  | { kind: 'empty' }
  | { kind: 'ok'; code: string }
  /** Saved, but the sector's format is not confirmed, so we only warn. */
  | { kind: 'warning'; code: string; message: string }
  /** Not saved. */
  | { kind: 'error'; message: string };

/** What people type: spaces removed, upper case. */
export function normaliseOds(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export function checkOds(raw: string, sectorId: string | undefined): OdsCheck {
  const code = normaliseOds(raw);
  if (!code) return { kind: 'empty' };
  if (!/^[A-Z0-9]{1,9}$/.test(code)) {
    return { kind: 'error', message: 'Enter an ODS code of 1 to 9 letters and numbers only.' };
  }
  const sector = sectorId ? sectorById(sectorId) : undefined;
  if (!sector) return { kind: 'ok', code };
  if (new RegExp(sector.ods.pattern).test(code)) return { kind: 'ok', code };
  if (sector.ods.confirmed) {
    return {
      kind: 'error',
      message: `This does not look like a ${sector.name.toLowerCase()} ODS code. ${sector.ods.hint}`,
    };
  }
  return {
    kind: 'warning',
    code,
    message: `This may not be a ${sector.name.toLowerCase()} ODS code; the format is not confirmed, so it was kept. ${sector.ods.hint}`,
  };
}

export interface ImpliedMailbox {
  address: string;
  confirmed: boolean;
  note?: string;
}

/** The shared mailbox address the sector's naming convention gives for this ODS code, if any. */
export function impliedSharedMailbox(
  sector: SectorEntry | undefined,
  odsCode: string | undefined,
): ImpliedMailbox | undefined {
  if (!sector?.sharedMailbox || !odsCode) return undefined;
  const mailbox = sector.sharedMailbox;
  return {
    address: mailbox.pattern.replace('{ODS}', odsCode),
    confirmed: mailbox.confirmed,
    ...('note' in mailbox && mailbox.note ? { note: mailbox.note } : {}),
  };
}
