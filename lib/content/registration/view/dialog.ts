/**
 * The check before submitting: a modal alertdialog in the top layer (so a page cannot cover it),
 * listing each problem. "Go back" is the default; "Submit anyway" lets the original action through
 * once. Only the person's own clicks count. It shows only when the background's checklist or a
 * rule's words found something, so its words are the background's too (`check/…`).
 */
import type { RegistrationWords } from '../words.ts';
import { h } from './dom.ts';
import { button } from './panel.ts';
import type { Problem } from './types.ts';

/** Opens the dialog in the top layer once rendered; a plain open dialog if the page prevents that. */
export function openModal(root: ParentNode): void {
  const d = root.querySelector('dialog');
  if (!d || d.open) return;
  try {
    d.showModal();
  } catch {
    d.setAttribute('open', '');
  }
}

export function CheckDialog({
  problems,
  words,
  onBack,
  onAnyway,
}: {
  problems: readonly Problem[];
  words: RegistrationWords;
  onBack(): void;
  onAnyway(): void;
}): Node {
  const n = problems.length;
  return h(
    'dialog',
    {
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'nhsc-dt',
      'aria-describedby': 'nhsc-dd',
      onCancel: (e: Event) => {
        e.preventDefault();
        if (e.isTrusted) onBack();
      },
    },
    h('h2', { id: 'nhsc-dt' }, words[n === 1 ? 'check/one' : 'check/many']?.replace('{n}', String(n))),
    h(
      'div',
      { id: 'nhsc-dd' },
      h(
        'ul',
        null,
        problems.map((p) => h('li', null, p.text)),
      ),
      h('p', { class: 's' }, words['check/note']),
    ),
    h(
      'div',
      { class: 'r', style: 'justify-content:flex-start;margin-top:16px' },
      button(words['check/back'], onBack, { class: 'b', autofocus: true }),
      button(words['check/anyway'], onAnyway),
    ),
  );
}
