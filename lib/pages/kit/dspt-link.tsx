/**
 * The organisation's published DSPT status on the DSPT website (lib/dspt.ts), found by the saved ODS code, with the
 * honest note that the extension cannot see the status itself. Without a code the Help page links to the public
 * search instead; the popup shows nothing.
 */
import { DSPT_SEARCH_URL, dsptStatusLink } from '../../dspt.ts';

const NEW_TAB = <span class="nhsuk-u-visually-hidden"> (opens in a new tab)</span>;

export function DsptLink({ odsCode, withSearch = false }: { odsCode: string | undefined; withSearch?: boolean }) {
  const link = dsptStatusLink(odsCode);
  if (link) {
    return (
      <p class="nhsc-dspt" data-testid="dspt-link">
        <a href={link.url} target="_blank" rel="noreferrer">
          {link.text}
          {NEW_TAB}
        </a>
        <br />
        <span class="nhsc-secondary">{link.note}</span>
      </p>
    );
  }
  if (!withSearch) return null;
  return (
    <p class="nhsc-dspt" data-testid="dspt-link">
      <a href={DSPT_SEARCH_URL} target="_blank" rel="noreferrer">
        Search for your organisation’s published DSPT status
        {NEW_TAB}
      </a>
      <br />
      <span class="nhsc-secondary">
        Save your site ODS code in Settings to link straight to it. NHSmail Companion cannot see your DSPT status
        itself.
      </span>
    </p>
  );
}
