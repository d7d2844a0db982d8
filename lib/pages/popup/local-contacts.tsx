/** Contacts from a local directory file a LOC or ICB published; imported on the options page. */
import { formatLongDate, parseIsoDate } from '../../dates.ts';
import type { LocalDirectory } from '../../local-directory.ts';
import { normalise } from '../help/search.ts';
import { EmailRow, PhoneRow, SourceDetails, WebsiteRow } from './contact-rows.tsx';

type LocalContact = LocalDirectory['contacts'][number];

function longDate(iso: string): string {
  return parseIsoDate(iso) ? formatLongDate(iso) : iso;
}

/** Contacts whose name, purpose or region contain every word typed; all of them for an empty query. */
export function filterLocalContacts(contacts: readonly LocalContact[], query: string): LocalContact[] {
  const words = normalise(query).split(' ').filter(Boolean);
  return contacts.filter((c) => {
    const haystack = normalise(`${c.name} ${c.purpose} ${c.region}`);
    return words.every((word) => haystack.includes(word));
  });
}

export function LocalContacts({ directory, query }: { directory: LocalDirectory; query: string }) {
  const contacts = filterLocalContacts(directory.contacts, query);
  if (contacts.length === 0) return null;
  return (
    <div class="nhsc-local" data-testid="local-contacts">
      <h3>Local contacts</h3>
      <p class="nhsuk-body-s nhsuk-secondary-text">
        From {directory.publisher}, published {longDate(directory.published)}. NHSmail Companion has not checked these.
      </p>
      {contacts.map((contact, index) => (
        <div class="nhsc-contact" key={`${contact.name}-${index}`}>
          <h4 class="nhsc-contact__name">{contact.name}</h4>
          <p>
            {contact.purpose} <span class="nhsuk-secondary-text">({contact.region})</span>
          </p>
          <dl class="nhsuk-summary-list">
            {contact.phone && <PhoneRow display={contact.phone} tel={contact.phone.replace(/ /g, '')} />}
            {contact.email && <EmailRow email={contact.email} />}
            {contact.url && <WebsiteRow url={contact.url} />}
          </dl>
          <SourceDetails name={contact.name} class="nhsuk-body-s">
            <p>Source: {contact.source}</p>
            <p>
              Last compared with its source by {directory.publisher} on {longDate(contact.reviewed)}.
            </p>
          </SourceDetails>
        </div>
      ))}
    </div>
  );
}
