/**
 * Where NAS requests go for a sector, apart from the request templates so that the popup's status
 * card can name the address without loading the templates.
 */
import { contactById } from '../../knowledge/contacts.ts';
import type { SectorId } from '../../knowledge/sector-ids.ts';
import { sectorById } from '../../knowledge/sectors.ts';

export interface Recipient {
  email: string;
  name: string;
  /** False for an older sector mailbox kept as a dated alternative. */
  primary: boolean;
  seenDate?: string;
}

/** Where NAS requests go for a sector: the helpdesk first, then older sector mailboxes as dated alternatives. */
export function recipientsFor(sector: SectorId | undefined): Recipient[] {
  const ids = (sector && sectorById(sector)?.nasContactIds) || ['nas-helpdesk'];
  const out: Recipient[] = [];
  for (const id of ids) {
    const contact = contactById(id);
    if (!contact?.email || out.some((r) => r.email === contact.email)) continue;
    const recipient: Recipient = { email: contact.email, name: contact.name, primary: contact.status === 'current' };
    if (contact.seenDate !== undefined) recipient.seenDate = contact.seenDate;
    out.push(recipient);
  }
  return out;
}
