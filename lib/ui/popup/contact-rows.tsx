/** Summary-list rows shared by national and local contact cards. */
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
