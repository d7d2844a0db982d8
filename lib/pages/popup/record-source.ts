/** Where a sign-in record came from, in the words the popup uses. */
import type { SignInSource } from '../../background/storage.ts';

const LABELS: Record<SignInSource, string> = {
  portal: 'Seen on the NHSmail portal',
  outlook: 'Seen in Outlook on the web',
  'manual-today': 'Entered by you',
  'manual-date': 'Entered by you',
};

export function recordSourceLabel(source: SignInSource): string {
  return LABELS[source];
}

/** A sign-in the extension saw itself, as opposed to one the person entered. */
export function isSeen(source: SignInSource): boolean {
  return source === 'portal' || source === 'outlook';
}
