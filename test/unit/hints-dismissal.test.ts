/** Which hint shows, given the page, the settings and both levels of dismissal (docs/decisions.md H9). */
import { describe, expect, it } from 'vitest';
import { hintToShow, type DismissalState } from '../../lib/background/page-hints/dismissal.ts';
import type { HintPageKind } from '../../lib/protocol.ts';
import { HINT_RULES } from '../../lib/background/page-hints/rules/registry.ts';
import type { HintRule } from '../../lib/background/page-hints/types.ts';

const on: DismissalState = { hintsEnabled: true, never: [], notNow: new Set() };
const KINDS: readonly [HintPageKind, string][] = [
  ['sign-in', 'forgotten-password'],
  ['password-change', 'password-rules'],
  ['mfa-enrolment', 'mfa-enrolment'],
  ['shared-mailbox', 'shared-mailbox-roles'],
];

describe('hintToShow', () => {
  it.each(KINDS)('%s page → %s', (kind, id) => expect(hintToShow(HINT_RULES, { kind }, on)?.id).toBe(id));

  it('no page → nothing', () => expect(hintToShow(HINT_RULES, undefined, on)).toBeUndefined());

  it('hints turned off → nothing on any page', () => {
    for (const [kind] of KINDS)
      expect(hintToShow(HINT_RULES, { kind }, { ...on, hintsEnabled: false })).toBeUndefined();
  });

  it('"Don\'t show this again" hides that hint only', () => {
    const state = { ...on, never: ['forgotten-password'] };
    expect(hintToShow(HINT_RULES, { kind: 'sign-in' }, state)).toBeUndefined();
    expect(hintToShow(HINT_RULES, { kind: 'password-change' }, state)?.id).toBe('password-rules');
  });

  it('"Not now" hides that hint for this page view only', () => {
    const state = { ...on, notNow: new Set(['password-rules']) };
    expect(hintToShow(HINT_RULES, { kind: 'password-change' }, state)).toBeUndefined();
    expect(hintToShow(HINT_RULES, { kind: 'password-change' }, on)?.id).toBe('password-rules');
  });

  it('two rules claiming one page → neither (prefer silence)', () => {
    const twin: HintRule = { ...HINT_RULES[0]!, id: 'twin' };
    expect(hintToShow([...HINT_RULES, twin], { kind: 'sign-in' }, on)).toBeUndefined();
  });
});
