/**
 * Words the sources support: after deletion the stage is derived (deleted at 60 days plus 30 days to
 * restore), so reminders say "probably" and "at least", never "for good"; the store description never
 * claims the extension keeps an account from expiring.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reminderNotification } from '../../lib/background/reminders.ts';
import { accountLifecycle } from '../../lib/lifecycle.ts';
import { sourceDate, sourceLabel } from '../../lib/pages/help/sources.ts';
import { DAY, NOW, THRESHOLDS } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('reminder wording after deletion', () => {
  it('deleted: restorable until at least the date', () => {
    const status = accountLifecycle(NOW - 75 * DAY, NOW, THRESHOLDS);
    expect(reminderNotification('deleted', status, '').message).toBe(
      'It can be restored until at least 8 December 2026: the shared mailbox owner emails NAS from the shared mailbox with the deleted address and your mobile number. We last saw a sign-in on 9 September 2026. If you have used Outlook or Teams since, tell us.',
    );
  });

  it('before the end of the restore window: probably, not certainly', () => {
    const status = accountLifecycle(NOW - 85 * DAY, NOW, THRESHOLDS);
    expect(reminderNotification('before-gone', status, '').message).toBe(
      'From 28 November 2026 it probably can no longer be restored, and you would need to apply again. We last saw a sign-in on 30 August 2026. If you have used Outlook or Teams since, tell us.',
    );
  });
});

describe('store and manifest descriptions', () => {
  it('say what the extension does (reminds), not that it keeps the account from expiring', () => {
    const listing = readFileSync(path.join(ROOT, 'docs/store-listing.md'), 'utf8');
    const summary = /^\*\*Summary \(132 characters at most\):\*\* (.*)$/m.exec(listing)?.[1] ?? '';
    expect(summary).toBe(
      'Reminds you to use your NHSmail account before it expires and helps you apply. Independent tool, not NHS England.',
    );
    expect(summary.length).toBeLessThanOrEqual(132);
    const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(/description:\s*'([^']*)'/.exec(config)?.[1]).toBe(
      'Independent tool, not provided by NHS England. Reminds you to use your NHSmail account before it expires and helps you apply. Works offline and sends nothing.',
    );
    expect(listing).not.toMatch(/Keeps your NHSmail account from expiring/);
  });
});

describe("sources' own dates", () => {
  it.each([
    ['S004', 'updated 20 August 2021'],
    ['S002', 'undated, about mid-2024'],
    ['https://cpe.org.uk/digital-and-technology/nhs-mail/nhsmail-faqs/', undefined],
  ])('%s: %s', (ref, date) => {
    expect(sourceDate(ref)).toBe(date);
    // The name no longer carries a date of its own, so the two never disagree.
    expect(sourceLabel(ref)).not.toMatch(/\d{4}/);
  });
});
