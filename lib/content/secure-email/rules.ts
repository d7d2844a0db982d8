/**
 * When the secure-email hint shows, as a pure decision over the compose facts (detect.ts), the mailbox's account and
 * the person's choices. Facts: docs/sources.md §8 — @nhs.net to @nhs.net is secure; for anyone else, [secure] in
 * the subject where the organisation allows it. Organisations accredited to DCB1596 are secure too, but the
 * extension cannot know which they are, so the wording says "if the email holds patient information" and leaves the
 * choice to the person. It never blocks sending. Reviewed 2026-12-01.
 */
import type { ComposeFacts } from './detect.ts';

/** The id the background records for "Don't show this again" (content:dismiss-hint). */
export const SECURE_EMAIL_HINT_ID = 'secure-email-outside';

export interface SecureHintState {
  /** Hints on (the person's setting, or the organisation's policy). */
  hintsEnabled: boolean;
  /** Hint ids the person asked never to see again. */
  never: readonly string[];
  /** "Not now" was chosen for this compose pane. */
  notNow: boolean;
}

export function shouldShowSecureHint(
  facts: Pick<ComposeFacts, 'outside' | 'subjectSecure'> | undefined,
  account: string | undefined,
  state: SecureHintState,
): boolean {
  if (!facts || !account?.endsWith('@nhs.net')) return false;
  if (!state.hintsEnabled || state.notNow || state.never.includes(SECURE_EMAIL_HINT_ID)) return false;
  return facts.outside > 0 && !facts.subjectSecure;
}

/** The hint's words: the agreed sentence for one recipient, the same advice for several. */
export function secureHintText(outside: number): string {
  const who = outside === 1 ? 'This recipient is' : 'Some recipients are';
  return `${who} outside NHSmail. If the email holds patient information, add [secure] to the subject, if your organisation allows it.`;
}
