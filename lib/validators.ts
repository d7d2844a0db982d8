/**
 * Validators for what the registration portal collects (FACTS.md §3.3, §4.4). Pure, total (never
 * throw, whatever the input), and their normalisers are idempotent: the fast-check properties in
 * test/unit/registration-validators.test.ts hold them to that. None of them changes a field: they
 * only read a value and say what is wrong with it.
 */

export type Check<P extends string> = { ok: true; value: string } | { ok: false; problem: P };

const str = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

/** "+44 (0)7700 900123", "07700-900-123", "0044 7700 900123" → "07700900123"; other text kept as digits and '+'. */
export function normaliseMobile(raw: unknown): string {
  let s = str(raw).replace(/[\s().\-\u00a0]/g, '');
  s = s.replace(/^(\+|00)44(0)?(?=7)/, '0');
  return s;
}

/** UK mobile numbers (FACTS.md §3.3, S004): start 07 and have 11 digits; spaces and +44 7… are fine. */
export function checkMobile(raw: unknown): Check<'empty' | 'not-07' | 'length' | 'characters'> {
  const s = normaliseMobile(raw);
  if (!s) return { ok: false, problem: 'empty' };
  if (!/^\+?\d+$/.test(s)) return { ok: false, problem: 'characters' };
  if (!s.startsWith('07')) return { ok: false, problem: 'not-07' };
  if (s.length !== 11) return { ok: false, problem: 'length' };
  return { ok: true, value: s };
}

/** ODS codes: upper case, no spaces (FACTS.md §4.4: 1 to 9 letters and numbers). */
export function normaliseOds(raw: unknown): string {
  return str(raw).replace(/\s+/g, '').toUpperCase();
}

/**
 * `pattern` is the sector's anchored pattern from lib/knowledge/sectors.ts. When the format is
 * unconfirmed the caller shows the answer as a warning only.
 */
export function checkOds(raw: unknown, pattern: string): Check<'empty' | 'format'> {
  const s = normaliseOds(raw);
  if (!s) return { ok: false, problem: 'empty' };
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch {
    re = /^[A-Z0-9]{1,9}$/;
  }
  return re.test(s) && /^[A-Z0-9]{1,9}$/.test(s) ? { ok: true, value: s } : { ok: false, problem: 'format' };
}

export function normaliseEmail(raw: unknown): string {
  return str(raw).trim().toLowerCase();
}

/** A personal address: an @nhs.net one here means the person may already have an account (S004). */
export function checkPersonalEmail(raw: unknown): Check<'empty' | 'format' | 'nhs-net'> {
  const s = normaliseEmail(raw);
  if (!s) return { ok: false, problem: 'empty' };
  if (s.length > 254 || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(s)) return { ok: false, problem: 'format' };
  if (s.endsWith('@nhs.net')) return { ok: false, problem: 'nhs-net' };
  return { ok: true, value: s };
}

/** The NHSBSA authentication code (optometry): its format is not published, so only "present". */
export function checkPresent(raw: unknown): Check<'empty'> {
  const s = str(raw).trim();
  return s ? { ok: true, value: s } : { ok: false, problem: 'empty' };
}

export function normaliseCqcId(raw: unknown): string {
  return str(raw).replace(/\s+/g, '').toUpperCase();
}

/** CQC Contact IDs look like 1-xxxxxx or CON1-xxxxxx (FACTS.md §3.3); warn-only, the exact format is unconfirmed. */
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

/** GP locums' individual one-time passcode is "a 6-digit figure" (FACTS.md §3.2). */
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
