/**
 * Asking for optional permissions from extension pages (docs/decisions.md D3). Browsers grant
 * these only during a user gesture, so call them first thing in a click handler, before any await.
 */
import { browser } from 'wxt/browser';
import { OUTLOOK_MATCHES } from '../../origins.ts';
import { HOST_PERMISSIONS } from '../../permissions.ts';

type PermissionsRequest = Parameters<typeof browser.permissions.request>[0];

/** Optional API permissions declared in this build's manifest. */
function declaredOptional(): string[] {
  try {
    return (browser.runtime.getManifest().optional_permissions ?? []).map(String);
  } catch {
    return [];
  }
}

/** Outlook on the web: the two hosts, plus `scripting` where the build declares it optional. */
export function outlookRequest(): { origins: string[]; permissions: string[] } {
  return { origins: [...OUTLOOK_MATCHES], permissions: declaredOptional().includes('scripting') ? ['scripting'] : [] };
}

async function safely(task: () => Promise<boolean>): Promise<boolean> {
  try {
    return await task();
  } catch (error) {
    console.warn('NHSmail Companion: permission request failed', error);
    return false;
  }
}

export function requestNotifications(): Promise<boolean> {
  return safely(() => browser.permissions.request({ permissions: ['notifications'] }));
}

export function requestOutlook(): Promise<boolean> {
  return safely(() => browser.permissions.request(outlookRequest() as PermissionsRequest));
}

export function removeOutlook(): Promise<boolean> {
  return safely(() => browser.permissions.remove(outlookRequest() as PermissionsRequest));
}

/** Whether the browser currently lets us run on the NHSmail portal (users can withhold site access). */
export async function hasPortalAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: HOST_PERMISSIONS });
  } catch {
    // If we cannot tell, assume access rather than warn about a problem that may not exist.
    return true;
  }
}

/** Asks again for the portal host permission after the user withheld it. */
export function requestPortalAccess(): Promise<boolean> {
  return safely(() => browser.permissions.request({ origins: HOST_PERMISSIONS }));
}

export interface PermissionActions {
  requestNotifications: () => Promise<boolean>;
  requestOutlook: () => Promise<boolean>;
  removeOutlook: () => Promise<boolean>;
}

export const permissionActions: PermissionActions = { requestNotifications, requestOutlook, removeOutlook };
