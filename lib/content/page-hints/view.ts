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

type Child = Node | string | null;

function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

function button(text: string, onTrustedClick: () => void, attrs: Record<string, string> = {}): HTMLElement {
  const b = el('button', { type: 'button', class: 'q', ...attrs }, text);
  b.addEventListener('click', (e) => e.isTrusted && onTrustedClick());
  return b;
}

type RowState = 'met' | 'unmet' | 'unknown';
const TAG_TEXT: Record<RowState, string> = { met: 'Done', unmet: 'Not yet', unknown: 'Not checked here' };

function rowState(row: PasswordRow, check: PasswordCheck | undefined): RowState {
  if (row.check === null) return 'unknown';
  return check && !check.empty && check[row.check] ? 'met' : 'unmet';
}

function passwordChecks(rows: readonly PasswordRow[]): { node: HTMLElement; update(c?: PasswordCheck): void } {
  const tags = rows.map(() => el('span', { class: 't' }));
  const items = rows.map((row, i) =>
    el('li', { 'data-check': row.check ?? 'not-checked' }, el('span', {}, row.label), tags[i]!),
  );
  const live = el('p', { class: 's', 'aria-live': 'polite' });
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
  return { node: el('div', {}, el('ul', { 'aria-label': 'Password rules' }, ...items), live), update };
}

function block(b: HintBlock, onCheckRows: (update: (c?: PasswordCheck) => void) => void): HTMLElement {
  switch (b.kind) {
    case 'p':
      return el('p', {}, b.text);
    case 'list':
      return el(
        'div',
        {},
        b.title ? el('h3', {}, b.title) : null,
        el('ul', {}, ...b.items.map((item) => el('li', {}, item))),
      );
    case 'call':
      return el('p', {}, `${b.text} `, el('a', { href: `tel:${b.tel}` }, b.display), b.after);
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
  const body = el('div', { id: bodyId }, ...hint.blocks.map((b) => block(b, (update) => (updateChecks = update))));
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
  const root = el(
    'div',
    { class: 'p', role: 'region', 'aria-label': `NHSmail Companion: ${hint.title}`, 'data-hint': hint.id },
    el('div', { class: 'r' }, el('h2', {}, hint.title), toggle),
    el('p', {}, hint.summary),
    body,
    el(
      'div',
      { class: 'r' },
      el('p', { class: 's' }, 'NHSmail Companion: independent tool, not provided by NHS England.'),
      el(
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
