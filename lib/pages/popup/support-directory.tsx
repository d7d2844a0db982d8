/** "What do you need help with?": every need for the person's sector, filtered as they type, with its contacts. */
import { useMemo, useState } from 'preact/hooks';
import { contactById, contactsFor, type ContactEntry } from '../../knowledge/contacts.ts';
import type { NeedEntry } from '../../knowledge/needs.ts';
import type { SectorId } from '../../knowledge/sector-ids.ts';
import { searchNeeds } from '../help/search.ts';
import type { LocalDirectory } from '../../local-directory.ts';
import { ContactCard, PHONE_MENU_CAVEAT } from './contact-card.tsx';

/** A step that gives a phone menu path ("Choose option 1"): it gets the same caveat as the contact card's menu. */
const PHONE_MENU_STEP = /\boption \d/i;
import { LocalContacts } from './local-contacts.tsx';
import { Field } from '../kit/field.tsx';

/** The need's own contacts in its order, then any other national route for the sector (older mailboxes last). */
export function contactsForNeed(need: NeedEntry, sector: SectorId | undefined): ContactEntry[] {
  const fits = (c: ContactEntry) => sector === undefined || c.sectorIds === 'all' || c.sectorIds.includes(sector);
  const own = need.contactIds.map((id) => contactById(id)).filter((c): c is ContactEntry => c !== undefined && fits(c));
  const more = contactsFor(need.id, sector).filter((c) => !own.includes(c));
  return [...own, ...more];
}

function NeedDetails({
  need,
  sector,
  open,
  now,
}: {
  need: NeedEntry;
  sector: SectorId | undefined;
  open: boolean;
  now: number;
}) {
  const note = sector ? need.sectorNotes?.[sector] : undefined;
  const contacts = contactsForNeed(need, sector);
  return (
    <details class="nhsuk-details nhsc-need" open={open} data-need={need.id}>
      <summary class="nhsuk-details__summary">
        <span class="nhsuk-details__summary-text">{need.title}</span>
      </summary>
      <div class="nhsuk-details__text">
        <p>{need.answer}</p>
        <ol class="nhsc-list">
          {need.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {need.steps.some((step) => PHONE_MENU_STEP.test(step)) && (
          <p class="nhsuk-body-s nhsc-secondary" data-testid="need-phone-menu-caveat">
            {PHONE_MENU_CAVEAT}
          </p>
        )}
        {note && (
          <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">Information: </span>
            <p>{note}</p>
          </div>
        )}
        {contacts.map((contact) => (
          <ContactCard contact={contact} now={now} key={contact.id} />
        ))}
      </div>
    </details>
  );
}

/** How many results the popup shows before pointing to the Help page. */
export const POPUP_RESULTS = 3;

export function SupportDirectory({
  sector,
  now,
  localDirectory = null,
  compact = false,
  moreHref,
}: {
  sector: SectorId | undefined;
  now: number;
  localDirectory?: LocalDirectory | null;
  /** The popup: nothing listed until something is typed, then the best few results. */
  compact?: boolean;
  /** Where every topic is (the Help page), shown under compact results. */
  moreHref?: string;
}) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchNeeds(query, sector), [query, sector]);
  const searching = query.trim().length > 0;
  const results = compact ? (searching ? found.slice(0, POPUP_RESULTS) : []) : found;
  const helpdesk = contactById('nhsmail-helpdesk');
  return (
    <div class="nhsc-directory">
      <Field
        id="need-search"
        label="What do you need help with?"
        hint={compact ? undefined : 'For example: password, locked, deleted, code'}
      >
        {({ id, describedBy }) => (
          <input
            class="nhsuk-input nhsc-input--full"
            id={id}
            type="search"
            autocomplete="off"
            spellcheck={false}
            aria-describedby={`${describedBy ? `${describedBy} ` : ''}need-search-count`}
            aria-controls="need-list"
            value={query}
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          />
        )}
      </Field>
      <p id="need-search-count" class="nhsuk-body-s nhsuk-secondary-text" role="status">
        {searching ? (found.length === 1 ? '1 topic matches' : `${found.length} topics match`) : ''}
      </p>
      <div id="need-list">
        {results.map((need) => (
          <NeedDetails need={need} sector={sector} open={searching && results.length <= 3} now={now} key={need.id} />
        ))}
      </div>
      {compact && moreHref && searching && (
        <p class="nhsuk-body-s">
          <a href={moreHref} target="_blank" rel="noreferrer" data-testid="all-topics">
            {found.length > results.length
              ? `See all ${found.length} matching topics on the Help page`
              : 'See every help topic on the Help page'}
            <span class="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      {localDirectory && (!compact || searching) && <LocalContacts directory={localDirectory} query={query} />}
      {searching && found.length === 0 && (
        <p>
          No topics match. Try another word, such as password, deleted or code.
          {helpdesk.phone && (
            <>
              {' '}
              Or call the NHSmail helpdesk on <a href={`tel:${helpdesk.phone.tel}`}>{helpdesk.phone.display}</a>, at any
              time.
            </>
          )}
        </p>
      )}
    </div>
  );
}
