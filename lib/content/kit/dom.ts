/**
 * A tiny DOM builder for our injected UI, instead of a UI framework: the content scripts are
 * budgeted in kilobytes and Preact is about 4 KB of them. Text always goes in as text nodes, never
 * as HTML.
 */
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
