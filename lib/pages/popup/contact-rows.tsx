/** Summary-list rows shared by national and local contact cards. */
import type { ComponentChildren } from 'preact';
import { CopyButton } from './copy-button.tsx';

export function PhoneRow({ display, tel }: { display: string; tel: string }) {
  return (
    <div class="nhsuk-summary-list__row">
      <dt class="nhsuk-summary-list__key">Phone</dt>
      <dd class="nhsuk-summary-list__value">
        <a href={`tel:${tel}`}>{display}</a> <CopyButton text={display} what={`phone number ${display}`} />
      </dd>
    </div>
  );
}

export function EmailRow({ email }: { email: string }) {
  return (
    <div class="nhsuk-summary-list__row">
      <dt class="nhsuk-summary-list__key">Email</dt>
      <dd class="nhsuk-summary-list__value">
        <a href={`mailto:${email}`}>{email}</a> <CopyButton text={email} what={`email address ${email}`} />
      </dd>
    </div>
  );
}

export function WebsiteRow({ url }: { url: string }) {
  return (
    <div class="nhsuk-summary-list__row">
      <dt class="nhsuk-summary-list__key">Website</dt>
      <dd class="nhsuk-summary-list__value">
        <a href={url} target="_blank" rel="noreferrer">
          {url.replace(/^https:\/\//, '')}
          <span class="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
        </a>
      </dd>
    </div>
  );
}

/** "Source and review date", closed until asked for, named after the contact for screen readers. */
export function SourceDetails({
  name,
  class: bodyClass = '',
  children,
}: {
  name: string;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <details class="nhsuk-details nhsc-sources">
      <summary class="nhsuk-details__summary">
        <span class="nhsuk-details__summary-text">
          Source and review date<span class="nhsuk-u-visually-hidden"> for {name}</span>
        </span>
      </summary>
      <div class={`nhsuk-details__text${bodyClass ? ` ${bodyClass}` : ''}`}>{children}</div>
    </details>
  );
}
