/**
 * Which portal page is this, for the page hints? We have never seen the live markup (every fixture
 * in test/fixtures/portal-hints is an ASSUMED layout), so each kind needs two independent signals,
 * or one strong one, and anything ambiguous is "none": a wrong hint is worse than no hint
 * (docs/decisions.md H5; U3).
 *
 * Collect → decide: `collectPage` reads the document into plain data (headings, password-field
 * labels, a few flags, no values); `decidePage` is a pure function of that data and the URL; the
 * elements we need later (where to place the hint, the new-password field) stay beside it.
 */
import { isRendered } from '../kit/page-text.ts';
import { PageLook } from '../kit/page-look.ts';

export { isRendered };

import type { HintPageKind } from '../../protocol.ts';

export type { HintPageKind };

/** What the document says, as plain data. */
export interface PageSignals {
  /** Text of rendered h1–h3, legends and role=heading, lower case, one entry each. */
  headings: string[];
  /** Text of rendered buttons and submit inputs, lower case. */
  buttons: string[];
  /** One record per rendered password field: its label text, autocomplete and name/id, lower case. */
  passwords: { label: string; autocomplete: string; name: string }[];
  /** A rendered link, button or heading says "Self-enroll for MFA" (either spelling). */
  selfEnrolMfa: boolean;
  /** A rendered table or grid whose header or cells name owners or members. */
  memberTable: boolean;
}

export interface PageVerdict {
  kind?: HintPageKind;
}

// ---------------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------------

/** Paths where no hint ever shows: registration (own script), errors, the reset flow itself. */
const QUIET_PATH =
  /(^|\/)(registration|error|errors|notfound|forgotpassword|forgot-password|unlock|logout|logoff|signout)(\/|$)/i;

export function isHintUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'portal.nhs.net' && !QUIET_PATH.test(url.pathname);
}

/** The one sourced sign-in address (docs/sources.md §7), with or without a query. */
export function isSignInPath(url: URL): boolean {
  return /^\/home\/login\/?$/i.test(url.pathname);
}

// ---------------------------------------------------------------------------------------------------
// Decide
// ---------------------------------------------------------------------------------------------------

const SIGN_IN_WORDS = /\b(log ?in|sign ?in)\b/;
const ERROR_WORDS = /\b(error|not found|something went wrong|access denied|page cannot be found|sorry)\b/;
const CHANGE_HEADING = /\b(change|update|set|reset|choose) (your |a )?(new )?password\b/;
const NEW_LABEL = /\bnew\b/;
const CONFIRM_LABEL = /\b(confirm|re-?enter|repeat|retype|again|verify)\b/;
const CURRENT_LABEL = /\b(current|old|existing)\b/;
const MFA_HEADING = /\bkeep your account secure\b/;
const SELF_SERVICE_HEADING = /^self[- ]?service\b/;
const SHARED_MAILBOX_HEADING = /\bshared mailbox(es)?\b/;
const MFA_WORDS = /\bmfa\b|multi-factor/;

/** A password field that asks for the new password: autocomplete first, then its label or name. */
export function isNewPasswordField(p: PageSignals['passwords'][number]): boolean {
  if (p.autocomplete === 'new-password') return !CONFIRM_LABEL.test(p.label) && !/confirm/.test(p.name);
  return NEW_LABEL.test(p.label) && !CONFIRM_LABEL.test(p.label) && !CURRENT_LABEL.test(p.label);
}

export function isConfirmField(p: PageSignals['passwords'][number]): boolean {
  return CONFIRM_LABEL.test(p.label) || /confirm/.test(p.name);
}

/** The one kind of page the signals show, or none when they show none or more than one. */
export function decidePage(url: URL, s: PageSignals): PageVerdict {
  // Registration, error, reset or another site; then error pages by their headings.
  if (!isHintUrl(url)) return {};
  const headings = s.headings.join(' \n ');
  if (ERROR_WORDS.test(headings)) return {};

  const candidates: HintPageKind[] = [];
  const pw = s.passwords;

  // Password change: two or three password fields labelled new + confirm, or a change heading.
  if (pw.length >= 1 && pw.length <= 3) {
    const labelled = pw.some(isNewPasswordField) && pw.some(isConfirmField);
    const heading = CHANGE_HEADING.test(headings);
    if ((pw.length >= 2 && labelled) || (heading && pw.some(isNewPasswordField))) candidates.push('password-change');
  }

  // Sign-in: exactly one password field that is not a new-password field, and sign-in words or the address.
  if (pw.length === 1 && !pw.some(isNewPasswordField)) {
    const words = SIGN_IN_WORDS.test(headings) || s.buttons.some((b) => SIGN_IN_WORDS.test(b));
    if (words || isSignInPath(url)) candidates.push('sign-in');
  }

  // MFA enrolment: no password fields; the Microsoft heading, or Self-Service with the enrol action.
  if (pw.length === 0) {
    const secure = MFA_HEADING.test(headings);
    const selfService = s.headings.some((h) => SELF_SERVICE_HEADING.test(h));
    if (secure || (s.selfEnrolMfa && (selfService || MFA_WORDS.test(headings)))) candidates.push('mfa-enrolment');
  }

  // Shared mailboxes: the heading and a table of owners or members.
  if (pw.length === 0 && s.headings.some((h) => SHARED_MAILBOX_HEADING.test(h)) && s.memberTable) {
    candidates.push('shared-mailbox');
  }

  // Ambiguous or nothing: silence (a wrong hint is worse than none).
  return candidates.length === 1 ? { kind: candidates[0]! } : {};
}

// ---------------------------------------------------------------------------------------------------
// Collect
// ---------------------------------------------------------------------------------------------------

const HEADINGS = 'h1, h2, h3, legend, [role="heading"]';

/** The label of a field: label[for], a wrapping label, aria-labelledby, aria-label, placeholder. */
export function labelOf(el: HTMLInputElement, look = new PageLook(el.ownerDocument)): string {
  const doc = el.ownerDocument;
  const text = (of: Element | null) => (of ? look.text(of).toLowerCase() : '');
  const parts: string[] = [];
  for (const label of el.labels ?? []) parts.push(text(label));
  const by = el.getAttribute('aria-labelledby');
  if (by) for (const id of by.split(/\s+/)) parts.push(text(doc.getElementById(id)));
  parts.push((el.getAttribute('aria-label') ?? '').toLowerCase(), (el.getAttribute('placeholder') ?? '').toLowerCase());
  return parts.filter(Boolean).join(' ').trim();
}

export interface CollectedPage {
  signals: PageSignals;
  passwordFields: HTMLInputElement[];
}

/**
 * Reads what `decidePage` needs. Buttons, the "Self-enroll for MFA" action and member tables are read only
 * when the headings and password fields make them count (the branches of `decidePage` that use them), so
 * an ordinary page costs its headings and password fields and no more: elsewhere they are left empty.
 */
export function collectPage(doc: Document, look = new PageLook(doc)): CollectedPage {
  const shown = (el: Element) => look.rendered(el);
  const text = (el: Element) => look.text(el).toLowerCase();
  const headings = look.all(HEADINGS).filter(shown).map(text).filter(Boolean);
  const passwordFields = look.all<HTMLInputElement>('input[type="password"]').filter(shown);
  const passwords = passwordFields.map((el) => ({
    label: labelOf(el, look),
    autocomplete: (el.getAttribute('autocomplete') ?? '').toLowerCase().trim(),
    name: `${el.name} ${el.id}`.toLowerCase(),
  }));
  const joined = headings.join(' \n ');
  const buttons =
    passwords.length === 1
      ? look
          .all('button, input[type="submit"], input[type="button"], [role="button"]')
          .filter(shown)
          .map((el) => text(el) || ((el as HTMLInputElement).value ?? '').toLowerCase())
          .filter(Boolean)
      : [];
  const mfaContext =
    passwords.length === 0 && (headings.some((h) => SELF_SERVICE_HEADING.test(h)) || MFA_WORDS.test(joined));
  const selfEnrolMfa =
    mfaContext &&
    look
      .all(`a, button, [role="button"], [role="tab"], ${HEADINGS}`)
      .some((el) => /\bself[- ]?enrol{1,2}(ment)? for mfa\b/.test(text(el)) && shown(el));
  const memberTable =
    passwords.length === 0 &&
    headings.some((h) => SHARED_MAILBOX_HEADING.test(h)) &&
    look.all('table, [role="grid"], [role="table"]').some((el) => shown(el) && /\b(owner|member)s?\b/.test(text(el)));
  return { signals: { headings, buttons, passwords, selfEnrolMfa, memberTable }, passwordFields };
}

/** The heading words of the kinds of page with no password field, allowing for text nodes run together. */
const HINT_HEADING_WORDS = /keep\s*your\s*account\s*secure|self[-\s]*service|mfa|multi-?\s*factor|shared\s*mailbox/i;

/** False only where `detectHintPage` could find no kind of page: no password field and no heading of one. */
export function mayBeHintPage(doc: Document, url: URL): boolean {
  if (!isHintUrl(url)) return false;
  if (doc.querySelector('input[type="password"]')) return true;
  for (const el of doc.querySelectorAll(HEADINGS)) if (HINT_HEADING_WORDS.test(el.textContent ?? '')) return true;
  return false;
}

/** Where the hint goes: before the page's main heading, else before the form it is about. */
export function anchorFor(
  doc: Document,
  kind: HintPageKind,
  passwordFields: readonly HTMLInputElement[],
): Element | undefined {
  const main = doc.querySelector('main, [role="main"]') ?? doc.body;
  const h1 = [...(main ?? doc).querySelectorAll('h1')].find(isRendered);
  if (h1) return h1;
  if (kind === 'sign-in' || kind === 'password-change')
    return passwordFields[0]?.form ?? passwordFields[0]?.parentElement ?? undefined;
  const heading = [...doc.querySelectorAll('h2, [role="heading"]')].find(isRendered);
  return heading ?? undefined;
}

/** The page's own field for the new password, for the live rule check. */
export function newPasswordField(collected: CollectedPage): HTMLInputElement | undefined {
  const i = collected.signals.passwords.findIndex(isNewPasswordField);
  return i >= 0 ? collected.passwordFields[i] : undefined;
}

export interface DetectedPage {
  kind: HintPageKind;
  anchor: Element;
  newPassword?: HTMLInputElement;
}

/** Collect and decide in one call, for the content script. Undefined when unsure. */
export function detectHintPage(doc: Document, url: URL, look = new PageLook(doc)): DetectedPage | undefined {
  if (!isHintUrl(url)) return undefined;
  const collected = collectPage(doc, look);
  const verdict = decidePage(url, collected.signals);
  if (!verdict.kind) return undefined;
  const anchor = anchorFor(doc, verdict.kind, collected.passwordFields);
  if (!anchor) return undefined;
  const field = verdict.kind === 'password-change' ? newPasswordField(collected) : undefined;
  return { kind: verdict.kind, anchor, ...(field ? { newPassword: field } : {}) };
}
