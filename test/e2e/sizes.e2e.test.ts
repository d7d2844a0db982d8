/** Size budgets of the built extension (docs/decisions.md Budgets); timings are reported by `npm run bench`, never asserted. */
import { describe, expect, it } from 'vitest';
import { SIZE_BUDGETS, measureSizes } from '../../scripts/budgets.ts';
import { CHROME_DIST, requireBuiltExtension } from './harness.ts';

describe('built sizes', () => {
  requireBuiltExtension();
  const results = measureSizes(CHROME_DIST);
  it.each(results.map((r) => [r.name, r] as const))('%s is within its gzipped budget', (_name, r) => {
    expect(r.files.length, `no files matched for ${r.name}`).toBeGreaterThan(0);
    expect(r.gzBytes).toBeLessThanOrEqual(r.budgetGzBytes);
  });
  it('the limits are the decided ones (docs/decisions.md Budgets), so none is loosened unseen', () =>
    expect(Object.fromEntries(SIZE_BUDGETS.map((b) => [b.name, b.budgetGzBytes / 1024]))).toEqual({
      'portal content script': 8,
      'Outlook content script': 15,
      'registration content script': 14,
      'popup JS': 30,
      'popup CSS': 16,
      'Help page CSS': 16,
      'Settings page CSS': 16,
      'Welcome page CSS': 16,
    }));
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
