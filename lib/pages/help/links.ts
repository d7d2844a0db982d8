/**
 * Links between the extension pages: the popup opens the Help page at a request email, filled in;
 * the Help page reads the same address back. Pure: a string out, a string in.
 */
import type { TemplateId } from './templates.ts';

/** The request templates' ids (lib/pages/help/templates.ts), listed here so links load no templates. */
const TEMPLATE_IDS: readonly TemplateId[] = ['add-user', 'restore-account', 'leaver-joiner'];

export const HELP_PAGE = 'help.html';
export const SETTINGS_PAGE = 'options.html';
export const REQUEST_EMAILS_ANCHOR = 'request-templates';

export interface RequestPrefill {
  nhsmailAddress?: string;
  restoreBy?: string;
}

export function requestEmailLink(template: TemplateId, prefill: RequestPrefill = {}): string {
  const query = new URLSearchParams({ template });
  if (prefill.nhsmailAddress) query.set('address', prefill.nhsmailAddress);
  if (prefill.restoreBy) query.set('by', prefill.restoreBy);
  return `${HELP_PAGE}?${query.toString()}#${REQUEST_EMAILS_ANCHOR}`;
}

/** The request email a Help page address asks for; anything unknown or malformed is ignored. */
export function requestFromSearch(search: string): { template: TemplateId; prefill: RequestPrefill } | undefined {
  const query = new URLSearchParams(search);
  const template = TEMPLATE_IDS.find((id) => id === query.get('template'));
  if (!template) return undefined;
  const address = query.get('address') ?? '';
  const by = query.get('by') ?? '';
  return {
    template,
    prefill: {
      ...(/^[^\s@]{1,64}@nhs\.net$/i.test(address) ? { nhsmailAddress: address.toLowerCase() } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(by) ? { restoreBy: by } : {}),
    },
  };
}
