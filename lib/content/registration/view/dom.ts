/**
 * A tiny DOM builder for the registration UI, instead of Preact: the registration script is
 * budgeted at 14 KB gzipped and Preact is about 4 KB of it. Each island is drawn whole on every
 * update (the panel, a hint, the dialog are small), focus is put back on the element with the same
 * id, and text always goes in as text nodes — never as HTML.
 */
import type { ContentScriptContext } from '#imports';
import { createShadowHost } from '../../kit/shadow-host.ts';

export type Child = Node | string | number | false | null | undefined | readonly Child[];
type Props = Record<string, unknown> | null;

/** h('button', { type: 'button', onClick }, 'Go back'): attributes, properties and listeners. */
export function h(tag: string, props: Props, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  const add = (c: Child): void => {
    if (Array.isArray(c)) (c as readonly Child[]).forEach(add);
    else if (c != null && c !== false) el.append(typeof c === 'object' ? (c as Node) : String(c));
  };
  children.forEach(add);
  for (const key in props) {
    const value = props[key];
    if (value == null) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    else if (key === 'checked' || key === 'value' || key === 'hidden' || key === 'readonly')
      (el as unknown as Record<string, unknown>)[key === 'readonly' ? 'readOnly' : key] = value;
    else if (key === 'style') el.style.cssText = String(value);
    else if (value !== false || key.startsWith('aria-')) el.setAttribute(key, value === true ? '' : String(value));
  }
  return el;
}

export interface Island {
  host: HTMLElement;
  update(node: Node): void;
  remove(): void;
}

/** One piece of injected UI in a shadow host (lib/content/kit/shadow-host.ts). */
export function mount(
  ctx: ContentScriptContext,
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
