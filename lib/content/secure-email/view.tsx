/**
 * The secure-email hint: one sentence and two link-style buttons, in its own shadow root (lib/content/kit/island.ts)
 * with the panel's token sheet (`.h` hint box, `.w` neutral border, `.r` row, `.q` link-style button). Buttons
 * ignore synthetic clicks (`isTrusted`), so the page cannot dismiss it for the person.
 */
export interface SecureEmailHintProps {
  text: string;
  onNotNow(): void;
  onNever(): void;
}

export function SecureEmailHint({ text, onNotNow, onNever }: SecureEmailHintProps) {
  return (
    <div class="h w" role="note" aria-label="Secure email, from NHSmail Companion">
      <p>{text}</p>
      <div class="r">
        <button type="button" class="q" onClick={(e) => e.isTrusted && onNotNow()}>
          Not now
        </button>
        <button type="button" class="q" onClick={(e) => e.isTrusted && onNever()}>
          Don't show this again
        </button>
      </div>
    </div>
  );
}
