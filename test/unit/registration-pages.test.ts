// @vitest-environment happy-dom
/** Page, sector and step detectors against their own test tables (docs/decisions.md H4). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REGISTRATION_PAGE_TESTS,
  SECTOR_FROM_TEXT_TESTS,
  SECTOR_FROM_URL_TESTS,
  STEP_FROM_TEXT_TESTS,
  detectSector,
  isRegistrationPage,
  sectorFromText,
  sectorFromUrl,
  stepFromText,
} from '../../lib/content/registration/detect.ts';
import { projectRegistrationKnowledge } from '../../lib/content/kit/registration-facts.ts';
import { registrationWords } from '../../lib/content/registration/words.ts';
import { CHECKLIST_STEPS } from '../../lib/knowledge/checklist-steps.ts';
import { CHECKLIST_ITEMS } from '../../lib/knowledge/checklists.ts';
import { SECTORS } from '../../lib/knowledge/sectors.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/registration');
const doc = (name: string) =>
  new DOMParser().parseFromString(readFileSync(path.join(FIXTURES, name), 'utf8'), 'text/html');

describe('isRegistrationPage', () => {
  it.each(REGISTRATION_PAGE_TESTS.yes)('matches %s', (url) => expect(isRegistrationPage(new URL(url))).toBe(true));
  it.each(REGISTRATION_PAGE_TESTS.no)('ignores %s', (url) => expect(isRegistrationPage(new URL(url))).toBe(false));
});

describe('sector from the route: only the confirmed #/optometry', () => {
  it.each(SECTOR_FROM_URL_TESTS)('%s → %s', (url, sector) => expect(sectorFromUrl(new URL(url))).toBe(sector));
});

describe('sector from headings', () => {
  it.each(SECTOR_FROM_TEXT_TESTS)('%s → %s', (text, sector) => expect(sectorFromText(text)).toBe(sector));
});

describe('step from headings, by the words the background sends for each step', () => {
  const words = registrationWords(projectRegistrationKnowledge(SECTORS, CHECKLIST_ITEMS, CHECKLIST_STEPS));
  it.each(STEP_FROM_TEXT_TESTS)('%s → %s', (text, step) =>
    expect(stepFromText(text, CHECKLIST_STEPS, words)).toBe(step),
  );
  it('names no step before those words arrive, or with words that are not a pattern', () => {
    expect(stepFromText('Check your answers', CHECKLIST_STEPS, {})).toBeUndefined();
    expect(stepFromText('Check your answers', ['review'], { 'step-words/review': '(' })).toBeUndefined();
  });
});

describe('detectSector on each fixture (assumed layouts, invented routes except #/optometry)', () => {
  const cases = [
    {
      fixture: 'optometry-label-for.html',
      url: 'https://portal.nhs.net/Registration#/optometry',
      expected: { sector: 'optometry', from: 'route' },
    },
    {
      fixture: 'pharmacy-wrapping-label.html',
      url: 'https://portal.nhs.net/Registration#/pharmacy',
      expected: { sector: 'pharmacy', from: 'page' },
    },
    {
      fixture: 'dental-aria-label.html',
      url: 'https://portal.nhs.net/Registration#/dental',
      expected: { sector: 'dental', from: 'page' },
    },
    {
      fixture: 'social-care-aria-labelledby.html',
      url: 'https://portal.nhs.net/Registration#/social-care',
      expected: { sector: 'social-care', from: 'page' },
    },
    {
      fixture: 'gp-locum-angular.html',
      url: 'https://portal.nhs.net/Registration#/gp-locum',
      expected: { sector: 'gp-locum', from: 'page' },
    },
    { fixture: 'placeholder-only.html', url: 'https://portal.nhs.net/Registration#/start', expected: { from: 'none' } },
  ];
  it.each(cases)('$fixture', ({ fixture, url, expected }) =>
    expect(detectSector(new URL(url), doc(fixture))).toEqual(expected),
  );
});
