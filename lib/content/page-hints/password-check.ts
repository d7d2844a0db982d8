/**
 * The live password-rule check on the change-password page: a pure function of the typed value
 * and the policy numbers. It returns booleans only, never the value, its length or any part of it,
 * so nothing about the password can be kept, logged or sent. The caller reads the field's value in
 * memory on each input event, calls this and drops the string.
 *
 * Only rules that can be judged from the new password alone are checked here: length and spaces.
 * "Not one of your previous 4 passwords", "not your name", "not a common or breached password" need
 * things this page does not give us, and the hint says so.
 */

import type { PasswordNumbers } from '../../protocol.ts';

export type { PasswordNumbers };

export interface PasswordCheck {
  empty: boolean;
  longEnough: boolean;
  noSpaces: boolean;
  restrictedLongEnough: boolean;
}

/** Counts characters as people do (code points), so an emoji is one character, not two. */
function characterCount(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

export function checkPassword(value: unknown, policy: Readonly<PasswordNumbers>): PasswordCheck {
  const s = typeof value === 'string' ? value : '';
  const n = characterCount(s);
  return {
    empty: n === 0,
    longEnough: n >= policy.minLength,
    noSpaces: policy.noSpaces ? n > 0 && !/\s/.test(s) : n > 0,
    restrictedLongEnough: n >= policy.restrictedMinLength,
  };
}
