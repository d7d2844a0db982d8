/**
 * What the registration script says with what the background sends it: each rule's message for
 * each problem, the check before submitting, the hints' buttons, the checklist's step headings and
 * tags, a checklist link's words once the ODS code is known, the layout preview, and the words in
 * headings that tell a step. None of it shows before the background's reply (a finding needs its
 * words, the check and the panel's list need the checklist, the preview needs the layout word
 * list), so the background sends these with content:get-page-context and the content script does
 * not carry them, as with the page hints' words (docs/decisions.md D26, Budgets). What shows
 * before any reply (the panel's heading, notice, sector question and its own buttons) stays in
 * view/panel.ts. Only the background imports this module; the content script imports its types.
 *
 * Keys: `rule-id/problem` for the rules (the problems a rule file's `words` names), then
 * `field/kind`, `step/step-id`, `step-words/step-id`, `code-link/item-id`, `tag/…`, `check/…`,
 * `hint/…` and `layout/…`; and `proved-by/item-id`, which items the form proves (PROVED_BY).
 */
import type { ChecklistStep } from '../../knowledge/checklist-steps.ts';
import { DSPT_SEARCH_URL } from '../../dspt.ts';
import type { RegistrationKnowledge, SlicedSector } from '../kit/registration-facts.ts';
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

/** Every word the registration script shows with the background's knowledge, by key (and PROVED_BY). */
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

/**
 * The checklist items the form itself proves, and the kind of field that proves each (not words,
 * but a fact about the checklist that only the registration script uses: it goes with them).
 */
export const PROVED_BY: Readonly<Record<string, FieldKind>> = {
  'optometry-nhsbsa-code': 'auth-code',
  'ods-code-optometry': 'ods',
  'ods-code-pharmacy': 'ods',
  'ods-code-dental': 'ods',
  'unique-mobile-numbers': 'mobile',
  'unique-personal-emails': 'email',
};

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

/**
 * The words in a heading that name each step, as regular expressions (sent as their source, read
 * case-insensitively by detect.ts `stepFromText`): the step shows only beside the checklist.
 */
export const STEP_PATTERNS: Readonly<Record<ChecklistStep, RegExp>> = {
  prerequisites: /\b(pre-?requisites?|questionnaire|before you (start|apply))\b/i,
  authentication: /\b(authenticat\w*|one[- ]time passcode|passcode|cqc (location|contact))\b/i,
  organisation: /\b(organisation details|ods code|town details|site details|premises)\b/i,
  members: /\b(members?|users?|staff|add people|mobile number)\b/i,
  review: /\b(review|check your answers|summary|declaration)\b/i,
};

/** The tags on the panel's checklist items: what kind of item, or what the form shows for it. */
export const ITEM_TAGS = {
  must: 'Must do',
  advice: 'Advice',
  met: 'Done on the form',
  problem: 'Check the form',
  elsewhere: 'On another page',
} as const;

/** The check before submitting (view/dialog.ts); `{n}` is the number of things found. */
export const CHECK_WORDS = {
  one: 'Before you submit: NHSmail Companion found 1 thing to check',
  many: 'Before you submit: NHSmail Companion found {n} things to check',
  note: 'Applications with these problems are often rejected or delayed. Nothing has been sent yet.',
  back: 'Go back',
  anyway: 'Submit anyway',
} as const;

/** A hint's buttons (view/hint.ts). */
export const HINT_BUTTONS = {
  'not-now': 'Not now',
  never: "Don't show this again",
  wrong: 'This is wrong for me',
} as const;

/** "Copy this page's layout": the preview of the report, and what happened when copying it. */
export const LAYOUT_PREVIEW = {
  title: "This page's layout",
  about:
    'Only the structure of this page: what you typed, email addresses, numbers and names are replaced. Check it before you copy it.',
  copy: 'Copy to clipboard',
  close: 'Close',
  copied: 'Copied. Paste it into an email to the project. The extension has not sent it anywhere.',
  refused:
    'Your browser did not let us copy it. Select the text in the box, copy it with Ctrl+C (Cmd+C on a Mac) and paste it into an email.',
} as const;

/**
 * The words of a checklist item's link once the ODS code is known, `{code}` the code: an item
 * linking to the DSPT search then links to the organisation's own page, the search's address with
 * the code after it (docs/sources.md §4.3).
 */
export const DSPT_CODE_LINK = 'Check {code} on the DSPT website';

const prefixed = (prefix: string, words: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(words).map(([key, text]) => [`${prefix}/${key}`, text]));

/** The words the background sends with content:get-page-context, for its registration knowledge. */
export function registrationWords(knowledge: RegistrationKnowledge): RegistrationWords {
  const { sectors } = knowledge;
  const out = {
    ...prefixed('field', FIELD_NAMES),
    ...prefixed('step', STEP_NAMES),
    ...prefixed('proved-by', PROVED_BY),
    ...prefixed('step-words', Object.fromEntries(Object.entries(STEP_PATTERNS).map(([id, re]) => [id, re.source]))),
    ...prefixed('tag', ITEM_TAGS),
    ...prefixed('check', CHECK_WORDS),
    ...prefixed('hint', HINT_BUTTONS),
    ...prefixed('layout', LAYOUT_PREVIEW),
  };
  for (const [id, words] of Object.entries(ruleWords(sectors))) Object.assign(out, prefixed(id, words));
  for (const item of knowledge.checklist)
    if (item.link?.url === DSPT_SEARCH_URL) out[`code-link/${item.id}`] = DSPT_CODE_LINK;
  return out;
}
