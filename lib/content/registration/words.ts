/**
 * What the registration script says beside what the background sends it: each rule's message for
 * each problem, the names of the fields in the check before submitting, and the checklist's step
 * headings. None of it shows before the background's reply (a finding needs its words, the check
 * and the steps need the checklist), so the background sends these words with
 * content:get-page-context and the content script does not carry them, as with the page hints'
 * words (docs/decisions.md D26, Budgets). Only the background imports this module; the content
 * script imports its types only.
 *
 * Keys: `rule-id/problem` for the rules (the problems a rule file's `words` names), `field/kind`,
 * `step/step-id`.
 */
import type { ChecklistStep } from '../../knowledge/checklist-steps.ts';
import type { SlicedSector } from '../kit/registration-facts.ts';
import type { FieldKind } from './fields.ts';
import type { RuleWords } from './model.ts';
import * as authCodePresent from './rules/auth-code-present.ts';
import * as cqcContactId from './rules/cqc-contact-id.ts';
import * as cqcLocationId from './rules/cqc-location-id.ts';
import * as duplicateEmail from './rules/duplicate-email.ts';
import * as duplicateMobile from './rules/duplicate-mobile.ts';
import * as locumPasscode from './rules/locum-passcode.ts';
import * as mobileFormat from './rules/mobile-format.ts';
import * as odsFormat from './rules/ods-format.ts';
import * as personalEmail from './rules/personal-email.ts';

/** Every word the registration script shows with the background's knowledge, by key. */
export type RegistrationWords = Readonly<Record<string, string>>;

/** Each rule's words, by rule id (the meta-test in test/unit/registration-rules.test.ts keeps this list whole). */
export function ruleWords(sectors: readonly SlicedSector[]): Readonly<Record<string, RuleWords>> {
  return {
    'auth-code-present': authCodePresent.words,
    'cqc-contact-id': cqcContactId.words,
    'cqc-location-id': cqcLocationId.words,
    'duplicate-email': duplicateEmail.words,
    'duplicate-mobile': duplicateMobile.words,
    'locum-passcode': locumPasscode.words,
    'mobile-format': mobileFormat.words,
    'ods-format': odsFormat.wordsFor(sectors),
    'personal-email': personalEmail.words,
  };
}

/** What each kind of field is called in the check before submitting ("Mobile number (2 of 3): …"). */
export const FIELD_NAMES: Readonly<Record<FieldKind, string>> = {
  ods: 'ODS code',
  mobile: 'Mobile number',
  email: 'Personal email address',
  'auth-code': 'Authentication code',
  otp: 'One-time passcode',
  'cqc-location': 'CQC Location ID',
  'cqc-contact': 'CQC Contact ID',
};

/** The checklist's step headings in the panel, and "This page looks like: …". */
export const STEP_NAMES: Readonly<Record<ChecklistStep, string>> = {
  prerequisites: 'Before you apply',
  authentication: 'Proving who you are',
  organisation: 'Your organisation',
  members: 'The people you register',
  review: 'After you submit',
};

const prefixed = (prefix: string, words: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(words).map(([key, text]) => [`${prefix}/${key}`, text]));

/** The words the background sends with content:get-page-context, for the knowledge base's sectors. */
export function registrationWords(sectors: readonly SlicedSector[]): RegistrationWords {
  const out = { ...prefixed('field', FIELD_NAMES), ...prefixed('step', STEP_NAMES) };
  for (const [id, words] of Object.entries(ruleWords(sectors))) Object.assign(out, prefixed(id, words));
  return out;
}
