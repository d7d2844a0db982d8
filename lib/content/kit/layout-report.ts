/**
 * A description of a page's structure for the project's maintainers, so someone whose portal page
 * the extension gets wrong can show us its layout without showing us anything about themselves.
 *
 * What it keeps: tag names, roles, input types, `autocomplete` and `inputmode`, and the words of
 * labels, headings, buttons, links and other short text, open shadow roots traversed. What it never
 * keeps: what anyone typed (no field's `.value` is read at all; a field shows as `[value]`), and
 * every text and attribute passes through `scrub`, which replaces any chunk with an @ by `[email]`,
 * any run of seven or more digits by `[phone]` and shorter runs by `[number]`, and every word that
 * is not in a short list of everyday English and portal words by `[word]` — so personal names,
 * organisation names and codes go too. It replaces too much rather than too little: a name that
 * is also an everyday word (such as "Hope") would show, so such words are left out of the list.
 *
 * Pure (DOM in, text out), small, no zod and no Intl: it ships in content scripts. The word list
 * is lib/layout-words.ts; `describeLayout` takes it as a parameter so that the portal script, which
 * gets the list from the popup's request, does not carry it.
 */
import { layoutWords } from '../../layout-words.ts';

export { isKnownWord } from '../../layout-words.ts';

/**
 * One pass over the text: an @-chunk, a digit run (with the spaces, brackets and dashes phone
 * numbers carry), a word, or one other character (kept only if it is everyday punctuation).
 */
const TOKEN = /[^\s@]*@\S*|\+?\(?\d(?:[\d\s()+.-]*\d)?|\p{L}[\p{L}\p{M}'’]*|[\s\S]/gu;
const PUNCTUATION = /^[\s.,:;?!()*/&_–-]$/;
/** Long text is cut to this many words: enough to recognise a label, no more. */
const MAX_TOKENS = 16;

/** `scrubWith` with the built-in word list. */
export const scrub = (text: string): string => scrubWith(text, layoutWords());

/** `describeLayout` with the built-in word list. */
export const layoutReport = (root: Document | Element): string => describeLayout(root, layoutWords());

export function scrubWith(text: string, known: ReadonlySet<string>): string {
  let words = 0;
  let out = '';
  for (const [token] of text.matchAll(TOKEN)) {
    let part: string;
    if (token.includes('@')) part = '[email]';
    else if (/\d/.test(token)) part = token.replace(/\D/g, '').length >= 7 ? '[phone]' : '[number]';
    else if (/^\p{L}/u.test(token)) part = known.has(token.toLowerCase()) ? token : '[word]';
    else {
      // Anything else becomes a space, so the words either side of it never join up.
      out += PUNCTUATION.test(token) ? token : ' ';
      continue;
    }
    if (++words > MAX_TOKENS) return `${tidy(out)} …`;
    out += part;
  }
  return tidy(out);
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Fields whose content is what a person typed: shown as [value], never read. */
const FIELD = /^(input|textarea|select)$/;
/** Elements whose content is not page structure, or not ours to read: listed, never entered. */
const LEAF = /^(input|textarea|select|svg|math|iframe)$/;
/** Elements whose content is not page structure (or cannot be read safely): left out. */
const SKIPPED = /^(script|style|noscript|template|link|meta)$/;
/** Attributes reported, each scrubbed, then attributes whose presence alone is reported. */
const ATTRIBUTES =
  'role type autocomplete inputmode name id for aria-label aria-haspopup aria-modal placeholder title alt href'.split(
    ' ',
  );
const FLAGS = 'hidden aria-hidden open required disabled aria-labelledby aria-describedby'.split(' ');
/** A report stops growing after this many lines; the last line says how many were left out. */
const MAX_LINES = 3000;

export function describeLayout(root: Document | Element, known: ReadonlySet<string>): string {
  const scrub = (text: string) => scrubWith(text, known);
  const lines: string[] = [];
  let omitted = 0;
  const emit = (depth: number, line: string) => {
    if (lines.length < MAX_LINES) lines.push(`${'  '.repeat(depth)}${line}`);
    else omitted++;
  };

  const walk = (node: Node, depth: number): void => {
    if (node.nodeType === 3) {
      const text = scrub(node.nodeValue ?? '');
      if (text) emit(depth, `"${text}"`);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIPPED.test(tag) || el.hasAttribute('data-nhsc-host')) return;
    emit(depth, describe(el, tag, scrub));
    // Typed content, images and frames: the element line says enough.
    if (LEAF.test(tag) || isEditable(el)) return;
    if (el.shadowRoot) {
      emit(depth + 1, '#shadow-root');
      for (const child of el.shadowRoot.childNodes) walk(child, depth + 2);
    }
    for (const child of el.childNodes) walk(child, depth + 1);
  };

  const start = 'documentElement' in root ? root.documentElement : root;
  if (start) walk(start, 0);
  if (omitted) lines.push(`… ${omitted} more lines left out`);
  return lines.join('\n');
}

function isEditable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

function describe(el: Element, tag: string, scrub: (text: string) => string): string {
  // A custom element's name is the page author's: scrub it like any other text.
  let line = tag.includes('-') ? scrub(tag) : tag;
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null) line += ` ${name}="${scrub(value)}"`;
  }
  for (const name of FLAGS) if (el.hasAttribute(name)) line += ` ${name}`;
  // A submit, button or reset input's `value` is its own label, not something typed.
  if (tag === 'input' && /^(submit|button|reset)$/i.test(el.getAttribute('type') ?? '')) {
    const label = el.getAttribute('value');
    if (label !== null) line += ` label="${scrub(label)}"`;
  } else if (FIELD.test(tag) || isEditable(el)) {
    line += ' [value]';
  }
  return line;
}
