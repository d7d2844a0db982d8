/**
 * The check before submitting: a modal alertdialog in the top layer (so a page cannot cover it),
 * listing each problem. "Go back" is the default; "Submit anyway" lets the original action through
 * once. Only the person's own clicks count.
 */
import { h } from './dom.ts';
import { trusted } from './panel.ts';
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
  onBack,
  onAnyway,
}: {
  problems: readonly Problem[];
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
    h(
      'h2',
      { id: 'nhsc-dt' },
      `Before you submit: NHSmail Companion found ${n === 1 ? '1 thing' : `${n} things`} to check`,
    ),
    h(
      'div',
      { id: 'nhsc-dd' },
      h(
        'ul',
        null,
        problems.map((p) => h('li', null, p.text)),
      ),
      h(
        'p',
        { class: 's' },
        'Applications with these problems are often rejected or delayed. Nothing has been sent yet.',
      ),
    ),
    h(
      'div',
      { class: 'r', style: 'justify-content:flex-start;margin-top:16px' },
      h(
        'button',
        { type: 'button', class: 'b', autofocus: true, onClick: (e: Event) => trusted(e) && onBack() },
        'Go back',
      ),
      h('button', { type: 'button', onClick: (e: Event) => trusted(e) && onAnyway() }, 'Submit anyway'),
    ),
  );
}
