/**
 * Reading the page's changes: what a batch of mutation records means for the registration
 * fields. Text and element changes with no field in them (a status line, an error message, a
 * countdown) only make the fields they could name be read again; a full look at the page is due
 * only when that changed what a field is, when fields or forms came or went, or a heading changed;
 * it is urgent when our own UI or a field we know was taken away.
 */
import { isOurs } from '../kit/own-changes.ts';
import { HEADINGS } from './detect.ts';
import { forget, kindOf, pageChanged, type FieldRecord } from './fields.ts';

/** Attributes that decide whether an input can be filled in at all. */
const CANDIDACY = new Set(['hidden', 'disabled', 'readonly', 'type', 'aria-hidden']);

/** One observer on the body and on each open shadow root, with these options. */
export const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [
    'hidden',
    'disabled',
    'readonly',
    'type',
    'name',
    'id',
    'for',
    'placeholder',
    'aria-label',
    'aria-labelledby',
    'aria-hidden',
    'autocomplete',
    'inputmode',
    'formcontrolname',
    'label',
  ],
};

export interface Changes {
  /** A full look at the page is due. */
  structural: boolean;
  /** …and soon: our UI or a known field was removed. */
  urgent: boolean;
  /** Elements the page added (their shadow roots are to be watched too). */
  added: Element[];
}

export function readChanges(
  mutations: readonly MutationRecord[],
  known: ReadonlyMap<HTMLInputElement, FieldRecord>,
  records: readonly FieldRecord[],
): Changes {
  let structural = false;
  let urgent = false;
  let labelsMoved = false;
  const added: Element[] = [];
  const reread = new Set<HTMLInputElement>();
  const forgetting = (el: HTMLInputElement) => {
    reread.add(el);
    forget(el);
  };
  const holdsKnown = (n: Element) =>
    !!n.querySelector('[data-nhsc-host]') || records.some((r) => n === r.el || n.contains(r.el));
  for (const m of mutations) {
    if (isOurs(m.target)) continue;
    if (m.type === 'attributes') {
      if (m.attributeName === 'for' || m.attributeName === 'id') labelsMoved = true;
      if (CANDIDACY.has(m.attributeName!) || !(m.target instanceof HTMLInputElement)) structural = true;
      if (m.target instanceof HTMLInputElement) forgetting(m.target);
      else if (m.target instanceof HTMLLabelElement && m.target.control instanceof HTMLInputElement)
        forgetting(m.target.control);
      continue;
    }
    const came = [...m.addedNodes].filter((n) => !isOurs(n));
    const went = [...m.removedNodes];
    if (m.type === 'childList' && !came.length && !went.length) continue;
    if (!labelsMoved && [...came, ...went].some((n) => n.nodeType === 1)) labelsMoved = true;
    forgetAround(m.target, forgetting);
    const target = m.target instanceof Element ? m.target : m.target.parentElement;
    if (target?.closest(HEADINGS)) structural = true;
    for (const n of came) {
      if (!(n instanceof Element)) continue;
      if (n.matches('input, form') || n.querySelector('input, form') || n.shadowRoot) structural = true;
      added.push(n);
    }
    for (const n of went) {
      if (!(n instanceof Element)) continue;
      if (isOurs(n) || holdsKnown(n)) urgent = true;
      if (n.matches('input, form') || n.querySelector('input, form')) structural = true;
    }
  }
  // Label-for lookups stay valid until elements come or go (text is read afresh anyway).
  if (labelsMoved) pageChanged();
  // Fields read again: a full look only if one of them is now something else.
  if (!structural && !urgent) for (const el of reread) if (kindOf(el) !== known.get(el)?.kind) structural = true;
  return { structural, urgent, added };
}

/** Text or children changed at `node`: the fields whose label evidence it could be are read again. */
function forgetAround(node: Node, forgetting: (el: HTMLInputElement) => void): void {
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return;
  const label = el.closest('label');
  if (label?.control instanceof HTMLInputElement) forgetting(label.control);
  // A table cell with no field names only the field in the cell to its right.
  const cell = el.closest('td');
  if (cell && !cell.querySelector('input')) {
    for (const input of cell.nextElementSibling?.querySelectorAll('input') ?? []) forgetting(input);
    return;
  }
  const table = el.closest('th') && el.closest('table');
  let box: Element = table || el;
  for (let i = 0; i < 2 && !table; i++) {
    const up: Element | null = box.parentElement;
    if (!up || up.matches('form, body, html, table, tbody, fieldset, main')) break;
    box = up;
  }
  if (box instanceof HTMLInputElement) forgetting(box);
  for (const input of box.querySelectorAll('input')) forgetting(input);
}
