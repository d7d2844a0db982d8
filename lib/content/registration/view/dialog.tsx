/**
 * The check before submitting: a modal alertdialog in the top layer (so a page cannot cover it),
 * listing each problem. "Go back" is the default; "Submit anyway" lets the original action through
 * once. Only the person's own clicks count.
 */
import { trusted } from './panel.tsx';
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
}) {
  return (
    <dialog
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="nhsc-dt"
      aria-describedby="nhsc-dd"
      onCancel={(e) => {
        e.preventDefault();
        if (e.isTrusted) onBack();
      }}
    >
      <h2 id="nhsc-dt">
        Before you submit: NHSmail Companion found {problems.length === 1 ? '1 thing' : `${problems.length} things`} to
        check
      </h2>
      <div id="nhsc-dd">
        <ul>
          {problems.map((p, i) => (
            <li key={i}>{p.text}</li>
          ))}
        </ul>
        <p class="s">Applications with these problems are often rejected or delayed. Nothing has been sent yet.</p>
      </div>
      <div class="r" style="justify-content:flex-start;margin-top:16px">
        <button type="button" class="b" autofocus onClick={(e) => trusted(e) && onBack()}>
          Go back
        </button>
        <button type="button" onClick={(e) => trusted(e) && onAnyway()}>
          Submit anyway
        </button>
      </div>
    </dialog>
  );
}
