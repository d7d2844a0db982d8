/**
 * What Settings shows about an organisation's policy (lib/background/managed.ts, lib/managed-wording.ts): the NHS.UK
 * tag beside each setting the organisation sets (its control stays visible but cannot be changed), and an inset
 * text at the top saying what was set and which values were ignored, with why.
 */
import type { ManagedView } from '../../background/managed.ts';
import { SET_BY_ORGANISATION, managedNotice } from '../../managed-wording.ts';

export function SetByOrganisationTag() {
  return (
    <>
      {' '}
      <strong class="nhsuk-tag nhsuk-tag--grey" data-testid="set-by-organisation">
        {SET_BY_ORGANISATION}
      </strong>
    </>
  );
}

export function ManagedNotice({ managed }: { managed: ManagedView | undefined }) {
  const notice = managedNotice(managed);
  if (!notice) return null;
  return (
    <div class="nhsuk-inset-text" data-testid="managed-notice">
      <span class="nhsuk-u-visually-hidden">Information: </span>
      <h2 class="nhsuk-heading-s">{notice.heading}</h2>
      <ul>
        {notice.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
