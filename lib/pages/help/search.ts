/**
 * "What do you need help with?": which needs match what someone typed, best first, for their sector.
 *
 * Words are matched against each need's title and synonyms (lib/knowledge/needs.ts) plus a few extra
 * everyday words people use for the same thing ("login", "lost phone"). Every word typed must match
 * the start of a word in the need, so results narrow as you type; an exact synonym ranks first.
 * Pure and total: any string in, a list out.
 */
import { NEEDS, type NeedEntry } from '../../knowledge/needs.ts';
import type { NeedId } from '../../knowledge/schema.ts';
import type { SectorId } from '../../knowledge/sector-ids.ts';

/** Everyday words that the knowledge base's synonyms do not already cover. Lower case. */
export const EXTRA_SYNONYMS: Readonly<Partial<Record<NeedId, readonly string[]>>> = {
  'password-locked': [
    'login',
    'log in',
    'log on',
    'sign in',
    'signin',
    'cant get in',
    'blocked',
    'lockout',
    'passcode',
  ],
  'account-inactive-deleted': [
    'suspended',
    'closed account',
    'lost account',
    'gone',
    'removed',
    'recover',
    'reactivation',
  ],
  'have-account': ['do i have an account', 'not sure', 'check account', 'old account', 'change job'],
  'add-remove-user': ['starter', 'add someone', 'remove someone', 'colleague', 'employee', 'access'],
  apply: ['sign-up', 'join nhsmail', 'new practice', 'set up'],
  'ods-code': ['organisation data service', 'postcode'],
  'nhsbsa-code': ['authentication', 'business services authority', 'optician', 'optometrist'],
  dspt: ['data protection', 'ig', 'information governance', 'cyber'],
  egress: ['large file', 'send securely', 'ten sites', '10 sites', 'multiple practices'],
  mfa: ['authentication app', 'phone app', 'lost phone', 'security code', 'two step', '2-step', 'one-time code', 'otp'],
};

/** Words that carry no meaning for the search, so "I forgot my password" works like "forgot password". */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are am be can could do does for from get have has help how i im in is it me my need of on or our please the to we what with'.split(
    ' ',
  ),
);

/** Lower case, punctuation to spaces (keeping '.' inside words such as nhs.net), single spaces. */
export function normalise(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\.(?![a-z0-9])|(?<![a-z0-9])\./g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 200);
}

export function appliesToSector(need: Pick<NeedEntry, 'sectorIds'>, sector: SectorId | undefined): boolean {
  return sector === undefined || need.sectorIds === 'all' || need.sectorIds.includes(sector);
}

function phrases(need: NeedEntry): string[] {
  return [need.title, ...need.synonyms, ...(EXTRA_SYNONYMS[need.id] ?? [])].map(normalise);
}

/** How well `query` matches `need`: 0 for no match; higher is better. */
export function scoreNeed(need: NeedEntry, query: string): number {
  const q = normalise(query);
  if (!q) return 1;
  const all = phrases(need);
  if (all.slice(1).includes(q)) return 100;
  const words = new Set(all.flatMap((phrase) => phrase.split(' ')));
  const meaningful = q.split(' ').filter((word) => !STOP_WORDS.has(word));
  // Only stop words ("how do I"): nothing to narrow by yet.
  if (meaningful.length === 0) return 1;
  const typed = meaningful;
  // Every typed word must start a word of the need ("pass" finds "password", "lock" finds "locked").
  if (!typed.every((word) => [...words].some((candidate) => candidate.startsWith(word)))) return 0;
  let score = 10;
  if (all.some((phrase) => phrase.includes(q))) score += 20;
  if (normalise(need.title).includes(q)) score += 10;
  return score;
}

/** Needs for this sector that match `query`, best match first; all of them, in data order, for an empty query. */
export function searchNeeds(query: unknown, sector?: SectorId, needs: readonly NeedEntry[] = NEEDS): NeedEntry[] {
  const text = typeof query === 'string' ? query : '';
  return needs
    .map((need, index) => ({ need, index, score: appliesToSector(need, sector) ? scoreNeed(need, text) : 0 }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.need);
}
