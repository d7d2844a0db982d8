/**
 * Is this Outlook on the web page an open NHSmail mailbox, and whose? We only count a page that is
 * plainly a mailbox (a /mail address and a message list or folder tree) AND shows exactly one
 * @nhs.net address in the account or folder area. Anything else — another organisation's account,
 * a sign-in page, no address — is silence. No message content is read: only the account control,
 * the folder tree's labels and the page title.
 */

export interface OutlookVerdict {
  mailbox: boolean;
  account?: string;
  reasons: string[];
}

const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com']);
const ADDRESS = /[a-z0-9](?:[a-z0-9._'+-]{0,62}[a-z0-9])?@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

/** Where Outlook names the signed-in account: the account control and the folder tree headings. */
const ACCOUNT_AREAS = [
  '[aria-label*="account manager" i]',
  '[id*="mectrl" i]',
  '[role="tree"] [role="treeitem"][aria-level="1"]',
  '[data-folder-name="mailbox"]',
];

export function detectOutlookMailbox(doc: Document, url: URL): OutlookVerdict {
  if (!OUTLOOK_HOSTS.has(url.hostname)) return { mailbox: false, reasons: ['not Outlook on the web'] };
  if (!/^\/mail(\/|$)/.test(url.pathname)) return { mailbox: false, reasons: ['not a mailbox address'] };
  if (doc.querySelector('input[type="password"]')) return { mailbox: false, reasons: ['a sign-in form is shown'] };
  const reasons = ['mailbox address'];
  const list = doc.querySelector(
    '[role="listbox"][aria-label*="message" i], [role="grid"][aria-label*="message" i], [aria-label="Message list" i]',
  );
  const tree = doc.querySelector('[role="tree"]');
  if (!list && !tree) return { mailbox: false, reasons: [...reasons, 'no message list or folder tree'] };
  reasons.push(list ? 'message list' : 'folder tree');

  const found = new Set<string>();
  for (const selector of ACCOUNT_AREAS) {
    for (const el of doc.querySelectorAll(selector)) {
      // Labels and titles only: the account control's own text, never a message.
      const words = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.children.length === 0 ? (el.textContent ?? '') : ''}`;
      for (const m of words.matchAll(ADDRESS)) found.add(m[0].toLowerCase());
    }
  }
  if (found.size !== 1)
    return { mailbox: false, reasons: [...reasons, found.size ? 'several addresses' : 'no address shown'] };
  const [account] = found;
  if (!account!.endsWith('@nhs.net')) return { mailbox: false, reasons: [...reasons, 'not an @nhs.net account'] };
  return { mailbox: true, account, reasons: [...reasons, '@nhs.net account'] };
}
