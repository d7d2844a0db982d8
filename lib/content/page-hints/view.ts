/**
 * A page hint in plain DOM, inside its shadow host: no Preact, so ordinary portal pages carry no UI
 * framework (docs/decisions.md Budgets). Built once; only what changes is updated afterwards (the
 * toggle, the live password rows), so keyboard focus stays where it is. Every string is set as
 * text (never as HTML). Class names come from the panel's token sheet: `.p` box, `.r` rows, `.q`
 * link-style buttons, `.t`/`.m` tags, `.s` small text. Buttons ignore synthetic clicks
 * (`isTrusted`), so the page cannot dismiss or toggle the hint.
 */
import type { HintBlock, HintView, PasswordRow } from '../../protocol.ts';
import type { PasswordCheck } from './password-check.ts';
import { h } from '../kit/dom.ts';

export interface PageHintActions {
  onNotNow(): void;
  onNever(): void;
  /** Recorded locally (with the page kind) so the person can export it and tell us the hint misfired. */
  onWrong(): void;
}

export interface PageHintElement {
  root: HTMLElement;
  /** Shows the live password check for this value's booleans. */
  showCheck(check: PasswordCheck | undefined): void;
}

function button(text: string, onTrustedClick: () => void, attrs: Record<string, string> = {}): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'q', ...attrs, onClick: (e: Event) => e.isTrusted && onTrustedClick() },
    text,
  );
}

type RowState = 'met' | 'unmet' | 'unknown';
const TAG_TEXT: Record<RowState, string> = { met: 'Done', unmet: 'Not yet', unknown: 'Not checked here' };

function rowState(row: PasswordRow, check: PasswordCheck | undefined): RowState {
  if (row.check === null) return 'unknown';
  return check && !check.empty && check[row.check] ? 'met' : 'unmet';
}

function passwordChecks(rows: readonly PasswordRow[]): { node: HTMLElement; update(c?: PasswordCheck): void } {
  const tags = rows.map(() => h('span', { class: 't' }));
  const items = rows.map((row, i) =>
    h('li', { 'data-check': row.check ?? 'not-checked' }, h('span', null, row.label), tags[i]!),
  );
  const live = h('p', { class: 's', 'aria-live': 'polite' });
  const checkable = rows.filter((r) => r.check !== null && r.check !== 'restrictedLongEnough');
  const update = (check?: PasswordCheck) => {
    rows.forEach((row, i) => {
      const state = rowState(row, check);
      items[i]!.setAttribute('data-state', state);
      tags[i]!.className = state === 'unmet' ? 't m' : 't';
      tags[i]!.textContent = TAG_TEXT[state];
    });
    const met = check && !check.empty ? checkable.filter((r) => check[r.check!]).length : 0;
    live.textContent = check
      ? `Checked as you type: ${met} of ${checkable.length} rules met.`
      : 'Type your new password in the page to check it.';
  };
  update();
  return { node: h('div', null, h('ul', { 'aria-label': 'Password rules' }, ...items), live), update };
}

function block(b: HintBlock, onCheckRows: (update: (c?: PasswordCheck) => void) => void): HTMLElement {
  switch (b.kind) {
    case 'p':
      return h('p', null, b.text);
    case 'list':
      return h(
        'div',
        {},
        b.title ? h('h3', null, b.title) : null,
        h('ul', null, ...b.items.map((item) => h('li', null, item))),
      );
    case 'call':
      return h('p', null, `${b.text} `, h('a', { href: `tel:${b.tel}` }, b.display), b.after);
    case 'password-checks': {
      const checks = passwordChecks(b.rows);
      onCheckRows(checks.update);
      return checks.node;
    }
  }
}

export function renderPageHint(hint: HintView, actions: PageHintActions): PageHintElement {
  const bodyId = `nhsc-hint-${hint.id}`;
  let updateChecks: ((c?: PasswordCheck) => void) | undefined;
  const body = h('div', { id: bodyId }, ...hint.blocks.map((b) => block(b, (update) => (updateChecks = update))));
  const toggle = button(
    'Hide details',
    () => {
      const collapse = !body.hidden;
      body.hidden = collapse;
      toggle.setAttribute('aria-expanded', String(!collapse));
      toggle.textContent = collapse ? 'Show details' : 'Hide details';
    },
    { 'aria-expanded': 'true', 'aria-controls': bodyId },
  );
  const root = h(
    'div',
    { class: 'p', role: 'region', 'aria-label': `NHSmail Companion: ${hint.title}`, 'data-hint': hint.id },
    h('div', { class: 'r' }, h('h2', null, hint.title), toggle),
    h('p', null, hint.summary),
    body,
    h(
      'div',
      { class: 'r' },
      h('p', { class: 's' }, 'NHSmail Companion: independent tool, not provided by NHS England.'),
      h(
        'span',
        {},
        button('Not now', actions.onNotNow),
        ' ',
        button("Don't show this again", actions.onNever),
        ' ',
        button('This is wrong for me', actions.onWrong),
      ),
    ),
  );
  return { root, showCheck: (check) => updateChecks?.(check) };
}
