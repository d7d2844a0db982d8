/**
 * Does this portal page show a signed-in NHSmail session? We have never seen the live markup, so
 * we weigh several independent signals and prefer "no" when unsure: a wrongly recorded sign-in
 * would hide a real deadline.
 *
 * Signed in needs a sign-out control AND one supporting signal (a visible @nhs.net address, a
 * profile link, or a user menu). Any sign-in form or forgotten-password page is "no". Three traps
 * never count however signed in the page looks (docs/decisions.md D24): an error page (by heading,
 * title or status text), a page behind a "your session has expired" dialog or overlay, and an
 * account picker. When the page shows some signs of a session but not enough, or one of the traps,
 * the verdict is `unsure` and the person is asked instead.
 */
import { PageLook } from '../kit/page-look.ts';

export interface SignInVerdict {
  signedIn: boolean;
  /** Some signs of a session, but not enough to count, or a trap: ask the person. */
  unsure?: true;
  /** Lower-case @nhs.net address of the signed-in person, when one is visible and unambiguous. */
  account?: string;
  reasons: string[];
}

const SIGN_OUT_TEXT = /^(sign|log)\s*-?\s*(out|off)$|^logout$|^signout$/i;
const SIGN_OUT_HREF = /(sign|log)-?(out|off)\b/i;
const PROFILE_TEXT = /^(my\s+)?profile$|^my account$|^account settings$/i;
/** Addresses of pages about getting in: never a signed-in page, and nothing to ask about. */
const GETTING_IN_PATH = /forgot|reset|unlock|login|signin|sign-in|registration/i;
const GETTING_IN_HEADING =
  /\b(forgot(ten)? (your )?password|unlock (your )?account|reset (your )?password|(log|sign) ?in to)\b/i;
/** Headings and titles of pages about failing. */
const ERROR_HEADING =
  /\b(error|not found|went wrong|access denied|cannot be found|sorry|unavailable|bad gateway|time-?out|maintenance)\b/i;
/** A short text that is an HTTP status: "503", "Error 503", "503 Service Unavailable". */
const STATUS_TEXT = /^((http|error|status)( code)?:? ?)?[45]\d\d\b/i;
/** What a session-expired dialog or overlay says. */
const SESSION_OVER =
  /session (has )?(expired|timed out|ended)|(timed|logged|signed) out (due to|because of|after) inactivity|been (logged|signed) out|(sign|log) ?in again/i;
/** Words of an account picker. */
const PICKER_TEXT = /\b((pick|choose|select|switch) (an |your |the )?|which |(another|a different) )account\b/i;
/** An account tile's state label: "Signed in" on its own (a signed-in header says "Signed in as …"). */
const TILE_STATE = /^(currently )?signed in\.?$/i;
const ADDRESS = /[a-z0-9](?:[a-z0-9._'+-]{0,62}[a-z0-9])?@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
const PAGE_BAR = 'header, nav, [role="banner"], [role="navigation"]';
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], [role="alert"], h1, h2, h3';

const CONTROLS = 'a, button, input[type="submit"], input[type="button"], [role="menuitem"], [role="button"]';

/**
 * Everything `detectSignIn` counts as a sign of a session, read the cheapest way: each control's text and the
 * page bar's text in one call each (text nodes run together there, so the words allow for no space between
 * them), and one query for the controls, names and menus that carry no text.
 */
const SESSION_WORDS = /(sign|log)\s*-?\s*(out|off)|profile|my\s*account|account\s*settings/i;
const SESSION_MARKS = [
  // Names without text (a control's label, tooltip or button value), then addresses of sign-out and profile pages.
  ...['aria-label', 'title', 'value'].flatMap((attr) =>
    ['sign', 'log', 'profile', 'account', 'user', '@nhs.net'].map((w) => `[${attr}*="${w}" i]`),
  ),
  ...'signout sign-out signoff sign-off logout log-out logoff log-off profile'
    .split(' ')
    .map((w) => `[href*="${w}" i]`),
  '[data-testid*="user-menu" i]',
].join(', ');

/** False only where `detectSignIn` would find no sign of a session: nothing to record, nothing to ask. */
export function mayShowSession(doc: Document, url: URL): boolean {
  if (url.hostname !== 'portal.nhs.net' || GETTING_IN_PATH.test(url.pathname) || GETTING_IN_PATH.test(url.hash))
    return false;
  if (doc.querySelector(SESSION_MARKS)) return true;
  for (const el of doc.querySelectorAll(CONTROLS)) if (SESSION_WORDS.test(el.textContent ?? '')) return true;
  for (const el of doc.querySelectorAll(PAGE_BAR)) if (/@nhs\.net/i.test(el.textContent ?? '')) return true;
  return false;
}

function controlName(look: PageLook, el: Element): string {
  return (
    look.text(el) ||
    el.getAttribute('aria-label') ||
    el.getAttribute('title') ||
    (el as HTMLInputElement).value ||
    ''
  ).trim();
}

/** Inside something that sits over the page: a dialog, an alert, or a fixed layer. */
function isOverlay(el: Element): boolean {
  if (el.closest(DIALOG)) return true;
  const view = el.ownerDocument.defaultView;
  for (let at: Element | null = el; at && view; at = at.parentElement)
    if (view.getComputedStyle(at).position === 'fixed') return true;
  return false;
}

/** The traps, read from the page's short texts: error status, session over, account picker. */
function findTrap(look: PageLook, headings: string): string | undefined {
  const doc = look.doc;
  if (ERROR_HEADING.test(headings)) return 'error page';
  if (PICKER_TEXT.test(headings)) return 'account picker';
  const body = doc.body;
  if (!body) return undefined;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    const el = node.parentElement;
    if (!text || text.length > 200 || !el || el.closest('script, style')) continue;
    const trap =
      text.length <= 60 && STATUS_TEXT.test(text)
        ? 'error status'
        : text.length <= 60 && PICKER_TEXT.test(text)
          ? 'account picker'
          : TILE_STATE.test(text) && !el.closest(PAGE_BAR)
            ? 'account picker'
            : SESSION_OVER.test(text) && isOverlay(el)
              ? 'session expired'
              : undefined;
    if (trap && look.rendered(el)) return trap;
  }
  return undefined;
}

/** `look` lets the page hints share this pass's reading of the page (lib/content/kit/page-look.ts). */
export function detectSignIn(doc: Document, url: URL, look = new PageLook(doc)): SignInVerdict {
  if (url.hostname !== 'portal.nhs.net') return { signedIn: false, reasons: ['not the portal'] };
  if (GETTING_IN_PATH.test(url.pathname) || GETTING_IN_PATH.test(url.hash)) {
    return { signedIn: false, reasons: ['sign-in, reset or registration address'] };
  }
  const shown = (el: Element) => look.rendered(el);
  const password = look.all('input[type="password"]').some(shown);
  if (password) return { signedIn: false, reasons: ['a password field is shown'] };
  const headings = look
    .all('h1, h2, [role="heading"], title')
    .map((el) => look.text(el))
    .join(' | ');
  if (GETTING_IN_HEADING.test(headings)) return { signedIn: false, reasons: ['sign-in or reset page'] };

  // Match on text first and ask for computed style only for the few matches: getComputedStyle on
  // every control would force style work on every portal page.
  const controls = look.all(CONTROLS);
  const reasons: string[] = [];
  const signOut = controls.find(
    (el) =>
      (SIGN_OUT_TEXT.test(controlName(look, el)) || SIGN_OUT_HREF.test(el.getAttribute('href') ?? '')) && shown(el),
  );
  if (signOut) reasons.push('sign-out control');
  const profile = controls.some(
    (el) =>
      (PROFILE_TEXT.test(controlName(look, el)) || /\/profile\b/i.test(el.getAttribute('href') ?? '')) && shown(el),
  );
  if (profile) reasons.push('profile link');
  const userMenu = doc.querySelector(
    '[aria-label*="account" i][aria-haspopup], [aria-label*="user" i][aria-haspopup], [data-testid*="user-menu" i]',
  );
  if (userMenu && shown(userMenu)) reasons.push('user menu');
  const account = signedInAddress(look, signOut);
  if (account === null) return { signedIn: false, reasons: [...reasons, 'signed-in address is not @nhs.net'] };
  if (account) reasons.push('@nhs.net address');

  // Some signs of a session: the person may well be signed in, but this page cannot prove it.
  const unsure = (why: string): SignInVerdict =>
    reasons.length
      ? { signedIn: false, unsure: true, reasons: [...reasons, why] }
      : { signedIn: false, reasons: [why] };
  // No sign of a session at all: nothing to record and nothing to ask, so skip reading every
  // text on the page for traps (the cost of an ordinary portal page with nothing to do).
  if (!reasons.length) return { signedIn: false, reasons: ['no sign-out control'] };
  const trap = /error/i.test(url.pathname) ? 'error address' : findTrap(look, headings);
  if (trap) return unsure(trap);
  if (signOut && reasons.length >= 2) return { signedIn: true, account, reasons };
  return unsure(signOut ? 'no supporting signal' : 'no sign-out control');
}

/**
 * The address of the person signed in: searched in the page header, navigation or the element
 * around the sign-out control, never the page body (a shared mailbox page lists other people).
 * Returns undefined when none or several are shown, and null when the only one is not @nhs.net.
 */
function signedInAddress(look: PageLook, signOut: Element | undefined): string | undefined | null {
  const doc = look.doc;
  const scopes = new Set<Element>(look.all(PAGE_BAR));
  if (signOut) {
    let around: Element = signOut;
    for (let i = 0; i < 3 && around.parentElement && around.parentElement !== doc.body; i++)
      around = around.parentElement;
    scopes.add(around);
  }
  const found = new Set<string>();
  for (const scope of scopes) {
    if (!look.rendered(scope)) continue;
    const labels = [...scope.querySelectorAll('[aria-label], [title]')]
      .map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`)
      .join(' ');
    for (const match of `${look.text(scope)} ${labels}`.matchAll(ADDRESS)) found.add(match[0].toLowerCase());
  }
  if (found.size !== 1) return undefined;
  const [only] = found;
  return only!.endsWith('@nhs.net') ? only : null;
}
