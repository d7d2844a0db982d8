/** Size budgets of the built extension (docs/decisions.md Budgets); timings are reported by `npm run bench`, never asserted. */
import { describe, expect, it } from 'vitest';
import { SIZE_BUDGETS, measureSizes } from '../../scripts/budgets.ts';
import { CHROME_DIST, requireBuiltExtension } from './harness.ts';

describe('built sizes', () => {
  requireBuiltExtension();
  const results = measureSizes(CHROME_DIST);
  const ceilings = new Map(SIZE_BUDGETS.map((b) => [b.name, b.notMetCeilingGzBytes]));
  it.each(results.map((r) => [r.name, r] as const))('%s is within its gzipped budget', (_name, r) => {
    expect(r.files.length, `no files matched for ${r.name}`).toBeGreaterThan(0);
    // A budget not met yet is held at its ceiling (scripts/budgets.ts says which, and why).
    expect(r.gzBytes).toBeLessThanOrEqual(ceilings.get(r.name) ?? r.budgetGzBytes);
  });
  it('only the three budgets known to be missed have a ceiling', () =>
    expect(SIZE_BUDGETS.filter((b) => b.notMetCeilingGzBytes).map((b) => b.name)).toEqual([
      'portal content script',
      'registration content script',
      'popup JS',
    ]));
  it('every budget is measured', () =>
    expect(results.map((r) => r.name)).toEqual([
      'portal content script',
      'Outlook content script',
      'registration content script',
      'popup JS',
      'popup CSS',
      'Help page CSS',
      'Settings page CSS',
      'Welcome page CSS',
    ]));
});
