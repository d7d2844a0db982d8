/** Every page hint, in one list (docs/decisions.md H2). A meta-test checks each is here, tested and sourced. */
import { forgottenPassword } from './forgotten-password.ts';
import { mfaEnrolment } from './mfa-enrolment.ts';
import { passwordRules } from './password-rules.ts';
import { sharedMailboxRoles } from './shared-mailbox-roles.ts';
import type { HintRule } from '../types.ts';

export const HINT_RULES: readonly HintRule[] = [forgottenPassword, passwordRules, mfaEnrolment, sharedMailboxRoles];
