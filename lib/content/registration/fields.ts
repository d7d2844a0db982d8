/**
 * Collect: which of the page's fields are which. We have never seen the live portal's markup, so a
 * field is recognised only from several kinds of evidence, ranked (Bitwarden's habit): the names
 * people read (a label, ARIA, the text just before the field, its table cell or column header,
 * a placeholder) outrank the names developers write (formcontrolname, name, id), which outrank
 * the field's type, autocomplete and inputmode and the text around it. A field is recognised when
 * the evidence adds up and one kind clearly wins; otherwise we say nothing about it, because a
 * hint on the wrong field is worse than none.
 *
 * Open shadow roots are part of the page: a form inside a custom element, or form-associated
 * custom elements whose input lives in their own shadow root (the host's label then names it).
 * Reading evidence is the costly part, so each input's verdict is kept until the controller says
 * the input or the text around it changed (`forget`).
 */

export const FIELD_KINDS = ['ods', 'mobile', 'email', 'auth-code', 'otp', 'cqc-location', 'cqc-contact'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FieldRecord {
  kind: FieldKind;
  el: HTMLInputElement;
  /** Stable across re-rendered inputs: the kind and its place among fields of that kind ("mobile-2"). */
  key: string;
  score: number;
  /** Which sources agreed, e.g. ['label', 'name']: for tests and the "wrong for me" fingerprint. */
  evidence: string[];
  /** Members are told apart by the nearest group holding one field of this kind (fieldset, row…). */
  group: number;
}

/** Evidence weights: what a person reads first; developer names next; type and nearby text last. */
const WEIGHTS = {
  label: 3,
  labelledby: 3,
  aria: 3,
  placeholder: 3,
  prev: 3,
  cell: 3,
  header: 3,
  fcn: 2,
  name: 2,
  id: 1.5,
  type: 1,
} as const;
type Source = keyof typeof WEIGHTS;
export const RECOGNISE_AT = 3;

const KIND_WORDS: Record<FieldKind, RegExp> = {
  ods: /\bods\b|organisation data service|\b(org|organisation|practice|site|premises) code\b/,
  mobile: /\bmobile\b|\bmob (no|num)|\bcell ?phone\b/,
  email: /\be ?mail\b/,
  'auth-code': /\bauth(entication)? code\b|\bnhsbsa code\b/,
  otp: /\bone ?time ?pass ?code\b|\botp\b|\bpasscode\b/,
  'cqc-location': /\bcqc location\b|\blocation id\b/,
  'cqc-contact': /\bcqc contact\b|\bcontact id\b|registered manager s id/,
};

/** Words that make a field something else: a confirm box, the organisation's own email, a provider ID, a search. */
const NOT_THIS: Partial<Record<FieldKind, RegExp>> = {
  email: /\b(confirm|re ?enter|repeat|registered|organisation|pharmacy|practice|premises|nhsbsa|gmc|shared|search)\b/,
  mobile: /\b(confirm|re ?enter|repeat|search)\b/,
  ods: /\b(hq|headquarters|parent|search)\b/,
  'cqc-location': /\bprovider\b/,
};

/** "odsCode", "member_1.mobileNumber", "Mobile number*" → "ods code", "member 1 mobile number". */
export function words(raw: string | null | undefined): string {
  return (raw ?? '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .toLowerCase()
    .trim();
}

function textOf(el: Node | null | undefined): string {
  return el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

const RECOGNISABLE_TYPES = new Set(['', 'text', 'tel', 'email', 'number', 'search']);
const FIELDS = 'input, select, textarea';

/** An attribute in lower case, '' when absent. */
const lowerAttr = (el: Element, name: string): string => (el.getAttribute(name) ?? '').toLowerCase();
/** A type of input the person types words or numbers into (before anything else is read). */
const recognisableType = (el: HTMLInputElement): boolean => RECOGNISABLE_TYPES.has(lowerAttr(el, 'type'));

/** The element's host when it sits in a shadow root, else undefined. */
const hostOf = (node: Node): Element | undefined => (node.getRootNode() as ShadowRoot).host ?? undefined;

/** `closest` that climbs out of shadow roots. */
export function closestDeep(el: Element, selector: string): Element | null {
  for (let at: Element | undefined = el; at; at = hostOf(at)) {
    const found = at.closest(selector);
    if (found) return found;
  }
  return null;
}

/** Can a person fill this in now: right type, enabled, not hidden by markup (cheap; no styles read). */
function isCandidate(el: HTMLInputElement): boolean {
  if (!recognisableType(el)) return false;
  return !el.disabled && !el.readOnly && !closestDeep(el, '[hidden], [aria-hidden="true"], template');
}

/** Shown on screen (reads styles): checked for recognised fields only, at the check before submitting. */
export const isShown = (el: HTMLInputElement): boolean => el.checkVisibility?.({ visibilityProperty: true }) ?? true;

/**
 * Short text just before the field (<div>s, <span>s or text nodes in its row, such as a name and
 * a hint), with no other field in between; from the first level up that has any.
 */
function precedingText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; depth < 3 && node; depth++) {
    const parts: string[] = [];
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 1) {
        const e = sib as Element;
        if (e.hasAttribute('data-nhsc-host')) continue;
        if (e.matches(FIELDS) || e.querySelector(FIELDS)) break;
      } else if (sib.nodeType !== 3) continue;
      const text = textOf(sib);
      if (text) parts.unshift(text);
    }
    const text = parts.join(' ');
    if (text) return text.length <= 120 ? text : '';
    node = node.parentElement;
    if (!node || node.matches('form, fieldset, body, td, th, li, table')) break;
  }
  return '';
}

/** A table cell's neighbour to the left, and its column's header. */
function tableEvidence(el: Element, add: (s: Source, v: string) => void): void {
  const cell = el.closest('td, th') as HTMLTableCellElement | null;
  if (!cell || cell.querySelectorAll(FIELDS).length !== 1) return;
  const left = cell.previousElementSibling;
  if (left && !left.querySelector(FIELDS)) add('cell', textOf(left).slice(0, 80));
  const table = cell.closest('table');
  const row = cell.parentElement;
  if (!table || !row) return;
  let column = 0;
  for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling)
    column += (c as HTMLTableCellElement).colSpan || 1;
  const head =
    table.querySelector('thead tr') ??
    [...table.querySelectorAll('tr')].find((r) => r !== row && r.querySelector('th') && !r.querySelector(FIELDS));
  if (!head) return;
  let at = 0;
  for (const h of head.children as HTMLCollectionOf<HTMLTableCellElement>) {
    if (at === column) return add('header', textOf(h));
    at += h.colSpan || 1;
    if (at > column) return;
  }
}

/**
 * `label[for]` elements of each tree by the id they name, built once per page change: looking them
 * up per input (or reading `input.labels`) walks the whole document each time.
 */
let labelIndex = new WeakMap<Node, Map<string, Element[]>>();

/** The page changed: label-for lookups are built again when next needed. */
export function pageChanged(): void {
  labelIndex = new WeakMap();
}

function labelsFor(root: Document | ShadowRoot, id: string): Element[] {
  let index = labelIndex.get(root);
  if (!index) {
    index = new Map();
    for (const l of root.querySelectorAll('label[for]')) {
      const key = l.getAttribute('for')!;
      index.set(key, [...(index.get(key) ?? []), l]);
    }
    labelIndex.set(root, index);
  }
  return index.get(id) ?? [];
}

/** Labels of a field: label-for and a wrapping label, in its own tree. */
function labelsOf(el: HTMLElement): string[] {
  const out: string[] = [];
  if (el.id) for (const l of labelsFor(el.getRootNode() as Document | ShadowRoot, el.id)) out.push(textOf(l));
  const wrap = el.closest('label');
  if (wrap && !(wrap.htmlFor && wrap.htmlFor !== el.id)) out.push(textOf(wrap));
  return out;
}

/** What names `el` from outside it: labels, ARIA, the text before it, its table cell and header. */
function contextEvidence(el: HTMLElement, add: (s: Source, v: string | null) => void, strong: () => boolean): void {
  for (const text of labelsOf(el)) add('label', text);
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const root = el.getRootNode() as Document | ShadowRoot;
    add(
      'labelledby',
      ids
        .split(/\s+/)
        .map((id) => textOf(root.getElementById(id)))
        .join(' '),
    );
  }
  add('aria', el.getAttribute('aria-label') ?? el.getAttribute('title'));
  tableEvidence(el, add);
  if (!strong()) add('prev', precedingText(el));
}

export function evidenceFor(el: HTMLInputElement): [Source, string][] {
  const out: [Source, string][] = [];
  const add = (source: Source, value: string | null | undefined) => {
    const w = words(value);
    if (w) out.push([source, w]);
  };
  const strong = () => out.some(([s]) => WEIGHTS[s] >= 3);
  // A form-associated custom element: its input alone in its shadow root is named by the host.
  const host = hostOf(el);
  const outer = host && host.localName.includes('-') && host.shadowRoot?.querySelectorAll(FIELDS).length === 1;
  add('placeholder', el.getAttribute('placeholder'));
  add('fcn', el.getAttribute('formcontrolname') ?? el.getAttribute('ng-reflect-name'));
  add('name', el.getAttribute('name'));
  add('id', el.id);
  if (outer) {
    add('aria', host.getAttribute('label'));
    add('placeholder', host.getAttribute('placeholder'));
    add('name', host.getAttribute('name'));
    add('id', host.id);
  }
  contextEvidence(el, add, strong);
  if (outer && !strong()) contextEvidence(host as HTMLElement, add, strong);
  const type = lowerAttr(el, 'type');
  const auto = lowerAttr(el, 'autocomplete');
  const mode = lowerAttr(el, 'inputmode');
  if (type === 'email' || mode === 'email' || /\bemail\b/.test(auto)) out.push(['type', 'email']);
  if (type === 'tel' || mode === 'tel' || /\btel\b|tel-national/.test(auto)) out.push(['type', 'mobile']);
  return out;
}

export interface Classification {
  kind?: FieldKind;
  score: number;
  evidence: string[];
}

/** Pure: weigh each piece of evidence for each kind; a kind wins only clearly and with enough. */
export function classify(evidence: readonly (readonly [Source, string])[]): Classification {
  const scores = new Map<FieldKind, { score: number; evidence: Set<string> }>();
  const vetoed = new Set<FieldKind>();
  for (const [source, text] of evidence) {
    for (const kind of FIELD_KINDS) {
      if (!KIND_WORDS[kind].test(text)) continue;
      if (NOT_THIS[kind]?.test(text) && WEIGHTS[source] >= 2) vetoed.add(kind);
      const entry = scores.get(kind) ?? { score: 0, evidence: new Set<string>() };
      // One source counts once per kind, however many labels repeat it.
      if (!entry.evidence.has(source)) entry.score += WEIGHTS[source];
      entry.evidence.add(source);
      scores.set(kind, entry);
    }
  }
  const ranked = [...scores.entries()].filter(([kind]) => !vetoed.has(kind)).sort((a, b) => b[1].score - a[1].score);
  const [best, second] = ranked;
  if (!best || best[1].score < RECOGNISE_AT) return { score: best?.[1].score ?? 0, evidence: [] };
  if (second && second[1].score * 2 > best[1].score) return { score: best[1].score, evidence: [] };
  return { kind: best[0], score: best[1].score, evidence: [...best[1].evidence] };
}

/** Each input's verdict, read once and kept until `forget` (the incremental part). */
const verdicts = new WeakMap<HTMLInputElement, Classification>();

export function forget(el: HTMLInputElement): void {
  verdicts.delete(el);
}

/** The kind this input is recognised as now (read again if forgotten). */
export function kindOf(el: HTMLInputElement): FieldKind | undefined {
  return verdictOf(el).kind;
}

function verdictOf(el: HTMLInputElement): Classification {
  let v = verdicts.get(el);
  if (!v) {
    v = classify(evidenceFor(el));
    verdicts.set(el, v);
  }
  return v;
}

/** Open shadow roots under `root` (one walk over its elements; the controller keeps the result). */
export function shadowRootsIn(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    const sr = el.shadowRoot;
    if (sr) out.push(sr, ...shadowRootsIn(sr));
  }
  return out;
}

/** The element in `tree` that holds `node` (itself, or the shadow host it is inside). */
export function anchorIn(node: Element, tree: Node): Element {
  let at = node;
  while (at.getRootNode() !== tree) {
    const host = hostOf(at);
    if (!host) break;
    at = host;
  }
  return at;
}

/** Every input under `root`, its known shadow roots included, in document order. */
export function inputsIn(root: Element, roots: readonly ShadowRoot[] = []): HTMLInputElement[] {
  const tree = root.getRootNode();
  const inside = roots.filter((sr) => sr.host.isConnected && root.contains(anchorIn(sr.host, tree)));
  const light = [...root.querySelectorAll('input')];
  if (!inside.length) return light;
  const all = [...light, ...inside.flatMap((sr) => [...sr.querySelectorAll('input')])];
  const pos = (el: Element) => anchorIn(el, tree);
  return all.sort((a, b) => {
    const x = pos(a);
    const y = pos(b);
    if (x === y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

type Raw = { el: HTMLInputElement; kind: FieldKind; score: number; evidence: string[] };

function recognise(inputs: readonly HTMLInputElement[]): Raw[] {
  const out: Raw[] = [];
  for (const el of inputs) {
    // The cached verdict first: most inputs are nothing to us, and need no further look.
    if (!recognisableType(el)) continue;
    const c = verdictOf(el);
    if (c.kind && isCandidate(el)) out.push({ el, kind: c.kind, score: c.score, evidence: c.evidence });
  }
  return out;
}

/**
 * Members' fields live in repeated groups; a field's group is its highest ancestor (below the root)
 * holding no other field of its kind. One pass up from each field: linear in fields × depth.
 */
function withGroups(found: readonly Raw[], root: Element): FieldRecord[] {
  const tree = root.getRootNode();
  const chains = found.map((f) => {
    const out: Element[] = [];
    for (let box = anchorIn(f.el, tree).parentElement; box && box !== root; box = box.parentElement) out.push(box);
    return out;
  });
  const counts = new Map<Element, Map<FieldKind, number>>();
  found.forEach((f, i) => {
    for (const box of chains[i]!) {
      let m = counts.get(box);
      if (!m) counts.set(box, (m = new Map()));
      m.set(f.kind, (m.get(f.kind) ?? 0) + 1);
    }
  });
  const groups = new Map<Element, number>();
  const ordinal = new Map<FieldKind, number>();
  return found.map((f, i) => {
    let group: Element = f.el;
    for (const box of chains[i]!) {
      if ((counts.get(box)?.get(f.kind) ?? 0) > 1) break;
      group = box;
    }
    let index = groups.get(group);
    if (index === undefined) groups.set(group, (index = groups.size));
    const n = (ordinal.get(f.kind) ?? 0) + 1;
    ordinal.set(f.kind, n);
    return { ...f, key: `${f.kind}-${n}`, group: index };
  });
}

/** Every recognised field under `root` (and its known open shadow roots), in document order. */
export function collectFields(root: Element, roots: readonly ShadowRoot[] = []): FieldRecord[] {
  return withGroups(recognise(inputsIn(root, roots)), root);
}

/** A site search (header, role=search, or only search boxes) is never the registration form. */
export function isSearch(form: Element): boolean {
  if (closestDeep(form, 'header, nav, [role="search"], [role="banner"], [role="navigation"]')) return true;
  const inputs = [...form.querySelectorAll('input')].filter((i) => isCandidate(i));
  return inputs.length > 0 && inputs.every((i) => i.type === 'search' || /^(q|query|search|keywords?)$/i.test(i.name));
}

export interface FormArea {
  root: Element;
  fields: FieldRecord[];
}

/**
 * The form (or the single-page app's form-like area) holding the registration fields, with those
 * fields: the form, or the area outside any form, with the most recognised fields. Site search
 * forms never count.
 */
export function findForm(doc: Document, roots: readonly ShadowRoot[] = []): FormArea | undefined {
  const body = doc.body ?? doc.documentElement;
  const found = recognise(inputsIn(body, roots));
  const buckets = new Map<Element | null, Raw[]>();
  const search = new Map<Element, boolean>();
  for (const f of found) {
    const form = f.el.form ?? closestDeep(f.el, 'form');
    if (form && !search.has(form)) search.set(form, isSearch(form));
    if (form && search.get(form)) continue;
    const list = buckets.get(form) ?? [];
    list.push(f);
    buckets.set(form, list);
  }
  let best: [Element | null, Raw[]] | undefined;
  for (const entry of buckets) if (!best || entry[1].length > best[1].length) best = entry;
  if (!best) return undefined;
  const [form, fields] = best;
  if (form) return { root: form, fields: withGroups(fields, form) };
  // No <form>: the smallest element holding every recognised field, widened to its primary button.
  const anchors = fields.map((f) => anchorIn(f.el, doc));
  let box: Element | null = anchors[0]!.parentElement;
  while (box && !anchors.every((a) => box!.contains(a))) box = box.parentElement;
  while (box && box !== body && !primaryButton(box, roots)) box = box.parentElement;
  return box ? { root: box, fields: withGroups(fields, box) } : undefined;
}

export function findFormRoot(doc: Document): Element | undefined {
  return findForm(doc)?.root;
}

const PRIMARY_WORDS =
  /^(submit|send|register|apply|complete|finish|confirm)\b|\b(submit|send) (application|registration|request)\b/i;
export const BUTTONS = 'button, input[type="submit"], input[type="button"], [role="button"]';

export function buttonName(b: Element): string {
  return (b.getAttribute('aria-label') ?? (b instanceof HTMLInputElement ? b.value : textOf(b))).trim();
}

/**
 * The button that sends the application: a submit button of the form, or the app's own button.
 * Outside a form, buttons of other forms (a header search) never count.
 */
export function primaryButton(root: Element, roots: readonly ShadowRoot[] = []): HTMLElement | undefined {
  const tree = root.getRootNode();
  const inside = roots.filter((sr) => sr.host.isConnected && root.contains(anchorIn(sr.host, tree)));
  const formless = !root.matches('form');
  const buttons = [root, ...inside]
    .flatMap((r) => [...r.querySelectorAll<HTMLElement>(BUTTONS)])
    .filter(
      (b) =>
        !closestDeep(b, '[hidden]') &&
        !(b as HTMLButtonElement).disabled &&
        !(formless && closestDeep(b, 'form') && isSearch(closestDeep(b, 'form')!)),
    );
  const named = buttons.filter((b) => PRIMARY_WORDS.test(buttonName(b)));
  if (named.length) return named[named.length - 1];
  const submits = buttons.filter((b) => (b as HTMLButtonElement).type === 'submit' && closestDeep(b, 'form'));
  return submits[submits.length - 1];
}

/** Wizards have Next/Continue/Back/Save buttons: only the action that sends the application is checked. */
export function isFinalAction(button: Element | null | undefined): boolean {
  if (!button) return true;
  return !/^(next|continue|back|previous|save|cancel|add|remove|search|find)\b/i.test(buttonName(button));
}
