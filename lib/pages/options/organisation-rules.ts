/**
 * Pure rules for the organisation settings: is the ODS code plausible for the sector, and which
 * shared mailbox address does it imply (docs/sources.md §4.4, §5.2, through lib/knowledge/sectors.ts).
 */
import { sectorById, type SectorEntry } from '../../knowledge/sectors.ts';
import { checkOds, odsMessage } from '../../validators.ts';

/** What the settings page does with an ODS code: save it, save it with a warning, or refuse it. */
export type OdsVerdict =
  | { kind: 'empty' }
  | { kind: 'ok'; code: string }
  /** Saved, but the sector's format is not confirmed, so we only warn. */
  | { kind: 'warning'; code: string; message: string }
  /** Not saved. */
  | { kind: 'error'; message: string };

/** The ODS code against the chosen sector's format, with the one set of validators (lib/validators.ts). */
export function odsVerdict(raw: string, sectorId: string | undefined): OdsVerdict {
  const sector = sectorId ? sectorById(sectorId) : undefined;
  const check = checkOds(raw, sector?.ods);
  const message = odsMessage(check, sector ? { name: sector.name, hint: sector.ods.hint } : undefined) ?? '';
  switch (check.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'ok':
      return { kind: 'ok', code: check.code };
    case 'unconfirmed-format':
      return { kind: 'warning', code: check.code, message };
    default:
      return { kind: 'error', message };
  }
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

/** Which organisation fields apply to a sector, read from its data (lib/knowledge/sectors.ts). */
export interface ApplicableFields {
  /** A site ODS code: not for types whose people register as individuals (GP locums). */
  odsCode: boolean;
  /** The shared mailbox address and the owner/member roles. */
  sharedMailbox: boolean;
  mailboxRoles: boolean;
}

export function applicableFields(sector: SectorEntry | undefined): ApplicableFields {
  if (!sector) return { odsCode: true, sharedMailbox: true, mailboxRoles: true };
  const individual = sector.authRoute.kind === 'individual-otp';
  const hasMailbox = sector.sharedMailbox !== null;
  return { odsCode: !individual, sharedMailbox: hasMailbox, mailboxRoles: hasMailbox };
}
