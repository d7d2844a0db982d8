/**
 * Which hint, if any, shows on this page view: a pure decision over the rules, the detected page,
 * the person's settings and both levels of dismissal (docs/decisions.md H9).
 * - "Not now": hidden for this page view only (a new address or a reload shows it again);
 * - "Don't show this again": remembered in storage (`content:dismiss-hint`, level 'never').
 */
import type { HintPageKind } from '../../protocol.ts';
import type { HintRule } from './types.ts';

export interface DismissalState {
  hintsEnabled: boolean;
  /** Hint ids the person asked never to see again. */
  never: readonly string[];
  /** Hint ids hidden for this page view. */
  notNow: ReadonlySet<string>;
}

export function hintToShow(
  rules: readonly HintRule[],
  page: { kind: HintPageKind } | undefined,
  state: DismissalState,
): HintRule | undefined {
  if (!page || !state.hintsEnabled) return undefined;
  const applicable = rules.filter((rule) => rule.appliesTo(page));
  // One hint per page: if two rules claim the same page, that is a bug in the rules; show neither.
  if (applicable.length !== 1) return undefined;
  const rule = applicable[0]!;
  return state.never.includes(rule.id) || state.notNow.has(rule.id) ? undefined : rule;
}
