/**
 * Does this portal page show a signed-in NHSmail session? We have never seen the live markup, so
 * we weigh several independent signals and prefer "no" when unsure: a wrongly recorded sign-in
 * would hide a real deadline.
 *
 * Signed in needs a sign-out control AND one supporting signal (a visible @nhs.net address, a
 * profile link, or a user menu). Any sign-in form, forgotten-password or error page is "no".
 */

export interface SignInVerdict {
  signedIn: boolean;
  /** Lower-case @nhs.net address of the signed-in person, when one is visible and unambiguous. */
  account?: string;
  reasons: string[];
}

const SIGN_OUT_TEXT = /^(sign|log)\s*-?\s*(out|off)$|^logout$|^signout$/i;
const SIGN_OUT_HREF = /(sign|log)-?(out|off)\b/i;
const PROFILE_TEXT = /^(my\s+)?profile$|^my account$|^account settings$/i;
const NOT_SIGNED_IN_PATH = /forgot|reset|unlock|login|signin|sign-in|error|registration/i;
/** Headings of pages that are about getting in, or about failing: never a signed-in page. */
const NOT_SIGNED_IN_HEADING =
  /\b(error|not found|something went wrong|access denied|page cannot be found|sorry|forgot(ten)? (your )?password|unlock (your )?account|reset (your )?password|(log|sign) ?in to)\b/i;
const ADDRESS = /[a-z0-9](?:[a-z0-9._'+-]{0,62}[a-z0-9])?@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

/** Text with a space between elements, so "Log out" and "jo@nhs.net" in siblings never run together. */
function textOf(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function controlName(el: Element): string {
  return (
    textOf(el) ||
    el.getAttribute('aria-label') ||
    el.getAttribute('title') ||
    (el as HTMLInputElement).value ||
    ''
  ).trim();
}

/** Hidden elements don't count: a template or a closed menu must not sign anyone in. */
function isRendered(el: Element): boolean {
  if (el.closest('[hidden], template, [aria-hidden="true"]')) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

export function detectSignIn(doc: Document, url: URL): SignInVerdict {
  const reasons: string[] = [];
  if (url.hostname !== 'portal.nhs.net') return { signedIn: false, reasons: ['not the portal'] };
  if (NOT_SIGNED_IN_PATH.test(url.pathname) || NOT_SIGNED_IN_PATH.test(url.hash)) {
    return { signedIn: false, reasons: ['sign-in, reset, registration or error address'] };
  }
  const password = [...doc.querySelectorAll('input[type="password"]')].some(isRendered);
  if (password) return { signedIn: false, reasons: ['a password field is shown'] };
  const heading = [...doc.querySelectorAll('h1, title')].map(textOf).join(' ');
  if (NOT_SIGNED_IN_HEADING.test(heading)) return { signedIn: false, reasons: ['sign-in, reset or error page'] };

  // Match on text first and ask for computed style only for the few matches: getComputedStyle on
  // every control would force style work on every portal page.
  const controls = [
    ...doc.querySelectorAll(
      'a, button, input[type="submit"], input[type="button"], [role="menuitem"], [role="button"]',
    ),
  ];
  const signOut = controls.find(
    (el) =>
      (SIGN_OUT_TEXT.test(controlName(el)) || SIGN_OUT_HREF.test(el.getAttribute('href') ?? '')) && isRendered(el),
  );
  if (!signOut) return { signedIn: false, reasons: ['no sign-out control'] };
  reasons.push('sign-out control');

  const profile = controls.some(
    (el) =>
      (PROFILE_TEXT.test(controlName(el)) || /\/profile\b/i.test(el.getAttribute('href') ?? '')) && isRendered(el),
  );
  if (profile) reasons.push('profile link');
  const userMenu = doc.querySelector(
    '[aria-label*="account" i][aria-haspopup], [aria-label*="user" i][aria-haspopup], [data-testid*="user-menu" i]',
  );
  if (userMenu && isRendered(userMenu)) reasons.push('user menu');

  const account = signedInAddress(doc, signOut);
  if (account === null) return { signedIn: false, reasons: [...reasons, 'signed-in address is not @nhs.net'] };
  if (account) reasons.push('@nhs.net address');

  const signedIn = reasons.length >= 2;
  return signedIn ? { signedIn, account, reasons } : { signedIn: false, reasons: [...reasons, 'no supporting signal'] };
}

/**
 * The address of the person signed in: searched in the page header, navigation or the element
 * around the sign-out control, never the page body (a shared mailbox page lists other people).
 * Returns undefined when none or several are shown, and null when the only one is not @nhs.net.
 */
function signedInAddress(doc: Document, signOut: Element): string | undefined | null {
  const scopes = new Set<Element>();
  for (const el of doc.querySelectorAll('header, nav, [role="banner"], [role="navigation"]')) scopes.add(el);
  let around: Element = signOut;
  for (let i = 0; i < 3 && around.parentElement && around.parentElement !== doc.body; i++)
    around = around.parentElement;
  scopes.add(around);
  const found = new Set<string>();
  for (const scope of scopes) {
    if (!isRendered(scope)) continue;
    const labels = [...scope.querySelectorAll('[aria-label], [title]')]
      .map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`)
      .join(' ');
    for (const match of `${textOf(scope)} ${labels}`.matchAll(ADDRESS)) found.add(match[0].toLowerCase());
  }
  if (found.size !== 1) return undefined;
  const [only] = found;
  return only!.endsWith('@nhs.net') ? only : null;
}
