/**
 * The registration UI's islands, drawn with the content kit's DOM builder (lib/content/kit/dom.ts):
 * each island is drawn whole on every update (the panel, a hint, the dialog are small) and focus
 * is put back on the element with the same id.
 */
import type { ScriptContext } from '../../kit/script-context.ts';
import { createShadowHost } from '../../kit/shadow-host.ts';

export { h, type Child } from '../../kit/dom.ts';

export interface Island {
  host: HTMLElement;
  update(node: Node): void;
  remove(): void;
}

/** One piece of injected UI in a shadow host (lib/content/kit/shadow-host.ts). */
export function mount(
  ctx: ScriptContext,
  name: `nhsc-${string}`,
  place: (host: HTMLElement) => void,
  live = false,
): Island {
  const shadow = createShadowHost(ctx, name, place);
  // A hint's live region stays the same element, so screen readers announce what changes in it.
  if (live) shadow.container.setAttribute('aria-live', 'polite');
  const root = shadow.host.shadowRoot!;
  return {
    host: shadow.host,
    update(node) {
      if (shadow.removed) return;
      const id = root.activeElement?.id;
      shadow.container.replaceChildren(node);
      if (id) (root.getElementById(id) as HTMLElement | null)?.focus();
    },
    remove: () => shadow.remove(),
  };
}
