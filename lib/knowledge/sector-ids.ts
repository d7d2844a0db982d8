/**
 * The sectors whose NHSmail accounts the National Administration Service runs, as ids only, so that
 * the message and storage schemas can name them without pulling the whole knowledge base into a
 * content script.
 */
export const SECTOR_IDS = [
  'optometry',
  'pharmacy',
  'dental',
  'social-care',
  'gp-locum',
  'independent-midwife',
] as const;

export type SectorId = (typeof SECTOR_IDS)[number];

export function isSectorId(value: unknown): value is SectorId {
  return typeof value === 'string' && (SECTOR_IDS as readonly string[]).includes(value);
}
