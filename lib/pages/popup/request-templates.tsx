/** Request emails to the NAS: a short validated form that produces the email to send from the shared mailbox. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SectorId } from '../../knowledge/sector-ids.ts';
import { formatPartialDate } from '../help/sources.ts';
import {
  TEMPLATES,
  buildRequestEmail,
  recipientsFor,
  templateById,
  validateRequest,
  type FieldErrors,
  type FieldId,
  type FieldSpec,
  type RequestEmail,
  type TemplateId,
} from '../help/templates.ts';
import { CopyButton } from './copy-button.tsx';
import { ErrorSummary, Field, Fieldset } from '../kit/field.tsx';

export interface RequestStart {
  template: TemplateId;
  prefill?: { nhsmailAddress?: string; restoreBy?: string };
  /** Changes on every start, so the same template can be started twice. */
  nonce: number;
}

/** One request field through the pages kit's one form field (label, hint, NHS.UK error message). */
function RequestField({
  field,
  value,
  error,
  onChange,
}: {
  field: FieldSpec;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = `request-${field.id}`;
  if (field.kind === 'choice') {
    return (
      <Fieldset id={id} legend={field.label} hint={field.hint} error={error}>
        {() => (
          <div class="nhsuk-radios nhsuk-radios--inline">
            {field.options?.map((option) => (
              <div class="nhsuk-radios__item" key={option.value}>
                <input
                  class="nhsuk-radios__input"
                  type="radio"
                  id={`${id}-${option.value}`}
                  name={id}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                <label class="nhsuk-label nhsuk-radios__label" for={`${id}-${option.value}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        )}
      </Fieldset>
    );
  }
  return (
    <Field id={id} label={field.label} hint={field.hint} error={error}>
      {({ describedBy, invalid }) => (
        <input
          class={`nhsuk-input nhsc-input--full${invalid ? ' nhsuk-input--error' : ''}`}
          id={id}
          name={field.id}
          // One of text, tel or email; Preact's typings only accept a single literal here.
          type={(field.kind === 'tel' ? 'tel' : field.kind === 'email' ? 'email' : 'text') as 'text'}
          spellcheck={false}
          autocomplete={field.autocomplete ?? 'off'}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
          value={value}
          onInput={(event) => onChange((event.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

export function RequestTemplates({
  sector,
  start,
}: {
  sector: SectorId | undefined;
  start?: RequestStart | undefined;
}) {
  const [templateId, setTemplateId] = useState<TemplateId>('add-user');
  const [values, setValues] = useState<Partial<Record<FieldId, string>>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [email, setEmail] = useState<RequestEmail | undefined>();
  const [restoreBy, setRestoreBy] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const sectionRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const template = templateById(templateId);
  const recipients = recipientsFor(sector);

  useEffect(() => {
    if (!start) return;
    setTemplateId(start.template);
    setValues(start.prefill?.nhsmailAddress ? { nhsmailAddress: start.prefill.nhsmailAddress } : {});
    setRestoreBy(start.prefill?.restoreBy);
    setErrors({});
    setEmail(undefined);
    // Started from a button click: take the person to the form (never on first render).
    sectionRef.current?.scrollIntoView({ block: 'start' });
    sectionRef.current?.querySelector<HTMLInputElement>(`#request-template-${start.template}`)?.focus();
  }, [start]);

  function choose(id: TemplateId) {
    setTemplateId(id);
    setErrors({});
    setEmail(undefined);
  }

  function submit(event: Event) {
    event.preventDefault();
    const result = validateRequest(template, values);
    if (!result.ok) {
      setErrors(result.errors);
      setEmail(undefined);
      // NHS pattern: the error summary takes focus after each failed submit (a new key remounts it).
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    const options = {
      ...(sector ? { sector } : {}),
      ...(templateId === 'restore-account' && restoreBy ? { restoreBy } : {}),
    };
    setEmail(buildRequestEmail(templateId, result.values, options));
    queueMicrotask(() => resultRef.current?.focus());
  }

  const errorList = template.fields.filter((f) => errors[f.id]);
  return (
    <section class="nhsc-section" id="request-templates" aria-labelledby="templates-heading" ref={sectionRef}>
      <h2 id="templates-heading">Email the NAS</h2>
      <p>Fill in the details and we write the email for you. Nothing is sent from here.</p>
      <div class="nhsuk-form-group">
        <fieldset class="nhsuk-fieldset">
          <legend class="nhsuk-fieldset__legend nhsc-legend--s">What do you need to ask for?</legend>
          <div class="nhsuk-radios">
            {TEMPLATES.map((item) => (
              <div class="nhsuk-radios__item" key={item.id}>
                <input
                  class="nhsuk-radios__input"
                  type="radio"
                  id={`request-template-${item.id}`}
                  name="request-template"
                  value={item.id}
                  checked={templateId === item.id}
                  aria-describedby={`request-template-${item.id}-hint`}
                  onChange={() => choose(item.id)}
                />
                <label class="nhsuk-label nhsuk-radios__label" for={`request-template-${item.id}`}>
                  {item.title}
                </label>
                <span class="nhsuk-hint nhsuk-radios__hint" id={`request-template-${item.id}-hint`}>
                  {item.summary}
                </span>
              </div>
            ))}
          </div>
        </fieldset>
      </div>

      <form noValidate onSubmit={submit}>
        {errorList.length > 0 && (
          <ErrorSummary
            key={attempt}
            testId="request-errors"
            errors={errorList.map((f) => ({ field: `request-${f.id}`, text: errors[f.id] ?? '' }))}
          />
        )}
        {template.fields.map((field) => (
          <RequestField
            key={`${templateId}-${field.id}`}
            field={field}
            value={values[field.id] ?? ''}
            error={errors[field.id]}
            onChange={(value) => setValues((current) => ({ ...current, [field.id]: value }))}
          />
        ))}
        <button type="submit" class="nhsuk-button">
          Create email
        </button>
      </form>

      {email && (
        <div class="nhsc-email" ref={resultRef} tabIndex={-1} aria-labelledby="email-heading" role="region">
          <h3 id="email-heading">Your email</h3>
          <div class="nhsuk-warning-callout">
            <h4 class="nhsuk-warning-callout__label">
              <span class="nhsuk-u-visually-hidden">Important: </span>Send it from the shared mailbox
            </h4>
            <p>
              Send this email from your site's shared mailbox, not from a personal account. The NAS asks for requests to
              come from the shared mailbox, sent by its owner.
            </p>
          </div>
          <dl class="nhsuk-summary-list">
            <div class="nhsuk-summary-list__row">
              <dt class="nhsuk-summary-list__key">To</dt>
              <dd class="nhsuk-summary-list__value" data-testid="email-to">
                {email.to} <CopyButton text={email.to} what="address" />
              </dd>
            </div>
            <div class="nhsuk-summary-list__row">
              <dt class="nhsuk-summary-list__key">Subject</dt>
              <dd class="nhsuk-summary-list__value" data-testid="email-subject">
                {email.subject} <CopyButton text={email.subject} what="subject" />
              </dd>
            </div>
          </dl>
          {recipients.length > 1 && (
            <p class="nhsuk-body-s">
              Older guidance for your sector used{' '}
              {recipients
                .slice(1)
                .map((r) => `${r.email}${r.seenDate ? ` (last seen ${formatPartialDate(r.seenDate)})` : ''}`)
                .join(', ')}
              . Newer guidance uses {email.to}.
            </p>
          )}
          <div class="nhsuk-form-group">
            <label class="nhsuk-label" for="email-text">
              Email text
            </label>
            <textarea class="nhsuk-textarea nhsc-input--full" id="email-text" rows={12} readOnly value={email.body} />
          </div>
          <CopyButton
            text={email.body}
            what="email text"
            fallback="Copying did not work. Select the text in the box, then press Ctrl and C."
          />{' '}
          <a class="nhsuk-button nhsuk-button--secondary nhsc-mailto" href={email.mailto}>
            Open in my email app
          </a>
        </div>
      )}
    </section>
  );
}
