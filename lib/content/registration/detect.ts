/**
 * Where are we? Page, sector and step detection as pure functions of a URL and a document, each
 * with its own table of test cases (after github-url-detection's `addTests`). Only
 * `https://portal.nhs.net/Registration#/optometry` is a known route (docs/sources.md §3.1); every other
 * sector is told from the page's own headings, and when that is unclear we ask.
 */
import type { SectorId } from '../../knowledge/sector-ids.ts';

import type { ChecklistStep } from '../../knowledge/checklist-steps.ts';
import type { RegistrationWords } from './words.ts';

/** A registration step is a checklist step: one list (lib/knowledge/checklist-steps.ts). */
export type RegistrationStep = ChecklistStep;

/** Known and test addresses for `isRegistrationPage`. Assumed routes are marked so in the fixtures. */
export const REGISTRATION_PAGE_TESTS = {
  yes: [
    'https://portal.nhs.net/Registration#/optometry',
    'https://portal.nhs.net/Registration',
    'https://portal.nhs.net/registration/',
    'https://portal.nhs.net/Registration#/pharmacy',
    'https://portal.nhs.net/Registration?x=1#/members',
    'https://portal.nhs.net/Registration/GPLocum',
  ],
  no: [
    'https://portal.nhs.net/',
    'https://portal.nhs.net/Home',
    'https://portal.nhs.net/Home#/Registration',
    'https://portal.nhs.net/RegistrationHelp',
    'https://portal.nhs.net.evil.example/Registration#/optometry',
    'http://portal.nhs.net/Registration#/optometry',
    'https://example.com/Registration#/optometry',
  ],
} as const;

export function isRegistrationPage(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'portal.nhs.net' && /^\/registration(\/|$)/i.test(url.pathname);
}

/** The one confirmed route. Fixtures with other sectors' routes rely on page text instead. */
export const SECTOR_FROM_URL_TESTS: readonly (readonly [string, SectorId | undefined])[] = [
  ['https://portal.nhs.net/Registration#/optometry', 'optometry'],
  ['https://portal.nhs.net/Registration#/Optometry/step/2', 'optometry'],
  ['https://portal.nhs.net/Registration#/optometry?step=members', 'optometry'],
  ['https://portal.nhs.net/Registration#/pharmacy', undefined],
  ['https://portal.nhs.net/Registration#/optometrysomething', undefined],
  ['https://portal.nhs.net/Registration', undefined],
];

export function sectorFromUrl(url: URL): SectorId | undefined {
  return /^#\/optometry(?:[/?]|$)/i.test(url.hash) ? 'optometry' : undefined;
}

/** Words in a heading that name a sector; "GP locum" before "locum" so optometry locums stay optometry. */
const SECTOR_WORDS: readonly (readonly [SectorId, RegExp])[] = [
  ['optometry', /\b(optometr\w*|optical|opticians?|GOS contractors?)\b/i],
  ['pharmacy', /\b(pharmac(?:y|ies|ists?)|dispensing appliance)\b/i],
  ['dental', /\b(dental|dentistry|dentists?)\b/i],
  ['social-care', /\b(social care|care homes?|care providers?|home care)\b/i],
  ['gp-locum', /\b(GP locums?|locum GPs?)\b/i],
  ['independent-midwife', /\bindependent midwi(?:fe|ves)\b/i],
];

export const HEADINGS = 'title, h1, h2, h3, legend, [role="heading"]';

/** Text of headings only: body copy may mention other sectors ("not for pharmacies"). */
export function headingText(root: ParentNode): string {
  return [...root.querySelectorAll(HEADINGS)]
    .filter((el) => !el.closest('[hidden], [aria-hidden="true"], template'))
    .map((el) => el.textContent ?? '')
    .join(' \n ')
    .replace(/\s+/g, ' ');
}

/** A sector named by the page's headings, when exactly one is named. */
export function sectorFromText(text: string): SectorId | undefined {
  const found = SECTOR_WORDS.filter(([, re]) => re.test(text)).map(([id]) => id);
  return found.length === 1 ? found[0] : undefined;
}

export const SECTOR_FROM_TEXT_TESTS: readonly (readonly [string, SectorId | undefined])[] = [
  ['Optometry registration', 'optometry'],
  ['Pharmacy Pre-requisite Questionnaire', 'pharmacy'],
  ['Dentistry pre-requisite questionnaire', 'dental'],
  ['Social Care Provider Registration Portal', 'social-care'],
  ['GP Locum registration', 'gp-locum'],
  ['Register for NHSmail', undefined],
  ['Pharmacy and dental', undefined],
  ['Care home registration', 'social-care'],
];

export interface SectorVerdict {
  sector?: SectorId;
  from: 'route' | 'page' | 'none';
}

export function detectSector(url: URL, root: ParentNode): SectorVerdict {
  const byUrl = sectorFromUrl(url);
  if (byUrl) return { sector: byUrl, from: 'route' };
  const byText = sectorFromText(headingText(root));
  return byText ? { sector: byText, from: 'page' } : { from: 'none' };
}

/**
 * The step, from the headings of the form's own area: the latest step whose words the headings
 * name, so "Step 2: Add town details and members" reads as members. The words for each step
 * (`step-words/…`, regular expressions, lib/content/registration/words.ts) come from the
 * background with the checklist, the only thing a step is shown with; `steps` is its step order.
 */
export function stepFromText(
  text: string,
  steps: readonly string[],
  words: RegistrationWords,
): RegistrationStep | undefined {
  for (const step of [...steps].reverse()) {
    const source = words[`step-words/${step}`];
    try {
      if (source && new RegExp(source, 'i').test(text)) return step as RegistrationStep;
    } catch {
      // Words that are not a regular expression name no step.
    }
  }
  return undefined;
}

export const STEP_FROM_TEXT_TESTS: readonly (readonly [string, RegistrationStep | undefined])[] = [
  ['Pharmacy Pre-requisite Questionnaire', 'prerequisites'],
  ['One-time passcode', 'authentication'],
  ['Step 2: Add town details and members', 'members'],
  ['Organisation details', 'organisation'],
  ['Check your answers', 'review'],
  ['Optometry registration', undefined],
];
