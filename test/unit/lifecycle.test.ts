import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../lib/dates.ts';
import { REMINDER_STAGES, accountLifecycle, reminderStageFor, stageLabel } from '../../lib/lifecycle.ts';
import type { InactivityThresholds, LifecycleStatus, Stage } from '../../lib/lifecycle.ts';

// The shipped policy lives in lib/knowledge/policy.ts; lifecycle must not depend on it, so the tests don't either.
const POLICY: InactivityThresholds = { inactiveAfterDays: 30, deletedAfterDays: 60, goneAfterDays: 90 };

const ZONES = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'] as const;
const JANUARY_OFFSET: Record<(typeof ZONES)[number], number> = {
  UTC: 0,
  'Europe/London': 0,
  'America/Los_Angeles': 480,
  'Asia/Kolkata': -330,
  'Pacific/Chatham': -825,
};

// Test oracle, independent of lib/dates: the instant at which London's wall clock shows `iso` hh:mm. Since 1972
// London is on GMT or BST, so one of two offsets fits; a time that does not exist (spring gap) is a fixture error.
const oracle = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
function london(iso: string, hh: number, mm: number): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const want = `${iso}, ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
  for (const offsetHours of [0, 1]) {
    const candidate = wall - offsetHours * 3_600_000;
    if (oracle.format(candidate) === want) return candidate;
  }
  throw new Error(`no London instant for ${want}`);
}

const STAGE_RANK: Record<Stage, number> = { unknown: -1, active: 0, inactive: 1, deleted: 2, gone: 3 };

function expectedStage(days: number): Stage {
  if (days >= 90) return 'gone';
  if (days >= 60) return 'deleted';
  if (days >= 30) return 'inactive';
  return 'active';
}

// Last-activity dates chosen so that 29–31, 59–61 and 89–91 days later fall on the far side of a clock change
// (spring 29 March 2026, autumn 25 October 2026), plus control cases with no change in between.
const START_DATES = ['2026-03-01', '2026-03-28', '2026-08-27', '2026-10-01', '2026-06-01', '2026-12-15', '2026-01-29'];
const DAY_COUNTS = [0, 1, 29, 30, 31, 59, 60, 61, 89, 90, 91, 120];
// Both sides of London midnight, for the activity and for "now".
const TIMES: [number, number][] = [
  [0, 1],
  [23, 59],
];

interface Row {
  label: string;
  last: number;
  now: number;
  days: number;
  start: string;
}
const ROWS: Row[] = [];
for (const start of START_DATES) {
  for (const days of DAY_COUNTS) {
    for (const [lh, lm] of TIMES) {
      for (const [nh, nm] of TIMES) {
        const nowDate = addDays(start, days);
        const last = london(start, lh, lm);
        const now = london(nowDate, nh, nm);
        // Same day, 23:59 then 00:01, is a clock moving backwards: covered under check 12 below.
        if (now < last) continue;
        ROWS.push({
          label: `${start} ${lh}:${lm} + ${days}d @ ${nh}:${nm}`,
          last,
          now,
          days,
          start,
        });
      }
    }
  }
}

function summary(status: LifecycleStatus): unknown {
  return JSON.parse(JSON.stringify(status));
}

describe.each(ZONES)('account lifecycle with process TZ=%s (check 11)', (zone) => {
  const previous = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it('runs in the requested zone', () => {
    expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(JANUARY_OFFSET[zone]);
  });

  it.each(ROWS)('$label', ({ last, now, days, start }) => {
    const status = accountLifecycle(last, now, POLICY);
    expect(status.daysSince).toBe(days);
    expect(status.stage).toBe(expectedStage(days));
    expect(status.lastActivityDate).toBe(start);
    expect(status.clockBehind).toBe(false);
    expect(status.deadlines).toEqual([
      { stage: 'inactive', date: addDays(start, 30), daysRemaining: 30 - days },
      { stage: 'deleted', date: addDays(start, 60), daysRemaining: 60 - days },
      { stage: 'gone', date: addDays(start, 90), daysRemaining: 90 - days },
    ]);
  });

  it('flips stage at London midnight, not 24 hours after the activity', () => {
    // Two minutes apart, either side of midnight at the end of day 29 (after the spring change).
    const last = london('2026-03-01', 23, 59);
    expect(accountLifecycle(last, london('2026-03-30', 23, 59), POLICY).stage).toBe('active');
    expect(accountLifecycle(last, london('2026-03-31', 0, 1), POLICY).stage).toBe('inactive');
    // Activity just after midnight, now just before: still a whole calendar day apart per day.
    const early = london('2026-03-02', 0, 1);
    expect(accountLifecycle(early, london('2026-04-01', 0, 0), POLICY).daysSince).toBe(30);
  });

  it('reaches 30 days on the 30th calendar day across the spring change, where a 24-hour count says 29', () => {
    const last = Date.parse('2026-03-01T00:30:00Z');
    const now = Date.parse('2026-03-30T23:10:00Z'); // 00:10 BST on 31 March
    expect(Math.floor((now - last) / 86_400_000)).toBe(29);
    const status = accountLifecycle(last, now, POLICY);
    expect(status).toMatchObject({ stage: 'inactive', daysSince: 30, lastActivityDate: '2026-03-01' });
    expect(status.deadlines[0]).toEqual({ stage: 'inactive', date: '2026-03-31', daysRemaining: 0 });
    expect(status.nextDeadline).toEqual({ stage: 'deleted', date: '2026-04-30', daysRemaining: 30 });
  });
});

describe('the same answers from separate node processes in each zone (check 11, script level)', () => {
  const major = Number(process.versions.node.split('.')[0]);
  // Type stripping (unflagged since Node 23.6) lets a plain `node` import the TypeScript sources directly.
  it.skipIf(major < 24)('prints identical results under every TZ', () => {
    // import.meta.url is not a file: URL under happy-dom; dirname is the real location.
    const root = path.resolve(import.meta.dirname, '../..');
    const lifecycleUrl = pathToFileURL(path.join(root, 'lib/lifecycle.ts')).href;
    const cases: [number, number][] = ROWS.filter((_, i) => i % 7 === 0).map(({ last, now }) => [last, now]);
    cases.push([Date.parse('2026-06-10T12:00:00Z'), Date.parse('2026-06-01T12:00:00Z')]);
    const script = `
      const { accountLifecycle } = await import(${JSON.stringify(lifecycleUrl)});
      const cases = ${JSON.stringify(cases)};
      const t = ${JSON.stringify(POLICY)};
      process.stdout.write(JSON.stringify({
        offset: new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset(),
        results: cases.map(([l, n]) => accountLifecycle(l, n, t)),
      }));`;
    const outputs = ZONES.map((zone) => {
      const stdout = execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: zone },
        cwd: root,
        encoding: 'utf8',
      });
      return JSON.parse(stdout) as { offset: number; results: unknown[] };
    });
    expect(outputs.map((o) => o.offset)).toEqual(ZONES.map((z) => JANUARY_OFFSET[z]));
    const inProcess = cases.map(([l, n]) => summary(accountLifecycle(l, n, POLICY)));
    for (const output of outputs) expect(output.results).toEqual(inProcess);
  });
});

describe('clock moved (check 12)', () => {
  const last = Date.parse('2026-06-10T12:00:00Z');

  it('clock behind by days: shows the recorded date, counts as active, sends nothing', () => {
    const status = accountLifecycle(last, Date.parse('2026-06-01T12:00:00Z'), POLICY);
    expect(status).toMatchObject({ stage: 'active', clockBehind: true, daysSince: 0, lastActivityDate: '2026-06-10' });
    expect(status.deadlines.map((d) => d.daysRemaining)).toEqual([30, 60, 90]);
    expect(status.nextDeadline?.date).toBe('2026-07-10');
    expect(reminderStageFor(status)).toBeUndefined();
    expect(reminderStageFor(status, 1000)).toBeUndefined();
  });

  it('clock behind by years or by an hour on the same day', () => {
    expect(accountLifecycle(last, Date.parse('2001-01-01T00:00:00Z'), POLICY)).toMatchObject({
      stage: 'active',
      clockBehind: true,
      daysSince: 0,
    });
    expect(accountLifecycle(last, last - 3_600_000, POLICY)).toMatchObject({
      stage: 'active',
      clockBehind: true,
      daysSince: 0,
    });
  });

  it('heals by itself once the clock passes the recorded activity', () => {
    expect(accountLifecycle(last, last, POLICY).clockBehind).toBe(false);
    expect(accountLifecycle(last, last + 1, POLICY)).toMatchObject({
      stage: 'active',
      clockBehind: false,
      daysSince: 0,
    });
  });

  it('clock forwards by years: gone, no reminder, no throw', () => {
    const tenYears = accountLifecycle(last, Date.parse('2036-06-10T12:00:00Z'), POLICY);
    expect(tenYears).toMatchObject({ stage: 'gone', clockBehind: false, daysSince: 3653 });
    expect(tenYears.nextDeadline).toBeUndefined();
    expect(reminderStageFor(tenYears)).toBeUndefined();
    expect(accountLifecycle(last, Date.parse('2999-01-01T00:00:00Z'), POLICY).stage).toBe('gone');
  });

  it('a clock beyond the supported calendar (year 10000+) is not a time: unknown, no throw', () => {
    expect(accountLifecycle(last, 8.64e15, POLICY).stage).toBe('unknown');
    expect(accountLifecycle(last, 1e300, POLICY).stage).toBe('unknown');
  });
});

describe('unknown', () => {
  it.each([
    ['missing activity', undefined, Date.now()],
    ['NaN activity', Number.NaN, Date.now()],
    ['infinite activity', Number.POSITIVE_INFINITY, Date.now()],
    ['NaN now', Date.now(), Number.NaN],
    ['-Infinity now', Date.now(), Number.NEGATIVE_INFINITY],
  ])('%s', (_, lastMs, nowMs) => {
    const status = accountLifecycle(lastMs, nowMs, POLICY);
    expect(status).toEqual({ stage: 'unknown', deadlines: [], clockBehind: false });
    expect(reminderStageFor(status)).toBeUndefined();
  });

  it('refuses thresholds that are not ordered whole days', () => {
    const last = Date.parse('2026-06-10T12:00:00Z');
    for (const bad of [
      { inactiveAfterDays: 60, deletedAfterDays: 30, goneAfterDays: 90 },
      { inactiveAfterDays: 30.5, deletedAfterDays: 60, goneAfterDays: 90 },
      { inactiveAfterDays: 0, deletedAfterDays: 60, goneAfterDays: 90 },
      { inactiveAfterDays: Number.NaN, deletedAfterDays: 60, goneAfterDays: 90 },
      null,
    ]) {
      expect(accountLifecycle(last, last, bad as InactivityThresholds).stage).toBe('unknown');
    }
  });

  it('a last activity whose deadlines fall past 9999-12-31 is unknown rather than a throw', () => {
    expect(accountLifecycle(Date.parse('9999-12-01T12:00:00Z'), Date.parse('9999-12-02T12:00:00Z'), POLICY).stage).toBe(
      'unknown',
    );
  });
});

describe('reminderStageFor', () => {
  const start = '2026-03-01';
  const statusAfter = (days: number): LifecycleStatus =>
    accountLifecycle(london(start, 12, 0), london(addDays(start, days), 12, 0), POLICY);

  it.each([
    [0, undefined],
    [22, undefined],
    [23, 'before-inactive'],
    [29, 'before-inactive'],
    [30, 'inactive'],
    [52, 'inactive'],
    [53, 'before-deleted'],
    [59, 'before-deleted'],
    [60, 'deleted'],
    [82, 'deleted'],
    [83, 'before-gone'],
    [89, 'before-gone'],
    [90, undefined],
    [365, undefined],
  ] as const)('day %i → %s', (days, expected) => {
    expect(reminderStageFor(statusAfter(days))).toBe(expected);
  });

  it('honours daysAhead', () => {
    expect(reminderStageFor(statusAfter(29), 0)).toBeUndefined();
    expect(reminderStageFor(statusAfter(30), 0)).toBe('inactive');
    expect(reminderStageFor(statusAfter(15), 15)).toBe('before-inactive');
    expect(reminderStageFor(statusAfter(14), 15)).toBeUndefined();
    expect(reminderStageFor(statusAfter(29), Number.NaN)).toBeUndefined();
  });

  it('orders reminder stages from least to most advanced', () => {
    expect(REMINDER_STAGES).toEqual(['before-inactive', 'inactive', 'before-deleted', 'deleted', 'before-gone']);
  });
});

describe('stageLabel', () => {
  it.each([
    ['active', 'Active'],
    ['inactive', 'Inactive'],
    ['deleted', 'Deleted – can still be restored'],
    ['gone', 'Probably can no longer be restored'],
    ['unknown', 'Not known yet'],
  ] as const)('%s → %s', (stage, label) => {
    expect(stageLabel(stage)).toBe(label);
  });
});

describe('properties', () => {
  const MIN = new Date(0).setUTCFullYear(1, 0, 1);
  const LAST_MAX = new Date(0).setUTCFullYear(9990, 0, 1);
  const NOW_MAX = new Date(0).setUTCFullYear(9999, 11, 30);
  const instant = fc.integer({ min: MIN, max: NOW_MAX });
  const lastInstant = fc.integer({ min: MIN, max: LAST_MAX });
  const realistic = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });

  it('never throws, whatever it is given', () => {
    const anyTime = fc.oneof(fc.double(), fc.integer(), instant, fc.constant(undefined), fc.constant(Number.NaN));
    const anyThresholds = fc.oneof(
      fc.constant(POLICY),
      fc.record({ inactiveAfterDays: fc.double(), deletedAfterDays: fc.double(), goneAfterDays: fc.double() }),
      fc.record({
        inactiveAfterDays: fc.integer({ min: 1, max: 1e9 }),
        deletedAfterDays: fc.integer({ min: 1, max: 1e9 }),
        goneAfterDays: fc.integer({ min: 1, max: 1e9 }),
      }),
    );
    fc.assert(
      fc.property(anyTime, anyTime, anyThresholds, fc.double(), (last, now, thresholds, ahead) => {
        const status = accountLifecycle(last, now as number, thresholds);
        reminderStageFor(status, ahead);
        stageLabel(status.stage);
      }),
      { numRuns: 500 },
    );
  });

  it('is monotone in time: a later now never moves the stage back or shrinks daysSince', () => {
    fc.assert(
      fc.property(
        fc.oneof(realistic, lastInstant),
        fc.oneof(realistic, instant),
        fc.oneof(realistic, instant),
        (last, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const s1 = accountLifecycle(last, early, POLICY);
          const s2 = accountLifecycle(last, late, POLICY);
          expect(STAGE_RANK[s2.stage]).toBeGreaterThanOrEqual(STAGE_RANK[s1.stage]);
          expect(s1.stage).not.toBe('unknown');
          expect(s2.daysSince ?? 0).toBeGreaterThanOrEqual(s1.daysSince ?? 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps deadlines ordered and consistent with stage, daysSince and nextDeadline', () => {
    fc.assert(
      fc.property(realistic, realistic, (last, now) => {
        const s = accountLifecycle(last, now, POLICY);
        expect(s.deadlines.map((d) => d.stage)).toEqual(['inactive', 'deleted', 'gone']);
        const [a, b, c] = s.deadlines;
        expect(a && b && c).toBeTruthy();
        if (!a || !b || !c) return;
        expect(a.date <= b.date && b.date <= c.date).toBe(true);
        expect(a.daysRemaining).toBeLessThanOrEqual(b.daysRemaining);
        expect(b.daysRemaining).toBeLessThanOrEqual(c.daysRemaining);
        expect(s.clockBehind).toBe(last > now);
        const daysSince = s.daysSince ?? Number.NaN;
        expect(daysSince).toBeGreaterThanOrEqual(0);
        expect(s.stage).toBe(expectedStage(daysSince));
        expect(a.daysRemaining).toBe(30 - daysSince);
        expect(s.nextDeadline).toEqual(s.deadlines.find((d) => d.daysRemaining > 0));
        if (s.clockBehind) expect(reminderStageFor(s)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
