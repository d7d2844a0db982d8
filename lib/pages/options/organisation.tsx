/** Sector, ODS code (and the shared mailbox address it implies) and role. */
import { useRef, useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import { sectorById } from '../../knowledge/sectors.ts';
import type { Role } from '../../background/storage.ts';
import { StatusLine } from '../kit/feedback.tsx';
import { odsVerdict, impliedSharedMailbox } from './organisation-rules.ts';
import type { Apply } from './types.ts';
import { SectorSelect } from '../kit/organisation-chooser.tsx';

const ROLE_LABELS: Record<Role, { label: string; hint: string }> = {
  owner: {
    label: 'Shared mailbox owner',
    hint: 'You manage who can use the shared mailbox and ask the NAS for new accounts.',
  },
  member: { label: 'Shared mailbox member', hint: 'You send and receive from the shared mailbox.' },
  locum: { label: 'Locum', hint: 'You work at several sites and have your own account.' },
};

export function Organisation({ view, apply }: { view: StatusView; apply: Apply }) {
  const [sectorId, setSectorId] = useState<string>(view.settings.sector ?? '');
  const [ods, setOds] = useState<string>(view.settings.odsCode ?? '');
  const [role, setRole] = useState<string>(view.settings.role ?? '');
  const [odsError, setOdsError] = useState('');
  const [status, setStatus] = useState('');
  const odsInput = useRef<HTMLInputElement>(null);

  const sector = sectorId ? sectorById(sectorId) : undefined;
  const check = odsVerdict(ods, sectorId || undefined);
  const liveCode = check.kind === 'ok' || check.kind === 'warning' ? check.code : undefined;
  const mailbox = impliedSharedMailbox(sector, liveCode);

  async function save(event: Event) {
    event.preventDefault();
    setStatus('');
    if (check.kind === 'error') {
      setOdsError(check.message);
      odsInput.current?.focus();
      return;
    }
    setOdsError('');
    const reply = await apply({
      type: 'page:save-settings',
      settings: {
        sector: sectorId || null,
        odsCode: check.kind === 'empty' ? null : check.code,
        role: role || null,
      },
    });
    if (!reply.ok) setStatus(reply.error);
    else setStatus(check.kind === 'warning' ? `Saved. ${check.message}` : 'Saved.');
    if (check.kind === 'ok' || check.kind === 'warning') setOds(check.code);
  }

  return (
    <section class="nhsuk-card" aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">Your organisation</h2>
      <form onSubmit={save} noValidate>
        <SectorSelect label="Type of organisation" value={sectorId} onChange={setSectorId} />

        <div class={`nhsuk-form-group${odsError ? ' nhsuk-form-group--error' : ''}`}>
          <label class="nhsuk-label" for="ods-code">
            ODS code
          </label>
          <span class="nhsuk-hint" id="ods-code-hint">
            {sector
              ? sector.ods.hint
              : 'The code the NHS uses for your site. Choose your type of organisation to check it.'}
          </span>
          {odsError && (
            <span class="nhsuk-error-message" id="ods-code-error" data-testid="ods-error">
              <span class="nhsuk-u-visually-hidden">Error: </span>
              {odsError}
            </span>
          )}
          <input
            ref={odsInput}
            class={`nhsuk-input${odsError ? ' nhsuk-input--error' : ''}`}
            id="ods-code"
            name="odsCode"
            type="text"
            spellcheck={false}
            autocomplete="off"
            maxLength={12}
            size={12}
            value={ods}
            aria-describedby={odsError ? 'ods-code-hint ods-code-error' : 'ods-code-hint'}
            aria-invalid={odsError ? true : undefined}
            onInput={(e) => {
              setOds((e.currentTarget as HTMLInputElement).value);
              setOdsError('');
            }}
          />
          {check.kind === 'warning' && (
            <p class="nhsuk-body-s" data-testid="ods-warning">
              <strong class="nhsuk-tag nhsuk-tag--yellow">Check</strong> {check.message}
            </p>
          )}
        </div>

        <div class="nhsuk-inset-text" data-testid="implied-mailbox">
          {mailbox ? (
            <>
              <p>
                Your shared mailbox address is probably <strong>{mailbox.address}</strong>
                {mailbox.confirmed ? '.' : ' (unconfirmed).'}
              </p>
              {!mailbox.confirmed && (
                <p class="nhsuk-body-s">{mailbox.note ?? 'The sources do not confirm this address.'}</p>
              )}
            </>
          ) : sector && !sector.sharedMailbox ? (
            <p>The sources give no shared mailbox address for this type of organisation.</p>
          ) : (
            <p>Choose your type of organisation and enter your ODS code to see your shared mailbox address.</p>
          )}
        </div>

        <fieldset class="nhsuk-form-group nhsc-fieldset">
          <legend class="nhsuk-label">Your role</legend>
          {(Object.keys(ROLE_LABELS) as Role[]).map((r) => (
            <div class="nhsuk-checkboxes__item" key={r}>
              <input
                class="nhsuk-checkboxes__input"
                type="radio"
                id={`role-${r}`}
                name="role"
                value={r}
                checked={role === r}
                aria-describedby={`role-${r}-hint`}
                onChange={() => setRole(r)}
              />
              <div>
                <label for={`role-${r}`}>{ROLE_LABELS[r].label}</label>
                <span class="nhsuk-hint nhsuk-body-s" id={`role-${r}-hint`}>
                  {ROLE_LABELS[r].hint}
                </span>
              </div>
            </div>
          ))}
          <div class="nhsuk-checkboxes__item">
            <input
              class="nhsuk-checkboxes__input"
              type="radio"
              id="role-none"
              name="role"
              value=""
              checked={role === ''}
              onChange={() => setRole('')}
            />
            <label for="role-none">Not saying</label>
          </div>
        </fieldset>

        <button type="submit" class="nhsuk-button">
          Save organisation details
        </button>
        <StatusLine id="organisation-status">{status}</StatusLine>
      </form>
    </section>
  );
}
