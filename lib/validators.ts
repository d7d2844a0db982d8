/**
 * The one set of validators for what people type: the registration hints, the request emails and
 * the settings page all use these (docs/sources.md §3.3, §4.4). Pure, total (never throw, whatever
 * the input), and their normalisers are idempotent: the fast-check properties in
 * test/unit/registration-validators.test.ts hold them to that. None of them changes a field: they
 * only read a value and say what is wrong with it.
 */

export type Check<P extends string> = { ok: true; value: string } | { ok: false; problem: P };

const str = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

/** The separators people type inside a phone number; everything else is kept, so it can be refused. */
export function normaliseMobile(raw: unknown): string {
  return str(raw).replace(/[\s().\-\u00a0]/g, '');
}

export type MobileProblem = 'empty' | 'characters' | 'international' | 'not-07' | 'length';

/**
 * A UK mobile number as the registration portal and the NAS ask for it: it starts 07 and has 11
 * digits (docs/sources.md §3.3, S004). Spaces, hyphens and brackets are ignored. A number written
 * +44 7… is refused, not rewritten: the portal asks for 07…, and we never change what people type.
 */
export function checkMobile(raw: unknown): Check<MobileProblem> {
  const s = normaliseMobile(raw);
  if (!s) return { ok: false, problem: 'empty' };
  if (/^(\+|00)44/.test(s)) return { ok: false, problem: 'international' };
  if (!/^\d+$/.test(s) || s.length > 20) return { ok: false, problem: 'characters' };
  if (!s.startsWith('07')) return { ok: false, problem: 'not-07' };
  if (s.length !== 11) return { ok: false, problem: 'length' };
  return { ok: true, value: s };
}

/** One wording per problem, in the NHS.UK error-message style, wherever a mobile is checked. */
export const MOBILE_MESSAGES: Record<MobileProblem, string> = {
  empty: 'Enter a mobile number that starts 07',
  characters: 'Enter a mobile number using numbers only, like 07 followed by 9 digits',
  international: 'Enter the mobile number starting 07, not +44',
  'not-07': 'Enter a mobile number that starts 07',
  length: 'Enter a mobile number with 11 digits, starting 07',
};

/** '07700900123' → '07700 900123', for showing a checked number back. */
export function formatMobile(checked: string): string {
  return `${checked.slice(0, 5)} ${checked.slice(5)}`;
}

/** ODS codes: upper case, no spaces (docs/sources.md §4.4: 1 to 9 letters and numbers). */
export function normaliseOds(raw: unknown): string {
  return str(raw).replace(/\s+/g, '').toUpperCase();
}

/** A sector's ODS format, from lib/knowledge/sectors.ts. */
export interface OdsFormat {
  /** Anchored regular expression. */
  pattern: string;
  /** False where the sources do not confirm the format: then a mismatch is a warning only. */
  confirmed: boolean;
}

export type OdsCheck =
  | { kind: 'empty' }
  | { kind: 'ok'; code: string }
  /** Not 1 to 9 letters and numbers: never an ODS code. */
  | { kind: 'characters' }
  /** Does not match the sector's confirmed format. */
  | { kind: 'format'; code: string }
  /** Does not match a format the sources do not confirm: keep it, but say so. */
  | { kind: 'unconfirmed-format'; code: string };

/** The ODS code, against the sector's format when one is given. */
export function checkOds(raw: unknown, format?: OdsFormat): OdsCheck {
  const code = normaliseOds(raw);
  if (!code) return { kind: 'empty' };
  if (!/^[A-Z0-9]{1,9}$/.test(code)) return { kind: 'characters' };
  if (!format) return { kind: 'ok', code };
  let re: RegExp;
  try {
    re = new RegExp(format.pattern);
  } catch {
    return { kind: 'ok', code };
  }
  if (re.test(code)) return { kind: 'ok', code };
  return format.confirmed ? { kind: 'format', code } : { kind: 'unconfirmed-format', code };
}

/** What to say about an ODS code that is not right; undefined when there is nothing to say. */
export function odsMessage(check: OdsCheck, sector?: { name?: string; hint: string }): string | undefined {
  // The sector's name as written (it may start with a vowel or carry an abbreviation such as GOS).
  const kind = sector?.name ? `an ODS code for ${sector.name}` : 'the right ODS code';
  const hint = sector?.hint ? ` ${sector.hint}` : '';
  switch (check.kind) {
    case 'characters':
      return 'Enter an ODS code of 1 to 9 letters and numbers only';
    case 'format':
      return `This does not look like ${kind}.${hint}`;
    case 'unconfirmed-format':
      return `This may not be ${kind}: the format is not confirmed, so check it.${hint}`;
    default:
      return undefined;
  }
}

export function normaliseEmail(raw: unknown): string {
  return str(raw).trim().toLowerCase();
}

const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

export type EmailProblem = 'empty' | 'format';

/** Any email address: one @, no spaces, a domain with a dot. */
export function checkEmail(raw: unknown): Check<EmailProblem> {
  const s = normaliseEmail(raw);
  if (!s) return { ok: false, problem: 'empty' };
  if (s.length > 254 || !EMAIL.test(s)) return { ok: false, problem: 'format' };
  return { ok: true, value: s };
}

/** A personal address: an @nhs.net one here means the person may already have an account (S004). */
export function checkPersonalEmail(raw: unknown): Check<EmailProblem | 'nhs-net'> {
  const r = checkEmail(raw);
  if (r.ok && r.value.endsWith('@nhs.net')) return { ok: false, problem: 'nhs-net' };
  return r;
}

/** An NHSmail address: ends @nhs.net. */
export function checkNhsmailAddress(raw: unknown): Check<EmailProblem | 'not-nhs-net'> {
  const r = checkEmail(raw);
  if (r.ok && !r.value.endsWith('@nhs.net')) return { ok: false, problem: 'not-nhs-net' };
  return r;
}

export const EMAIL_FORMAT_MESSAGE = 'Enter an email address in the correct format, with an @ sign and no spaces';

/** The NHSBSA authentication code (optometry): its format is not published, so only "present". */
export function checkPresent(raw: unknown): Check<'empty'> {
  const s = str(raw).trim();
  return s ? { ok: true, value: s } : { ok: false, problem: 'empty' };
}

export function normaliseCqcId(raw: unknown): string {
  return str(raw).replace(/\s+/g, '').toUpperCase();
}

/** CQC Contact IDs look like 1-xxxxxx or CON1-xxxxxx (docs/sources.md §3.3); warn-only, the exact format is unconfirmed. */
export function checkCqcContactId(raw: unknown): Check<'empty' | 'format'> {
  const s = normaliseCqcId(raw);
  if (!s) return { ok: false, problem: 'empty' };
  return /^(CON)?1-[A-Z0-9]+$/.test(s) ? { ok: true, value: s } : { ok: false, problem: 'format' };
}

/** The CQC Location ID is for the site; a CON… value is the Contact ID in the wrong box. */
export function checkCqcLocationId(raw: unknown): Check<'empty' | 'contact-id'> {
  const s = normaliseCqcId(raw);
  if (!s) return { ok: false, problem: 'empty' };
  return s.startsWith('CON') ? { ok: false, problem: 'contact-id' } : { ok: true, value: s };
}

/** GP locums' individual one-time passcode is "a 6-digit figure" (docs/sources.md §3.2). */
export function checkLocumPasscode(raw: unknown): Check<'empty' | 'format'> {
  const s = str(raw).replace(/\s+/g, '');
  if (!s) return { ok: false, problem: 'empty' };
  return /^\d{6}$/.test(s) ? { ok: true, value: s } : { ok: false, problem: 'format' };
}

/** Indexes of values that repeat an earlier one, after `normalise`; blanks never count. */
export function repeatedIndexes(values: readonly unknown[], normalise: (raw: unknown) => string): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  values.forEach((raw, i) => {
    const v = normalise(raw);
    if (!v) return;
    if (seen.has(v)) out.push(i);
    seen.add(v);
  });
  return out;
}
