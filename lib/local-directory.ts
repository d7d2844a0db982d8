/**
 * The local directory file: a list of local contacts (referral addresses, regional teams) that a
 * Local Optical Committee (LOC) or an Integrated Care Board (ICB) hands to its practices. The format
 * is documented for publishers in docs/local-directory.md; keep the two in step.
 *
 * The parser never throws, whatever it is given. It reports every problem with its place in the
 * file ("contacts[3].email: not an email address") so a publisher can fix the file in one pass. A
 * file with any problem imports nothing. Valid files are kept exactly as given, so exporting gives
 * the same file back.
 */
import * as z from 'zod/mini';

export const LOCAL_DIRECTORY_FORMAT = 'nhsmail-companion-local-directory';
export const LOCAL_DIRECTORY_FORMAT_VERSION = 1;
/** Larger files are refused before they are read; the message gate allows 256 KB in all. */
export const LOCAL_DIRECTORY_MAX_BYTES = 200 * 1024;
export const LOCAL_DIRECTORY_MAX_CONTACTS = 500;
/** More problems than this are summarised: a wrong file would otherwise list thousands. */
export const MAX_PROBLEMS_LISTED = 50;

function realDate(value: string): boolean {
  // Only judge what looks like a date; the pattern check reports the rest.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

const text = (max: number) =>
  z.string().check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(max, `must be ${max} characters or fewer`),
    z.refine((value) => value.trim() === value, 'must not start or end with spaces'),
  );

const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD, for example 2026-11-23'),
    z.refine(realDate, 'is not a real calendar date'),
  );

const email = z
  .string()
  .check(
    z.maxLength(254, 'must be 254 characters or fewer'),
    z.regex(/^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'not an email address'),
  );

const phone = z.string().check(
  z.maxLength(20, 'must be 20 characters or fewer'),
  z.regex(/^0[0-9 ]+$/, 'not a UK phone number: use digits and spaces, starting with 0'),
  z.refine((value) => {
    const digits = value.replace(/ /g, '').length;
    return digits === 10 || digits === 11;
  }, 'not a UK phone number: it must have 10 or 11 digits'),
);

const httpsUrl = z.string().check(
  z.maxLength(2000, 'must be 2000 characters or fewer'),
  z.refine((value) => {
    if (!/^https:\/\/[^\s]+$/.test(value)) return false;
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'not a web address starting with https://'),
);

export const localDirectoryContactSchema = z
  .strictObject({
    name: text(200),
    purpose: text(500),
    region: text(100),
    email: z.optional(email),
    phone: z.optional(phone),
    url: z.optional(httpsUrl),
    /** Where the contact was published: a web address or the name of a document. */
    source: text(500),
    /** When the publisher last checked this contact, YYYY-MM-DD. */
    reviewed: isoDate,
  })
  .check(
    z.refine(
      (c) => c.email !== undefined || c.phone !== undefined || c.url !== undefined,
      'needs at least one of email, phone or url',
    ),
  );

export const localDirectorySchema = z.strictObject({
  format: z.literal(LOCAL_DIRECTORY_FORMAT, `must be "${LOCAL_DIRECTORY_FORMAT}"`),
  formatVersion: z.literal(LOCAL_DIRECTORY_FORMAT_VERSION, `must be ${LOCAL_DIRECTORY_FORMAT_VERSION}`),
  /** Who publishes the file, e.g. "Buckinghamshire LOC". */
  publisher: text(200),
  /** When this edition was published, YYYY-MM-DD. */
  published: isoDate,
  contacts: z
    .array(localDirectoryContactSchema)
    .check(
      z.minLength(1, 'must list at least one contact'),
      z.maxLength(LOCAL_DIRECTORY_MAX_CONTACTS, `must list ${LOCAL_DIRECTORY_MAX_CONTACTS} contacts or fewer`),
    ),
});

export type LocalDirectoryContact = z.infer<typeof localDirectoryContactSchema>;
export type LocalDirectory = z.infer<typeof localDirectorySchema>;

export interface DirectoryProblem {
  /** Where in the file, e.g. "contacts[3].email"; "file" for the file as a whole. */
  at: string;
  message: string;
}

export type DirectoryParseResult =
  { ok: true; directory: LocalDirectory } | { ok: false; problems: DirectoryProblem[] };

/** ['contacts', 3, 'email'] → "contacts[3].email". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || 'file';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'must be text in quotes',
  number: 'must be a number',
  array: 'must be a list in square brackets',
  object: 'must be an object in curly brackets',
  boolean: 'must be true or false',
};

interface IssueLike {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  expected?: string;
  input?: unknown;
  keys?: string[];
}

function problemsFromIssues(issues: readonly IssueLike[]): DirectoryProblem[] {
  const problems: DirectoryProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: DirectoryProblem) => {
    const key = `${problem.at}\u0000${problem.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(problem);
  };
  for (const issue of issues) {
    const path = issue.path ?? [];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) {
        add({ at: formatPath([...path, key]), message: 'is not a field this format knows; check the spelling' });
      }
      continue;
    }
    let message = issue.message ?? 'is not valid';
    if (issue.code === 'invalid_type') {
      message = issue.input === undefined ? 'is missing' : (TYPE_WORDS[issue.expected ?? ''] ?? 'has the wrong type');
    }
    add({ at: formatPath(path), message });
  }
  return problems;
}

function refuse(at: string, message: string): DirectoryParseResult {
  return { ok: false, problems: [{ at, message }] };
}

function parse(input: unknown): DirectoryParseResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > LOCAL_DIRECTORY_MAX_BYTES) return refuse('file', 'is larger than 200 KB');
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message : '';
      return refuse('file', `is not valid JSON${detail ? ` (${detail})` : ''}`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('file', 'must be a JSON object in curly brackets');
  }
  const head = value as { format?: unknown; formatVersion?: unknown };
  // Check the format first: anything else gives one clear answer instead of a page of problems.
  if (head.format !== LOCAL_DIRECTORY_FORMAT) {
    return refuse('format', `must be "${LOCAL_DIRECTORY_FORMAT}"; this is not a local directory file`);
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > LOCAL_DIRECTORY_FORMAT_VERSION) {
    return refuse(
      'formatVersion',
      `is ${head.formatVersion}, newer than this version of NHSmail Companion can read (${LOCAL_DIRECTORY_FORMAT_VERSION}); update the extension and try again`,
    );
  }
  const result = localDirectorySchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, directory: result.data };
  const problems = problemsFromIssues(result.error.issues as unknown as IssueLike[]);
  if (problems.length > MAX_PROBLEMS_LISTED) {
    const hidden = problems.length - MAX_PROBLEMS_LISTED;
    return {
      ok: false,
      problems: [...problems.slice(0, MAX_PROBLEMS_LISTED), { at: 'file', message: `and ${hidden} more problems` }],
    };
  }
  return { ok: false, problems };
}

/**
 * Checks a local directory file, given as its text or as already-parsed JSON. Never throws.
 * `ok: false` always carries at least one problem.
 */
export function parseLocalDirectory(input: unknown): DirectoryParseResult {
  try {
    const result = parse(input);
    if (!result.ok && result.problems.length === 0) return refuse('file', 'is not valid');
    return result;
  } catch (error) {
    // A hostile value (a getter that throws, a revoked proxy) must never break the caller.
    return refuse('file', `could not be read (${error instanceof Error ? error.message : 'unknown error'})`);
  }
}

/** The problems as lines a person can read, one per problem. */
export function describeProblems(problems: readonly DirectoryProblem[]): string[] {
  return problems.map((p) => `${p.at}: ${p.message}`);
}

/** The file to save: the same data, as pretty-printed JSON with a final newline. */
export function formatLocalDirectory(directory: LocalDirectory): string {
  return `${JSON.stringify(directory, null, 2)}\n`;
}

/** A file name for an export, e.g. "local-directory-2026-11-23.json". */
export function localDirectoryFileName(directory: LocalDirectory): string {
  return `local-directory-${directory.published}.json`;
}
