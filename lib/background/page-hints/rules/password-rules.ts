/**
 * Change-password page: the rules, checked live in the page's new-password field (length and
 * spaces only; the rest cannot be checked here and the hint says so), and the stricter rule for
 * people without MFA (docs/sources.md §2.1, §2.3, §2.4).
 */
import { HINT_FACTS } from '../facts.ts';
import type { PasswordNumbers, PasswordRow } from '../../../protocol.ts';
import type { HintRule } from '../types.ts';

const P = HINT_FACTS.policy;
const R = HINT_FACTS.restricted;

/** The numbers the live check in the page uses. */
export const PASSWORD_NUMBERS: PasswordNumbers = {
  minLength: P.minLength,
  noSpaces: P.noSpaces,
  restrictedMinLength: R.minLength,
};

/** The rows of the live check, in order; the last is the stricter rule for people without MFA. */
export const PASSWORD_ROWS: readonly PasswordRow[] = [
  { label: `At least ${P.minLength} characters`, check: 'longEnough' },
  { label: 'No spaces', check: P.noSpaces ? 'noSpaces' : null },
  // The other rules (history, name, common and breached passwords) need what the page does not give us.
  ...P.rules.slice(1).map((label) => ({ label, check: null })),
  { label: `At least ${R.minLength} characters, if you have not set up MFA`, check: 'restrictedLongEnough' },
];

export const passwordRules = {
  id: 'password-rules',
  kind: 'password-change',
  appliesTo: (page) => page.kind === 'password-change',
  title: 'NHSmail password rules',
  summary: 'We check the rules we can as you type. What you type stays on this page: it is not stored or sent.',
  blocks: [
    { kind: 'password-checks', rows: PASSWORD_ROWS, numbers: PASSWORD_NUMBERS },
    {
      kind: 'p',
      text: `Without MFA, a stricter rule applied from ${R.effectiveFromWords}: at least ${R.minLength} characters, and the password expires every ${R.validDays} days. ${R.note}`,
    },
    { kind: 'p', text: `To set up MFA: ${HINT_FACTS.mfa.enrol}` },
  ],
  source: ['policy:password-2019-05', 'policy:restricted-2024-09', 'needs:mfa'],
  reviewed: '2026-11-23',
} satisfies HintRule;
