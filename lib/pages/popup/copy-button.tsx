/** Copies text with the clipboard API; if that is refused, says how to copy it by hand. */
import { useState } from 'preact/hooks';

export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyButton({ text, what, fallback }: { text: string; what: string; fallback?: string }) {
  const [message, setMessage] = useState('');
  async function copy() {
    const done = await copyText(text);
    setMessage(
      done ? `Copied ${what}.` : (fallback ?? `Copying did not work. Select it and press Ctrl and C: ${text}`),
    );
  }
  return (
    <span class="nhsc-copy">
      <button type="button" class="nhsc-small-button" onClick={copy}>
        Copy<span class="nhsuk-u-visually-hidden"> {what}</span>
      </button>
      <span role="status" class="nhsc-copy__message">
        {message}
      </span>
    </span>
  );
}
