/**
 * When the browser has been told not to let the extension run on the NHSmail portal (site access
 * withheld or removed), sign-ins go unseen and the registration checklist cannot appear. Say so,
 * and offer to ask again; everything else in the popup keeps working (docs/decisions.md check 23).
 */
import { useEffect, useState } from 'preact/hooks';
import { hasPortalAccess, requestPortalAccess } from '../kit/optional-permissions.ts';
import type { Ask } from './popup.tsx';

export function PortalAccess({ ask }: { ask: Ask }) {
  const [access, setAccess] = useState<boolean | undefined>();
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void hasPortalAccess().then(setAccess);
  }, []);

  if (access !== false) return null;

  async function allow() {
    const granted = await requestPortalAccess();
    setAccess(granted);
    setRefused(!granted);
    if (granted) await ask({ type: 'page:permissions-changed' });
  }

  return (
    <div class="nhsuk-warning-callout" data-testid="portal-access">
      <h2 class="nhsuk-warning-callout__label">
        <span class="nhsuk-u-visually-hidden">Important: </span>The extension cannot see the NHSmail portal
      </h2>
      <p>
        Your browser is not letting NHSmail Companion run on portal.nhs.net, so it cannot notice your sign-ins or show
        the registration checklist. Your saved dates and the contacts below still work.
      </p>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={allow}>
        Allow on the NHSmail portal
      </button>
      {refused && (
        <p role="status">Access was not given. You can also allow it in your browser's extension settings.</p>
      )}
    </div>
  );
}
