/**
 * Keeps the Outlook content script registered exactly while the user has granted the optional
 * Outlook hosts (and `scripting`, asked for in the same click). Called on every worker wake and
 * whenever permissions change, so it heals after a revoke or a browser restart.
 */
import { OUTLOOK_MATCHES } from '../origins.ts';

export const OUTLOOK_SCRIPT_ID = 'nhsc-outlook';
export const OUTLOOK_SCRIPT_FILE = 'content-scripts/outlook.js';

interface ScriptingLike {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(
    scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export interface OutlookRegistrationDeps {
  permitted: () => Promise<boolean>;
  /** Undefined until the optional `scripting` permission is granted. */
  scripting: () => ScriptingLike | undefined;
}

export async function syncOutlookContentScript(
  deps: OutlookRegistrationDeps,
): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const scripting = deps.scripting();
  if (!scripting) return 'unchanged';
  const [permitted, existing] = await Promise.all([
    deps.permitted().catch(() => false),
    scripting.getRegisteredContentScripts({ ids: [OUTLOOK_SCRIPT_ID] }).catch(() => []),
  ]);
  if (permitted && existing.length === 0) {
    await scripting.registerContentScripts([
      {
        id: OUTLOOK_SCRIPT_ID,
        matches: OUTLOOK_MATCHES,
        js: [OUTLOOK_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    return 'registered';
  }
  if (!permitted && existing.length > 0) {
    await scripting.unregisterContentScripts({ ids: [OUTLOOK_SCRIPT_ID] });
    return 'unregistered';
  }
  return 'unchanged';
}
