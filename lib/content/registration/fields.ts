/**
 * Collect: which of the page's fields are which. We have never seen the live portal's markup, so a
 * field is recognised only from several kinds of evidence, ranked (Bitwarden's habit): the names
 * people read (label-for, a wrapping label, aria-labelledby, aria-label, placeholder) outrank the
 * names developers write (formcontrolname, name, id), which outrank the field's type and the text
 * around it. A field is recognised when the evidence adds up and one kind clearly wins; otherwise
 * we say nothing about it, because a hint on the wrong field is worse than none.
 */

export const FIELD_KINDS = ['ods', 'mobile', 'email', 'auth-code', 'otp', 'cqc-location', 'cqc-contact'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FieldRecord {
  kind: FieldKind;
  el: HTMLInputElement;
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
  fcn: 2,
  name: 2,
  id: 1.5,
  near: 1.5,
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

/** Words that make a field something else: a confirm box, the organisation's own email, a provider ID. */
const NOT_THIS: Partial<Record<FieldKind, RegExp>> = {
  email: /\b(confirm|re ?enter|repeat|registered|organisation|pharmacy|practice|premises|nhsbsa|gmc|shared)\b/,
  mobile: /\b(confirm|re ?enter|repeat)\b/,
  ods: /\b(hq|headquarters|parent)\b/,
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

function textOf(el: Element | null | undefined): string {
  return el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

const RECOGNISABLE_TYPES = new Set(['', 'text', 'tel', 'email', 'number', 'search']);

function isCandidate(el: HTMLInputElement): boolean {
  if (!RECOGNISABLE_TYPES.has((el.getAttribute('type') ?? '').toLowerCase())) return false;
  if (el.disabled || el.readOnly) return false;
  if (el.closest('[hidden], [aria-hidden="true"], template')) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/** The text around a field in its own small container (Angular's mat-form-field, a div row). */
function nearbyText(el: HTMLInputElement): string {
  let box = el.parentElement;
  for (let i = 0; i < 2 && box; i++, box = box.parentElement) {
    if (box.matches('form, fieldset, body')) return '';
    if (box.querySelectorAll('input, select, textarea').length === 1) {
      const text = textOf(box);
      if (text) return text.slice(0, 120);
    }
  }
  return '';
}

export function evidenceFor(el: HTMLInputElement): [Source, string][] {
  const doc = el.ownerDocument;
  const out: [Source, string][] = [];
  const add = (source: Source, value: string | null | undefined) => {
    const w = words(value);
    if (w) out.push([source, w]);
  };
  if (el.id) for (const label of doc.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`)) add('label', textOf(label));
  const wrap = el.closest('label');
  if (wrap && !(wrap.htmlFor && wrap.htmlFor !== el.id)) add('label', textOf(wrap));
  const ids = el.getAttribute('aria-labelledby');
  if (ids)
    add(
      'labelledby',
      ids
        .split(/\s+/)
        .map((id) => textOf(doc.getElementById(id)))
        .join(' '),
    );
  add('aria', el.getAttribute('aria-label'));
  add('placeholder', el.getAttribute('placeholder'));
  add('fcn', el.getAttribute('formcontrolname') ?? el.getAttribute('ng-reflect-name'));
  add('name', el.getAttribute('name'));
  add('id', el.id);
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  const auto = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  if (type === 'email' || /\bemail\b/.test(auto)) out.push(['type', 'email']);
  if (/\btel\b|tel-national/.test(auto)) out.push(['type', 'mobile']);
  if (!out.some(([s]) => WEIGHTS[s] >= 3)) add('near', nearbyText(el));
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

/** Members' fields live in repeated groups; the group is the nearest ancestor with one field of the kind. */
function groupOf(
  el: HTMLInputElement,
  kind: FieldKind,
  all: readonly { el: HTMLInputElement; kind: FieldKind }[],
  root: Element,
): Element {
  let box: Element | null = el.parentElement;
  let last: Element = el;
  while (box && box !== root.parentElement) {
    const same = all.filter((f) => f.kind === kind && box!.contains(f.el)).length;
    if (same > 1) return last;
    last = box;
    box = box.parentElement;
  }
  return last;
}

/** Every recognised field under `root`, in document order. */
export function collectFields(root: Element): FieldRecord[] {
  const found: { el: HTMLInputElement; kind: FieldKind; score: number; evidence: string[] }[] = [];
  for (const el of root.querySelectorAll('input')) {
    if (!isCandidate(el)) continue;
    const c = classify(evidenceFor(el));
    if (c.kind) found.push({ el, kind: c.kind, score: c.score, evidence: c.evidence });
  }
  const groups: Element[] = [];
  return found.map((f) => {
    const g = groupOf(f.el, f.kind, found, root);
    let index = groups.indexOf(g);
    if (index < 0) index = groups.push(g) - 1;
    return { ...f, group: index };
  });
}

/** The form (or the single-page app's form-like area) holding the registration fields, with those fields. */
export function findForm(doc: Document): { root: Element; fields: FieldRecord[] } | undefined {
  const forms = [...doc.querySelectorAll('form')].filter((f) => !f.closest('[hidden]'));
  let best: { root: Element; fields: FieldRecord[] } | undefined;
  for (const form of forms) {
    const fields = collectFields(form);
    if (fields.length > 0 && (!best || fields.length > best.fields.length)) best = { root: form, fields };
  }
  if (best) return best;
  // No <form>: the smallest element holding every recognised field, and the primary button.
  const fields = collectFields(doc.body ?? doc.documentElement);
  if (!fields.length) return undefined;
  let box: Element | null = fields[0]!.el.parentElement;
  while (box && !fields.every((f) => box!.contains(f.el))) box = box.parentElement;
  while (box && box !== doc.body && !primaryButton(box)) box = box.parentElement;
  // Groups are numbered within the root, so collect again when the root is narrower than <body>.
  return box ? { root: box, fields: box === doc.body ? fields : collectFields(box) } : undefined;
}

export function findFormRoot(doc: Document): Element | undefined {
  return findForm(doc)?.root;
}

const PRIMARY_WORDS =
  /^(submit|send|register|apply|complete|finish|confirm)\b|\b(submit|send) (application|registration|request)\b/i;

/** The button that sends the application: a submit button of a form, or the SPA's own button. */
export function primaryButton(root: Element): HTMLElement | undefined {
  const buttons = [
    ...root.querySelectorAll<HTMLElement>('button, input[type="submit"], input[type="button"], [role="button"]'),
  ].filter((b) => !b.closest('[hidden]') && !(b as HTMLButtonElement).disabled);
  const name = (b: HTMLElement) =>
    (b.getAttribute('aria-label') ?? (b instanceof HTMLInputElement ? b.value : textOf(b))).trim();
  const named = buttons.filter((b) => PRIMARY_WORDS.test(name(b)));
  if (named.length) return named[named.length - 1];
  const submits = buttons.filter((b) => (b as HTMLButtonElement).type === 'submit' && b.closest('form'));
  return submits[submits.length - 1];
}

/** Wizards have Next/Continue/Back/Save buttons: only the action that sends the application is checked. */
export function isFinalAction(button: Element | null | undefined): boolean {
  if (!button) return true;
  const name = (
    button.getAttribute('aria-label') ?? (button instanceof HTMLInputElement ? button.value : textOf(button))
  ).trim();
  return !/^(next|continue|back|previous|save|cancel|add|remove|search|find)\b/i.test(name);
}
