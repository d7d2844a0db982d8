import { describe, expect, it, vi } from 'vitest';
import { OUTLOOK_SCRIPT_ID, syncOutlookContentScript } from '../../lib/background/outlook-registration.ts';

function fakeScripting(registered: string[] = []) {
  const ids = new Set(registered);
  return {
    ids,
    getRegisteredContentScripts: vi.fn(async ({ ids: wanted }: { ids: string[] }) =>
      wanted.filter((id) => ids.has(id)).map((id) => ({ id })),
    ),
    registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => {
      for (const s of scripts) ids.add(s.id);
    }),
    unregisterContentScripts: vi.fn(async ({ ids: gone }: { ids: string[] }) => {
      for (const id of gone) ids.delete(id);
    }),
  };
}

describe('Outlook content script registration', () => {
  it('registers once when the hosts are granted, for the Outlook hosts only', async () => {
    const scripting = fakeScripting();
    const deps = { permitted: async () => true, scripting: () => scripting };
    expect(await syncOutlookContentScript(deps)).toBe('registered');
    expect(await syncOutlookContentScript(deps)).toBe('unchanged');
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.registerContentScripts.mock.calls[0]![0][0]!.matches).toEqual([
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
  });

  it('unregisters when the permission is removed', async () => {
    const scripting = fakeScripting([OUTLOOK_SCRIPT_ID]);
    expect(await syncOutlookContentScript({ permitted: async () => false, scripting: () => scripting })).toBe(
      'unregistered',
    );
    expect(scripting.ids.size).toBe(0);
  });

  it('does nothing, without throwing, when scripting has not been granted', async () => {
    expect(await syncOutlookContentScript({ permitted: async () => true, scripting: () => undefined })).toBe(
      'unchanged',
    );
  });

  it('a failing permission check counts as not granted', async () => {
    const scripting = fakeScripting([OUTLOOK_SCRIPT_ID]);
    const permitted = async () => {
      throw new Error('not mocked');
    };
    expect(await syncOutlookContentScript({ permitted, scripting: () => scripting })).toBe('unregistered');
  });
});
