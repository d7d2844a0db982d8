/** Test doubles for the background's dependencies: an in-memory storage area and recorders. */
import { vi } from 'vitest';
import type { BackgroundDeps } from '../../lib/background/service.ts';
import type { Badge } from '../../lib/background/badge.ts';
import type { StorageArea } from '../../lib/background/storage.ts';

export const THRESHOLDS = { inactiveAfterDays: 30, deletedAfterDays: 60, goneAfterDays: 90 };
export const DAY = 86_400_000;
/** 23 November 2026, 10:00 in London (GMT). */
export const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);

export function memoryStorage(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys) {
      if (keys === null) return structuredClone(data);
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
    async remove(keys) {
      for (const k of keys) delete data[k];
    },
  };
}

export interface FakeDeps extends BackgroundDeps {
  storage: ReturnType<typeof memoryStorage>;
  badges: Badge[];
  shown: { id: string; title: string; message: string }[];
  alarmsCreated: string[];
  clock: { now: number };
  permitted: { notifications: boolean };
}

export function fakeDeps(
  options: { storage?: ReturnType<typeof memoryStorage>; now?: number; notifications?: boolean } = {},
): FakeDeps {
  const clock = { now: options.now ?? NOW };
  const alarms = new Map<string, unknown>();
  const badges: Badge[] = [];
  const shown: FakeDeps['shown'] = [];
  const alarmsCreated: string[] = [];
  const permitted = { notifications: options.notifications ?? true };
  return {
    storage: options.storage ?? memoryStorage(),
    now: () => clock.now,
    clock,
    thresholds: THRESHOLDS,
    badges,
    shown,
    alarmsCreated,
    permitted,
    setBadge: vi.fn(async (badge: Badge) => {
      badges.push(badge);
    }),
    alarms: {
      get: async (name) => alarms.get(name),
      create: async (name, info) => {
        alarms.set(name, info);
        alarmsCreated.push(name);
      },
    },
    notifications: {
      permitted: async () => permitted.notifications,
      show: async (id, title, message) => {
        shown.push({ id, title, message });
      },
    },
    outlookPermitted: async () => false,
  };
}
