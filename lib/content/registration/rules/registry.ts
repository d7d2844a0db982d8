/** Every registration rule, listed explicitly (a11y-visualizer's Rules.ts); the meta-test checks this list. */
import type { FormModel, Finding, Rule, RuleSettings } from '../model.ts';
import type { RegistrationWords } from '../words.ts';
import { authCodePresent } from './auth-code-present.ts';
import { cqcContactId } from './cqc-contact-id.ts';
import { cqcLocationId } from './cqc-location-id.ts';
import { duplicateEmail } from './duplicate-email.ts';
import { duplicateMobile } from './duplicate-mobile.ts';
import { locumPasscode } from './locum-passcode.ts';
import { mobileFormat } from './mobile-format.ts';
import { odsFormat } from './ods-format.ts';
import { personalEmail } from './personal-email.ts';

export const RULES: readonly Rule[] = [
  odsFormat,
  authCodePresent,
  cqcLocationId,
  cqcContactId,
  locumPasscode,
  mobileFormat,
  personalEmail,
  duplicateMobile,
  duplicateEmail,
];

/**
 * Decide: every finding of every rule that applies, minus the ones the person has dismissed, each with the
 * words the background sent for it (`rule-id/problem`). A finding with no words is not shown.
 */
export function evaluateRules(
  model: FormModel,
  settings: RuleSettings,
  words: RegistrationWords,
  dismissed: ReadonlySet<string> = new Set(),
): Finding[] {
  return RULES.filter((r) => !dismissed.has(r.id) && r.appliesTo(model)).flatMap((r) =>
    r.evaluate(model, settings).flatMap((f) => {
      const message = words[`${r.id}/${f.problem}`];
      return message ? [{ ...f, ruleId: r.id, message }] : [];
    }),
  );
}
