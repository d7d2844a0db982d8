/**
 * One piece of injected UI: Preact in an open shadow root made by WXT's createShadowRootUi, with
 * our token sheet as a string (never cssInjectionMode 'ui', which would add web_accessible_resources)
 * and `isolateEvents` so typing in our UI never reaches the page's shortcuts. Every host carries
 * `data-nhsc-host` so our own observers can ignore it. WXT removes it when the context is invalidated.
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { render, type ComponentChild } from 'preact';
import css from './panel.css?inline';

export const HOST_ATTR = 'data-nhsc-host';

export interface Island {
  host: HTMLElement;
  update(vnode: ComponentChild): void;
  remove(): void;
}

export async function createIsland(
  ctx: ContentScriptContext,
  name: `nhsc-${string}`,
  place: (host: HTMLElement) => void,
): Promise<Island> {
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name,
    position: 'inline',
    isolateEvents: true,
    css,
    append: (_anchor, host) => place(host as HTMLElement),
    onMount: (c) => {
      container = c;
    },
    onRemove: () => {
      if (container) render(null, container);
      container = undefined;
    },
  });
  ui.shadowHost.setAttribute(HOST_ATTR, name);
  ui.mount();
  return {
    host: ui.shadowHost,
    update: (vnode) => {
      if (container) render(vnode, container);
    },
    remove: () => ui.remove(),
  };
}
