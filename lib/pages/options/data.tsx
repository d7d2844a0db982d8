/** Local contacts (import and export of the local directory file) and everything stored: export, restore, erase. */
import { useRef, useState } from 'preact/hooks';
import type { StatusView } from '../../protocol.ts';
import { formatLongDate } from '../../dates.ts';
import {
  LOCAL_DIRECTORY_MAX_BYTES,
  describeProblems,
  formatLocalDirectory,
  localDirectoryFileName,
  parseLocalDirectory,
} from '../../local-directory.ts';
import { ErrorSummary, StatusLine } from '../kit/feedback.tsx';
import { Field } from '../kit/field.tsx';
import type { Apply, OptionsDeps } from './types.ts';

const NOT_IMPORTED = 'The file was not imported and nothing was changed';
const NOT_RESTORED = 'The file was not restored and nothing was changed';

function longDate(iso: string): string {
  try {
    return formatLongDate(iso);
  } catch {
    return iso;
  }
}

export function LocalContacts({ view, apply, deps }: { view: StatusView; apply: Apply; deps: OptionsDeps }) {
  const [problems, setProblems] = useState<string[] | undefined>();
  const [status, setStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const directory = view.localContacts;

  async function importFile(event: Event) {
    event.preventDefault();
    setStatus('');
    setProblems(undefined);
    const file = fileInput.current?.files?.[0];
    if (!file) return setProblems(['Choose a local directory file first.']);
    if (file.size > LOCAL_DIRECTORY_MAX_BYTES) return setProblems(['file: is larger than 200 KB']);
    let text: string;
    try {
      text = await deps.readFile(file);
    } catch {
      return setProblems(['file: could not be read']);
    }
    // Check here to list the problems at once; the background checks again before it writes.
    const parsed = parseLocalDirectory(text);
    if (!parsed.ok) return setProblems(describeProblems(parsed.problems));
    // Send the data, not the text: escaped JSON text could outgrow the message size limit.
    const reply = await apply({ type: 'page:import-local-contacts', file: parsed.directory });
    if (!reply.ok) {
      const [, ...lines] = reply.error.split('\n');
      return setProblems(lines.length ? lines : [reply.error]);
    }
    const count = parsed.directory.contacts.length;
    setStatus(`Imported ${count} ${count === 1 ? 'contact' : 'contacts'} from ${parsed.directory.publisher}.`);
    if (fileInput.current) fileInput.current.value = '';
  }

  return (
    <section class="nhsc-section" aria-labelledby="local-heading">
      <h2 id="local-heading">Local contacts</h2>
      <p>
        Your Local Optical Committee (LOC) or Integrated Care Board (ICB) may give you a file of local contacts, such as
        referral addresses. Import it to see them in the extension.
      </p>
      {directory ? (
        <div data-testid="local-directory">
          <p>
            <strong>{directory.contacts.length}</strong> {directory.contacts.length === 1 ? 'contact' : 'contacts'} from{' '}
            <strong>{directory.publisher}</strong>, published {longDate(directory.published)}.
          </p>
          <dl class="nhsuk-summary-list">
            {directory.contacts.map((contact, index) => (
              <div class="nhsuk-summary-list__row" key={index}>
                <dt class="nhsuk-summary-list__key">{contact.name}</dt>
                <dd class="nhsuk-summary-list__value">
                  {contact.purpose}
                  {contact.email && <span class="nhsc-block">{contact.email}</span>}
                  {contact.phone && <span class="nhsc-block">{contact.phone}</span>}
                  {contact.url && <span class="nhsc-block">{contact.url}</span>}
                  <span class="nhsc-block nhsuk-body-s nhsuk-secondary-text">
                    {contact.region}. Source: {contact.source}, last compared with it on {longDate(contact.reviewed)}.
                  </span>
                </dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            class="nhsuk-button nhsuk-button--secondary"
            onClick={() => deps.download(localDirectoryFileName(directory), formatLocalDirectory(directory))}
          >
            Download the local directory file
          </button>
        </div>
      ) : (
        <p data-testid="local-directory">No local contacts imported.</p>
      )}

      {view.managed?.localDirectory ? (
        <p data-testid="local-directory-managed">
          Your organisation provides the local contacts, so a file of your own cannot be imported here.
        </p>
      ) : (
        <form onSubmit={importFile} noValidate>
          {problems && <ErrorSummary title={NOT_IMPORTED} errors={problems} testId="import-problems" />}
          <Field
            id="directory-file"
            label={directory ? 'Replace with a new local directory file' : 'Local directory file'}
            hint="A .json file from your LOC or ICB. If it has a problem, nothing is changed."
            error={problems ? NOT_IMPORTED : undefined}
          >
            {({ id, describedBy }) => (
              <input
                ref={fileInput}
                class="nhsuk-input"
                id={id}
                name="directoryFile"
                type="file"
                accept=".json,application/json"
                aria-describedby={describedBy}
              />
            )}
          </Field>
          <button type="submit" class="nhsuk-button">
            Import file
          </button>
          <StatusLine id="import-status">{status}</StatusLine>
        </form>
      )}
    </section>
  );
}

/** The whole stored state was replaced (erased or restored): the page starts again from `view`. */
type OnReplaced = (view: StatusView) => void;

export function YourData({ view, deps, onErased }: { view: StatusView; deps: OptionsDeps; onErased: OnReplaced }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [restoreProblems, setRestoreProblems] = useState<string[] | undefined>();
  const backupInput = useRef<HTMLInputElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  async function exportAll() {
    setStatus('');
    const reply = await deps.send({ type: 'page:export-all' });
    if (!reply.ok) return setStatus(reply.error);
    deps.download(`nhsmail-companion-export-${view.today}.json`, `${JSON.stringify(reply.data, null, 2)}\n`);
    setStatus('Your data was saved as a file.');
  }

  async function restore(event: Event) {
    event.preventDefault();
    setStatus('');
    setRestoreProblems(undefined);
    const file = backupInput.current?.files?.[0];
    if (!file) return setRestoreProblems(['Choose an export file first.']);
    let text: string;
    try {
      text = await deps.readFile(file);
    } catch {
      return setRestoreProblems(['file: could not be read']);
    }
    const reply = await deps.send({ type: 'page:import-backup', text });
    if (!reply.ok) {
      const [, ...lines] = reply.error.split('\n');
      return setRestoreProblems(lines.length ? lines : [reply.error]);
    }
    if (backupInput.current) backupInput.current.value = '';
    onErased(reply.data);
    setStatus('Restored from the export file.');
  }

  async function erase() {
    const reply = await deps.send({ type: 'page:erase-all', confirm: 'erase' });
    setConfirming(false);
    if (!reply.ok) return setStatus(reply.error);
    setStatus('Everything was erased.');
    onErased(reply.data);
    setTimeout(() => eraseButton.current?.focus(), 0);
  }

  return (
    <section class="nhsc-section" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>Everything is kept in this browser only. Nothing is sent anywhere.</p>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => void exportAll()}>
        Export everything as a file
      </button>
      <form onSubmit={restore} noValidate>
        {restoreProblems && <ErrorSummary title={NOT_RESTORED} errors={restoreProblems} testId="restore-problems" />}
        <Field
          id="backup-file"
          label="Restore from an export file"
          hint='A file made with "Export everything", for example on another computer. It replaces what is stored here. If it has a problem, nothing is changed.'
          error={restoreProblems ? NOT_RESTORED : undefined}
        >
          {({ id, describedBy }) => (
            <input
              ref={backupInput}
              class="nhsuk-input"
              id={id}
              type="file"
              accept=".json,application/json"
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <button type="submit" class="nhsuk-button nhsuk-button--secondary">
          Restore
        </button>
      </form>
      {!confirming ? (
        <button
          ref={eraseButton}
          type="button"
          class="nhsuk-button nhsuk-button--warning"
          onClick={() => {
            setStatus('');
            setConfirming(true);
            setTimeout(() => confirmHeading.current?.focus(), 0);
          }}
        >
          Erase everything
        </button>
      ) : (
        <div class="nhsuk-warning-callout" data-testid="erase-confirm">
          <h3 class="nhsuk-warning-callout__label" tabIndex={-1} ref={confirmHeading}>
            Erase everything?
          </h3>
          <p>
            This removes your sign-in dates, settings, checklist ticks, hidden hints and local contacts from this
            browser. It cannot be undone. Export first if you want a copy.
          </p>
          <button type="button" class="nhsuk-button nhsuk-button--warning" onClick={() => void erase()}>
            Yes, erase everything
          </button>
          <button
            type="button"
            class="nhsuk-button nhsuk-button--secondary"
            onClick={() => {
              setConfirming(false);
              setTimeout(() => eraseButton.current?.focus(), 0);
            }}
          >
            Cancel
          </button>
        </div>
      )}
      <StatusLine id="data-status">{status}</StatusLine>
    </section>
  );
}
