/**
 * Request emails to the National Administration Service (NAS): add a user, restore a deleted account,
 * mark a leaver or a joiner. Facts: lib/knowledge (needs 'add-remove-user', 'have-account',
 * RESTORE_ROUTE, sector NAS contacts). Validators are total: any value in, a message or a clean value out.
 */
import { formatLongDate, parseIsoDate, type IsoDate } from '../../dates.ts';
import { RESTORE_ROUTE } from '../../knowledge/policy.ts';
import type { SectorId } from '../../knowledge/sector-ids.ts';
import { recipientsFor } from './recipients.ts';
import {
  checkMobile as checkUkMobile,
  checkNhsmailAddress as checkNhsmail,
  checkOds,
  checkPersonalEmail as checkPersonal,
  EMAIL_FORMAT_MESSAGE,
  formatMobile,
  MOBILE_MESSAGES,
  odsMessage,
} from '../../validators.ts';

export type TemplateId = 'add-user' | 'restore-account' | 'leaver-joiner';
export type FieldId = 'fullName' | 'mobile' | 'personalEmail' | 'role' | 'nhsmailAddress' | 'movement' | 'odsCode';

export interface FieldSpec {
  id: FieldId;
  label: string;
  hint?: string;
  kind: 'text' | 'tel' | 'email' | 'choice';
  /** For 'choice': value and label. */
  options?: readonly { value: string; label: string }[];
  optional?: boolean;
  autocomplete?: string;
}

export interface TemplateSpec {
  id: TemplateId;
  title: string;
  /** One line on when to use it. */
  summary: string;
  fields: readonly FieldSpec[];
}

const FULL_NAME: FieldSpec = { id: 'fullName', label: 'Full name', kind: 'text', autocomplete: 'off' };
const ODS: FieldSpec = {
  id: 'odsCode',
  label: 'Site ODS code (optional)',
  hint: 'Helps the NAS find your site.',
  kind: 'text',
  optional: true,
  autocomplete: 'off',
};
const ROLE: FieldSpec = {
  id: 'role',
  label: 'Owner or member of the shared mailbox',
  kind: 'choice',
  options: [
    { value: 'member', label: 'Member' },
    { value: 'owner', label: 'Owner' },
  ],
};

export const TEMPLATES: readonly TemplateSpec[] = [
  {
    id: 'add-user',
    title: 'Add a user',
    summary: 'Ask the NAS to create an account for a new person at your site.',
    fields: [
      FULL_NAME,
      {
        id: 'mobile',
        label: 'Their mobile number',
        hint: 'Starts 07. Their own number, not one shared with anyone else.',
        kind: 'tel',
        autocomplete: 'off',
      },
      {
        id: 'personalEmail',
        label: 'Their personal email address',
        hint: 'Not an NHSmail address, and not one shared with anyone else.',
        kind: 'email',
        autocomplete: 'off',
      },
      ROLE,
      ODS,
    ],
  },
  {
    id: 'restore-account',
    title: 'Restore a deleted account',
    summary: `Within ${RESTORE_ROUTE.withinDaysOfDeletion} days of deletion, ask the NAS to restore it.`,
    fields: [
      FULL_NAME,
      {
        id: 'nhsmailAddress',
        label: 'The deleted NHSmail address',
        hint: 'Ends @nhs.net.',
        kind: 'email',
        autocomplete: 'off',
      },
      { id: 'mobile', label: "The deleted user's mobile number", hint: 'Starts 07.', kind: 'tel', autocomplete: 'off' },
      ODS,
    ],
  },
  {
    id: 'leaver-joiner',
    title: 'Leaver or joiner',
    summary: 'Tell the NAS that someone has left your site, or has joined it with an existing account.',
    fields: [
      FULL_NAME,
      {
        id: 'nhsmailAddress',
        label: 'Their NHSmail address',
        hint: 'Ends @nhs.net.',
        kind: 'email',
        autocomplete: 'off',
      },
      {
        id: 'movement',
        label: 'Leaving or joining',
        kind: 'choice',
        options: [
          { value: 'leaver', label: 'Leaving our site' },
          { value: 'joiner', label: 'Joining our site' },
        ],
      },
      { ...ROLE, label: 'If joining: owner or member of the shared mailbox', optional: true },
      ODS,
    ],
  },
];

export function templateById(id: TemplateId): TemplateSpec;
export function templateById(id: string): TemplateSpec | undefined;
export function templateById(id: string): TemplateSpec | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

// ---------------------------------------------------------------------------------------------------------------
// Validators: never throw; return { value } (cleaned) or { error } (a message to show).
// ---------------------------------------------------------------------------------------------------------------

export type Checked = { value: string; error?: undefined } | { error: string; value?: undefined };

const MAX = 120;

function text(input: unknown): string {
  return typeof input === 'string' ? input.trim().replace(/\s+/g, ' ') : '';
}

export function checkFullName(input: unknown): Checked {
  const name = text(input);
  if (!name) return { error: 'Enter their full name' };
  if (name.length > MAX) return { error: `Full name must be ${MAX} characters or fewer` };
  if (!/\p{L}/u.test(name)) return { error: 'Full name must contain letters' };
  if (!/\p{L}.*\s.*\p{L}/u.test(name)) return { error: 'Enter their first name and surname' };
  if (/[<>{}[\]@\\|]/.test(name))
    return { error: 'Full name must only include letters, spaces, hyphens and apostrophes' };
  return { value: name };
}

/** A UK mobile number that starts 07 (lib/validators.ts), shown back as '07xxx xxxxxx'. */
export function checkMobile(input: unknown): Checked {
  const r = checkUkMobile(input);
  return r.ok ? { value: formatMobile(r.value) } : { error: MOBILE_MESSAGES[r.problem] };
}

/** A personal (non-NHSmail) email address. */
export function checkPersonalEmail(input: unknown): Checked {
  const r = checkPersonal(input);
  if (r.ok) return { value: r.value };
  if (r.problem === 'empty') return { error: 'Enter their personal email address' };
  if (r.problem === 'nhs-net') return { error: 'Enter a personal email address, not an NHSmail address' };
  return { error: EMAIL_FORMAT_MESSAGE };
}

/** An @nhs.net address. */
export function checkNhsmailAddress(input: unknown): Checked {
  const r = checkNhsmail(input);
  if (r.ok) return { value: r.value };
  if (r.problem === 'empty') return { error: 'Enter their NHSmail address' };
  if (r.problem === 'not-nhs-net') return { error: 'Enter an NHSmail address, ending @nhs.net' };
  return { error: EMAIL_FORMAT_MESSAGE };
}

export function checkRole(input: unknown, optional = false): Checked {
  if (input === 'owner' || input === 'member') return { value: input };
  if (optional && (input === undefined || input === '')) return { value: '' };
  return { error: 'Select owner or member' };
}

export function checkMovement(input: unknown): Checked {
  if (input === 'leaver' || input === 'joiner') return { value: input };
  return { error: 'Select leaving or joining' };
}

/** Optional ODS code: 1 to 9 letters and numbers, upper-cased. */
export function checkOdsCode(input: unknown): Checked {
  const check = checkOds(input);
  if (check.kind === 'empty') return { value: '' };
  if (check.kind === 'ok') return { value: check.code };
  return { error: odsMessage(check) ?? 'Enter an ODS code of 1 to 9 letters and numbers only' };
}

export type FormValues = Partial<Record<FieldId, unknown>>;
export type FieldErrors = Partial<Record<FieldId, string>>;

/** Checks every field of the template; returns the cleaned values or the errors, in field order. */
export function validateRequest(
  template: TemplateSpec,
  values: FormValues,
): { ok: true; values: Record<FieldId, string> } | { ok: false; errors: FieldErrors } {
  const clean = {} as Record<FieldId, string>;
  const errors: FieldErrors = {};
  for (const field of template.fields) {
    const input = values?.[field.id];
    let checked: Checked;
    switch (field.id) {
      case 'fullName':
        checked = checkFullName(input);
        break;
      case 'mobile':
        checked = checkMobile(input);
        break;
      case 'personalEmail':
        checked = checkPersonalEmail(input);
        break;
      case 'nhsmailAddress':
        checked = checkNhsmailAddress(input);
        break;
      case 'role':
        checked = checkRole(input, field.optional === true);
        break;
      case 'movement':
        checked = checkMovement(input);
        break;
      case 'odsCode':
        checked = checkOdsCode(input);
        break;
    }
    if (checked.error !== undefined) errors[field.id] = checked.error;
    else clean[field.id] = checked.value;
  }
  if (template.id === 'leaver-joiner' && clean.movement === 'joiner' && !clean.role && !errors.movement) {
    errors.role = 'Select owner or member';
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values: clean };
}

// ---------------------------------------------------------------------------------------------------------------
// Recipients and the email itself
// ---------------------------------------------------------------------------------------------------------------

export { recipientsFor, type Recipient } from './recipients.ts';

export interface RequestEmail {
  to: string;
  subject: string;
  body: string;
  /** mailto: URL with the subject and body encoded. */
  mailto: string;
}

export interface EmailOptions {
  sector?: SectorId;
  /** For a restore: the last day it can still be restored, if we know it. */
  restoreBy?: IsoDate;
}

const ROLE_WORDS: Record<string, string> = { owner: 'Owner', member: 'Member' };

function lines(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\r\n');
}

/** The email text for a validated request. */
export function buildRequestEmail(
  templateId: TemplateId,
  v: Record<FieldId, string>,
  options: EmailOptions = {},
): RequestEmail {
  const to = recipientsFor(options.sector)[0]?.email ?? 'helpdesk@nhs.net';
  const site = v.odsCode ? ` (ODS code ${v.odsCode})` : '';
  const odsLine = v.odsCode ? `Site ODS code: ${v.odsCode}` : undefined;
  const signOff = [
    '',
    'I am sending this from our shared mailbox as the shared mailbox owner.',
    '',
    'Kind regards',
    '',
    '[Your name]',
    '[Organisation name and town]',
  ];
  let subject: string;
  let body: string;
  switch (templateId) {
    case 'add-user':
      subject = `New NHSmail user for our site${site}: ${v.fullName}`;
      body = lines(
        'Dear National Administration Service,',
        '',
        'Please create an NHSmail account for a new member of staff and give them access to our shared mailbox.',
        '',
        `Full name: ${v.fullName}`,
        `Mobile number: ${v.mobile}`,
        `Personal email address: ${v.personalEmail}`,
        `Owner or member of the shared mailbox: ${ROLE_WORDS[v.role] ?? v.role}`,
        odsLine,
        ...signOff,
      );
      break;
    case 'restore-account': {
      const by = options.restoreBy && parseIsoDate(options.restoreBy) ? formatLongDate(options.restoreBy) : undefined;
      subject = `Please restore a deleted NHSmail account: ${v.nhsmailAddress}`;
      body = lines(
        'Dear National Administration Service,',
        '',
        `Please restore the deleted NHSmail account below. It was deleted less than ${RESTORE_ROUTE.withinDaysOfDeletion} days ago${by ? `, so it can be restored until at least ${by}` : ''}.`,
        '',
        `Full name: ${v.fullName}`,
        `Deleted email address: ${v.nhsmailAddress}`,
        `Deleted user's mobile number: ${v.mobile}`,
        odsLine,
        ...signOff,
      );
      break;
    }
    case 'leaver-joiner': {
      const joiner = v.movement === 'joiner';
      subject = `${joiner ? 'Joiner' : 'Leaver'}: please mark ${v.nhsmailAddress} as a ${joiner ? 'joiner' : 'leaver'}`;
      body = lines(
        'Dear National Administration Service,',
        '',
        joiner
          ? 'A member of staff with an existing NHSmail account has joined our site. Please mark their account as a joiner and give them access to our shared mailbox.'
          : 'A member of staff has left our site. Please mark their account as a leaver. They no longer need access to our shared mailbox.',
        '',
        `Full name: ${v.fullName}`,
        `NHSmail address: ${v.nhsmailAddress}`,
        joiner && `Owner or member of the shared mailbox: ${ROLE_WORDS[v.role] ?? v.role}`,
        odsLine,
        ...signOff,
      );
      break;
    }
  }
  const mailto = `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { to, subject, body, mailto };
}
