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
  it('every budget is measured', () => expect(results).toHaveLength(SIZE_BUDGETS.length));
});
