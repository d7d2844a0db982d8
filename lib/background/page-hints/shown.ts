/**
 * A page hint as the page gets it: the element tree of the hint box, built here from the rule's words, so the
 * portal script on every page carries no hint layout, words or styles (docs/decisions.md D31). The content
 * script (lib/content/page-hints/view.ts) builds these elements as they are and wires the buttons by their
 * `data-action`; the live password rows by their `data-check`. Class names come from the token sheet sent with
 * it (lib/content/kit/base.css): `.p` box, `.r` rows, `.q` link-style buttons, `.t`/`.m` tags, `.s` small text.
 */
import type { HintBlock, HintElement, HintTag, PasswordRow, ShownHint } from '../../protocol.ts';
import HINT_SHEET from '../../content/kit/base.css?inline';
import type { HintRule } from './types.ts';

/** The words of every hint's own controls and notes. */
export const HINT_LABELS = {
  hide: 'Hide details',
  show: 'Show details',
  notNow: 'Not now',
  never: "Don't show this again",
  wrong: 'This is wrong for me',
  footer: 'NHSmail Companion: independent tool, not provided by NHS England.',
  rules: 'Password rules',
  /** A password row's tag, by its state; the content script swaps them as the person types. */
  met: 'Done',
  unmet: 'Not yet',
  unknown: 'Not checked here',
  /** The live line, with {met} and {total} filled in as the person types; and before anything is typed. */
  checked: 'Checked as you type: {met} of {total} rules met.',
  unchecked: 'Type your new password in the page to check it.',
} as const;

type Child = HintElement | string | null;

function el(tag: HintTag, attrs: Record<string, string> | null, ...children: Child[]): HintElement {
  const kept = children.filter((c): c is HintElement | string => c !== null);
  return { tag, ...(attrs ? { attrs } : {}), ...(kept.length ? { children: kept } : {}) };
}

function button(text: string, action: string, attrs: Record<string, string> = {}): HintElement {
  return el('button', { type: 'button', class: 'q', 'data-action': action, ...attrs }, text);
}

/** Before anything is typed: rows that can be checked are "not yet", the others "not checked here". */
function passwordRow(row: PasswordRow): HintElement {
  const state = row.check === null ? 'unknown' : 'unmet';
  return el(
    'li',
    { 'data-check': row.check ?? 'not-checked', 'data-state': state },
    el('span', null, row.label),
    el('span', { class: state === 'unmet' ? 't m' : 't' }, HINT_LABELS[state]),
  );
}

function block(b: HintBlock): HintElement {
  switch (b.kind) {
    case 'p':
      return el('p', null, b.text);
    case 'list':
      return el(
        'div',
        null,
        b.title ? el('h3', null, b.title) : null,
        el('ul', null, ...b.items.map((item) => el('li', null, item))),
      );
    case 'call':
      return el('p', null, `${b.text} `, el('a', { href: `tel:${b.tel}` }, b.display), b.after);
    case 'password-checks': {
      const { met, unmet, unknown, checked, unchecked, rules } = HINT_LABELS;
      const states = { 'data-met': met, 'data-unmet': unmet, 'data-unknown': unknown };
      return el(
        'div',
        null,
        el('ul', { 'aria-label': rules, ...states }, ...b.rows.map(passwordRow)),
        el('p', { class: 's', 'aria-live': 'polite', 'data-checked': checked }, unchecked),
      );
    }
  }
}

export function shownHint(rule: HintRule): ShownHint {
  const bodyId = `nhsc-hint-${rule.id}`;
  const checks = rule.blocks.find((b) => b.kind === 'password-checks');
  const root = el(
    'div',
    { class: 'p', role: 'region', 'aria-label': `NHSmail Companion: ${rule.title}`, 'data-hint': rule.id },
    el(
      'div',
      { class: 'r' },
      el('h2', null, rule.title),
      button(HINT_LABELS.hide, 'toggle', {
        'aria-expanded': 'true',
        'aria-controls': bodyId,
        'data-other': HINT_LABELS.show,
      }),
    ),
    el('p', null, rule.summary),
    el('div', { id: bodyId }, ...rule.blocks.map(block)),
    el(
      'div',
      { class: 'r' },
      el('p', { class: 's' }, HINT_LABELS.footer),
      el(
        'span',
        null,
        button(HINT_LABELS.notNow, 'not-now'),
        ' ',
        button(HINT_LABELS.never, 'never'),
        ' ',
        button(HINT_LABELS.wrong, 'wrong'),
      ),
    ),
  );
  return {
    id: rule.id,
    kind: rule.kind,
    sheet: HINT_SHEET,
    root,
    ...(checks?.kind === 'password-checks' ? { password: checks.numbers } : {}),
  };
}
