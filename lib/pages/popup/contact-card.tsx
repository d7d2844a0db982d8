/** One support contact: how to reach it, when it is open, the phone menu, and where the facts come from. */
import { formatLongDate } from '../../dates.ts';
import type { ContactEntry } from '../../knowledge/contacts.ts';
import { describeHours, openingLine, openingState } from '../help/hours.ts';
import { formatPartialDate, isWebSource, sourceDate, sourceLabel } from '../help/sources.ts';
import { EmailRow, PhoneRow, SourceDetails, WebsiteRow } from './contact-rows.tsx';

/** Shown wherever a phone menu path is, so no card promises a menu that may have changed. */
export const PHONE_MENU_CAVEAT = 'This is the menu as the sources describe it; it may have changed.';

export function ContactCard({
  contact,
  now,
  headingLevel = 3,
}: {
  contact: ContactEntry;
  now: number;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const state = openingState(contact.hours, now);
  const tagClass =
    state.kind === 'open' || state.kind === 'always'
      ? 'nhsuk-tag--green'
      : state.kind === 'closed'
        ? 'nhsuk-tag--grey'
        : '';
  return (
    <div class="nhsc-contact" data-contact={contact.id}>
      <Heading class="nhsc-contact__name">{contact.name}</Heading>
      {contact.status === 'older' && (
        <p>
          <strong class="nhsuk-tag nhsuk-tag--grey">
            Older route{contact.seenDate ? `, last seen ${formatPartialDate(contact.seenDate)}` : ''}
          </strong>
        </p>
      )}
      <p>{contact.purpose}</p>
      <dl class="nhsuk-summary-list">
        {contact.phone && <PhoneRow display={contact.phone.display} tel={contact.phone.tel} />}
        {contact.phone && contact.ivr && (
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">Phone menu</dt>
            <dd class="nhsuk-summary-list__value" data-testid="phone-menu">
              <span class="nhsuk-u-visually-hidden">After calling {contact.phone.display}: </span>
              <ol class="nhsc-list">
                {contact.ivr.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              <span class="nhsc-secondary" data-testid="phone-menu-caveat">
                {PHONE_MENU_CAVEAT}
              </span>
            </dd>
          </div>
        )}
        {contact.email && <EmailRow email={contact.email} />}
        {contact.url && <WebsiteRow url={contact.url} />}
        {(contact.phone || contact.email) && (
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">{contact.phone ? 'Phone line hours' : 'Office hours'}</dt>
            <dd class="nhsuk-summary-list__value">
              {state.kind !== 'unknown' && (
                <>
                  <strong class={`nhsuk-tag ${tagClass}`} data-testid="opening">
                    {openingLine(state)}
                  </strong>
                  <br />
                </>
              )}
              {describeHours(contact.hours)}
              {(state.kind === 'open' || state.kind === 'closed') && state.bankHolidaysUnchecked && (
                <span class="nhsuk-secondary-text"> Bank holidays for this date are not in our list.</span>
              )}
            </dd>
          </div>
        )}
        {contact.haveReady && (
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">Have ready</dt>
            <dd class="nhsuk-summary-list__value">
              <ul class="nhsc-list">
                {contact.haveReady.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {contact.note && <p class="nhsuk-body-s">{contact.note}</p>}
      <SourceDetails name={contact.name}>
        <ul class="nhsc-list nhsuk-body-s">
          {contact.source.map((source) => (
            <li key={source.ref}>
              {isWebSource(source.ref) ? (
                <a href={source.ref} target="_blank" rel="noreferrer">
                  {source.ref}
                </a>
              ) : (
                sourceLabel(source.ref)
              )}
              {sourceDate(source.ref) ? ` (the source's own date: ${sourceDate(source.ref)})` : ''}
              {source.note ? `: ${source.note}` : ''}
            </li>
          ))}
        </ul>
        <p class="nhsuk-body-s" data-testid="reviewed">
          Last compared with these sources on {formatLongDate(contact.reviewed)}. That is when we checked this entry
          against them, not when the sources were written.
        </p>
      </SourceDetails>
    </div>
  );
}
