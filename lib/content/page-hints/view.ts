/**
 * A page hint in plain DOM: the element tree the background built (lib/background/page-hints/shown.ts), made
 * into elements as it is — attributes set as text, text as text nodes, never HTML; the reply check has already
 * refused any element or attribute off its short lists. Then the behaviour, found by data attributes: the
 * `data-action` buttons (toggle, not-now, never, wrong) and the live password rows (`data-check`). Only what
 * changes is updated afterwards, so keyboard focus stays where it is. Buttons ignore synthetic clicks
 * (`isTrusted`), so the page cannot dismiss or toggle the hint.
 */
import type { HintElement, ShownHint } from '../../protocol.ts';
import type { PasswordCheck } from './password-check.ts';

export interface PageHintActions {
  onNotNow(): void;
  onNever(): void;
  /** Recorded locally (with the page kind) so the person can export it and tell us the hint misfired. */
  onWrong(): void;
}

export interface PageHintElement {
  root: Element;
  /** Shows the live password check for this value's booleans. */
  showCheck(check: PasswordCheck | undefined): void;
}

function build(node: HintElement | string): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) el.setAttribute(name, value);
  for (const child of node.children ?? []) el.append(build(child));
  return el;
}

/** Rows with a check, but not the restricted-policy one: what "n of m rules met" counts. */
const COUNTED = (li: Element) => !/^(not-checked|restrictedLongEnough)$/.test(li.getAttribute('data-check')!);

export function renderPageHint(hint: ShownHint, actions: PageHintActions): PageHintElement {
  const root = build(hint.root) as Element;
  const onAction: Record<string, (button: Element) => void> = {
    toggle: (button) => {
      const controls = button.getAttribute('aria-controls');
      const body = [...root.querySelectorAll<HTMLElement>('[id]')].find((e) => e.id === controls);
      if (!body) return;
      body.hidden = !body.hidden;
      button.setAttribute('aria-expanded', String(!body.hidden));
      const other = button.getAttribute('data-other')!;
      button.setAttribute('data-other', button.textContent!);
      button.textContent = other;
    },
    'not-now': actions.onNotNow,
    never: actions.onNever,
    wrong: actions.onWrong,
  };
  for (const button of root.querySelectorAll('[data-action]')) {
    const act = onAction[button.getAttribute('data-action')!];
    button.addEventListener('click', (e) => e.isTrusted && act?.(button));
  }

  const rows = [...root.querySelectorAll('li[data-check]')];
  const list = rows[0]?.parentElement;
  const live = root.querySelector('[data-checked]');
  // Until something is typed, the rows and the line stay as the background built them.
  const showCheck = (check: PasswordCheck | undefined) => {
    if (!check || !list || !live) return;
    for (const li of rows) {
      const name = li.getAttribute('data-check') as keyof PasswordCheck | 'not-checked';
      const state = name === 'not-checked' ? 'unknown' : !check.empty && check[name] ? 'met' : 'unmet';
      li.setAttribute('data-state', state);
      const tag = li.lastElementChild!;
      tag.className = state === 'unmet' ? 't m' : 't';
      tag.textContent = list.getAttribute(`data-${state}`);
    }
    const counted = rows.filter(COUNTED);
    const met = counted.filter((li) => li.getAttribute('data-state') === 'met').length;
    live.textContent = live
      .getAttribute('data-checked')!
      .replace('{met}', String(met))
      .replace('{total}', String(counted.length));
  };
  return { root, showCheck };
}
