/**
 * Change-password page: the rules, checked live in the page's new-password field (length and
 * spaces only; the rest cannot be checked here and the hint says so), and the stricter rule for
 * people without MFA (docs/sources.md §2.1, §2.3, §2.4).
 */
import { HINT_FACTS } from '../../kit/facts.ts';
import type { PasswordNumbers } from '../password-check.ts';
import type { HintRule } from '../types.ts';

const P = HINT_FACTS.policy;
const R = HINT_FACTS.restricted;

/** The numbers the live check uses. */
export const PASSWORD_NUMBERS: PasswordNumbers = {
  minLength: P.minLength,
  noSpaces: P.noSpaces,
  restrictedMinLength: R.minLength,
};

/** The rows of the live check: a label and the check that decides it, or null for "not checked here". */
export const PASSWORD_ROWS = [
  { label: `At least ${P.minLength} characters`, check: 'longEnough' },
  { label: 'No spaces', check: P.noSpaces ? 'noSpaces' : null },
  // PASSWORD_POLICY.rules[1..] (via facts.ts): history, name, common and breached passwords.
  ...P.rules.slice(1).map((label) => ({ label, check: null })),
] as const;

export const RESTRICTED_ROW = {
  label: `At least ${R.minLength} characters, if you have not set up MFA`,
  check: 'restrictedLongEnough',
} as const;

export const passwordRules = {
  id: 'password-rules',
  kind: 'password-change',
  appliesTo: (page) => page.kind === 'password-change',
  title: 'NHSmail password rules',
  summary: 'We check the rules we can as you type. What you type stays on this page: it is not stored or sent.',
  blocks: [
    { kind: 'password-checks' },
    {
      kind: 'p',
      text: `Without MFA, a stricter rule applied from ${R.effectiveFromWords}: at least ${R.minLength} characters, and the password expires every ${R.validDays} days. ${R.note}`,
    },
    { kind: 'p', text: `To set up MFA: ${HINT_FACTS.mfa.enrol}` },
  ],
  source: ['policy:password-2019-05', 'policy:restricted-2024-09', 'needs:mfa'],
  reviewed: '2026-11-23',
} as const satisfies HintRule;
