/**
 * One host element for injected UI: an open shadow root (so tests and assistive technology can
 * reach it) with our token sheet as a string (never a web-accessible file, docs/decisions.md D5),
 * keyboard and input events kept inside so typing in our UI never triggers the page's shortcuts,
 * and everything gone when the context is invalidated. Renderer-free: the registration panel puts
 * Preact in it (island.ts); the page hints use plain DOM (lib/content/page-hints/view.ts), so
 * ordinary portal pages never load Preact.
 */
import type { ScriptContext } from './script-context.ts';
import baseCss from './base.css?inline';
import panelCss from './panel.css?inline';
import { HOST_ATTR } from './own-changes.ts';

/** Events that must not bubble from our UI into the page. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change', 'beforeinput'];

export interface ShadowHost {
  host: HTMLElement;
  /** Where our UI goes, inside the shadow root after the style sheet. */
  container: HTMLElement;
  remove(): void;
  readonly removed: boolean;
}

export type CreateShadowHost = (
  ctx: ScriptContext,
  name: `nhsc-${string}`,
  place: (host: HTMLElement) => void,
  onRemove?: () => void,
) => ShadowHost;

/** Hosts with the registration panel's sheet as well as the shared token sheet. */
export const createShadowHost: CreateShadowHost = /* @__PURE__ */ shadowHostWith(baseCss, panelCss);

/**
 * A host maker for the given sheets; a script only carries the sheets of the makers it uses. The page hints
 * make theirs with the sheet the background sends with a hint (docs/decisions.md D31).
 */
export function shadowHostWith(...sheets: string[]): CreateShadowHost {
  // Joined here, not by the caller, so an unused maker and its sheets drop out of a bundle whole.
  const css = sheets.join('');
  return (ctx, name, place, onRemove) => {
    const host = document.createElement(name);
    host.setAttribute(HOST_ATTR, name);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    // Reset everything the page could set on our host (display, visibility, opacity, fonts…): inside
    // the shadow tree, !important beats the page's own !important rules for the host.
    style.textContent = `:host{all:initial!important}${css}`;
    const container = document.createElement('div');
    shadow.append(style, container);
    for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());

    let removed = false;
    const result: ShadowHost = {
      host,
      container,
      get removed() {
        return removed;
      },
      remove() {
        if (removed) return;
        removed = true;
        onRemove?.();
        host.remove();
      },
    };
    ctx.onInvalidated(() => result.remove());
    place(host);
    return result;
  };
}
