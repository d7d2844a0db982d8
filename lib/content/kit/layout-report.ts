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
 * Pure (DOM in, text out), small, no zod and no Intl: it ships in the portal content script.
 */

/** Everyday and portal words kept as they are; anything else becomes [word]. Lower case. */
const KNOWN =
  'a about access account accounts active add address addresses admin administrator after again agree all also an and ' +
  'answer any app application applications apply approve approved are as at authentication authenticator available ' +
  'back banner be been before begin below button by calendar call can cancel cannot care change check checkbox choose ' +
  'click close code codes com complete conditions confirm contact contacts content continue cookie cookies could cqc ' +
  'create current dashboard date day days delegate delete dental details dialog did do does done down e each edit ' +
  'email emails enter error errors expire expired expires expiry factor family field fields find finish first for ' +
  'forbidden forgot forgotten form found from full gb get given go gp has have header help here hi hidden hide home how http https i ' +
  'id identifier if in inbox info information is it its last later leave link links list loading local location ' +
  'locked locum locums log logged login logoff logout mail mailbox mailboxes main maintenance manage member members ' +
  'menu menuitem message messages mfa middle minutes mobile month more multi must my name names nas national nav ' +
  'navigation net new next nhs nhsmail no none not notice now number numbers ods of off office ok old on one only ' +
  'open optional optometrist optometry or organisation organisations organization other our out outlook overview ' +
  'owner owners page pages password passwords pending permission permissions pharmacy phone please portal postcode ' +
  'practice practices previous privacy problem profile provider question questions receive refresh register ' +
  'registered registration reject remove repeat request requests required reset retype role roles save search ' +
  'seconds section sector secure security select send service services session sessions settings shared should ' +
  'show sign signed signin signing signout site sites skip social some something sorry staff start status step steps ' +
  'submit success support surname switch tab team teams tel telephone terms text than that the then there these ' +
  'this time timed timeout title to today try type uk unauthorised unauthorized unavailable unlock up update url ' +
  'use used user username users verification verify view wait warning was we week welcome went were what when ' +
  'where which who with wrong www year years yes you your';

let known: Set<string> | undefined;

/**
 * One pass over the text: an @-chunk, a digit run (with the spaces, brackets and dashes phone
 * numbers carry), a word, or one other character (kept only if it is everyday punctuation).
 */
const TOKEN = /[^\s@]*@\S*|\+?\(?\d(?:[\d\s()+.-]*\d)?|\p{L}[\p{L}\p{M}'’]*|[\s\S]/gu;
const PUNCTUATION = /^[\s.,:;?!()*/&_–-]$/;
/** Long text is cut to this many words: enough to recognise a label, no more. */
const MAX_TOKENS = 16;

export function scrub(text: string): string {
  known ??= new Set(KNOWN.split(' '));
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

/** Whether `scrub` keeps this word as it is (tests use it to tell names from everyday words). */
export function isKnownWord(word: string): boolean {
  known ??= new Set(KNOWN.split(' '));
  return known.has(word.toLowerCase());
}

/** Fields whose content is what a person typed: shown as [value], never read. */
const FIELD_TAGS = new Set(['input', 'textarea', 'select']);
/** Input types whose `value` attribute is the button's own label, not something typed. */
const BUTTON_TYPES = new Set(['submit', 'button', 'reset']);
/** Elements whose content is not page structure (or cannot be read safely). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);
/** Attributes reported, each scrubbed. */
const ATTRIBUTES = [
  'role',
  'type',
  'autocomplete',
  'inputmode',
  'name',
  'id',
  'for',
  'aria-label',
  'aria-haspopup',
  'aria-modal',
  'placeholder',
  'title',
  'alt',
  'href',
];
const FLAGS = ['hidden', 'aria-hidden', 'required', 'disabled', 'aria-labelledby', 'aria-describedby'];
/** A report stops growing after this many lines; the last line says how many were left out. */
const MAX_LINES = 3000;

export function layoutReport(root: Document | Element): string {
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
    if (SKIPPED.has(tag) || el.hasAttribute('data-nhsc-host')) return;
    emit(depth, describe(el, tag));
    // Typed content, images and frames: the element line says enough.
    if (FIELD_TAGS.has(tag) || tag === 'svg' || tag === 'math' || tag === 'iframe' || isEditable(el)) return;
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

function describe(el: Element, tag: string): string {
  // A custom element's name is the page author's: scrub it like any other text.
  let line = tag.includes('-') ? scrub(tag) : tag;
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null) line += ` ${name}="${scrub(value)}"`;
  }
  for (const name of FLAGS) if (el.hasAttribute(name)) line += ` ${name}`;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (tag === 'input' && BUTTON_TYPES.has(type)) {
    const label = el.getAttribute('value');
    if (label !== null) line += ` label="${scrub(label)}"`;
  } else if (FIELD_TAGS.has(tag) || isEditable(el)) {
    line += ' [value]';
  }
  return line;
}
