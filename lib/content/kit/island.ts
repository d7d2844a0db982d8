/**
 * One piece of injected UI: Preact in an open shadow root with our token sheet as a string.
 *
 * Why not WXT's createShadowRootUi: it pulls in a custom-element-name validator and positioning
 * code (about 2.5 KB gzipped) that every injected piece would pay for, and the content-script budget
 * is 15 KB. This does the same three things we rely on: an open shadow root (so tests and assistive
 * tech can reach it), CSS as a string (never a web-accessible file), and isolated keyboard and input
 * events, so typing in our UI never triggers the page's shortcuts. Every host carries
 * `data-nhsc-host` so our own observers can ignore it, and it goes when the context is invalidated.
 */
import type { ContentScriptContext } from '#imports';
import { render, type ComponentChild } from 'preact';
import css from './panel.css?inline';

import { HOST_ATTR } from './own-changes.ts';

export { HOST_ATTR };

/** Events that must not bubble from our UI into the page. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change', 'beforeinput'];

export interface Island {
  host: HTMLElement;
  update(vnode: ComponentChild): void;
  remove(): void;
}

export function createIsland(
  ctx: ContentScriptContext,
  name: `nhsc-${string}`,
  place: (host: HTMLElement) => void,
): Island {
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
  const remove = () => {
    if (removed) return;
    removed = true;
    render(null, container);
    host.remove();
  };
  ctx.onInvalidated(remove);
  place(host);
  return {
    host,
    update: (vnode) => {
      if (!removed) render(vnode, container);
    },
    remove,
  };
}
