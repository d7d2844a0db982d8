/**
 * One piece of injected UI rendered with Preact, in a shadow host (shadow-host.ts: open shadow
 * root, our token sheet as a string, isolated keyboard and input events, gone on invalidation).
 *
 * Why not WXT's createShadowRootUi: it pulls in a custom-element-name validator and positioning
 * code (about 2.5 KB gzipped) that every injected piece would pay for.
 */
import type { ScriptContext } from './script-context.ts';
import { render, type ComponentChild } from 'preact';
import { createShadowHost } from './shadow-host.ts';
import { HOST_ATTR } from './own-changes.ts';

export { HOST_ATTR };

export interface Island {
  host: HTMLElement;
  update(vnode: ComponentChild): void;
  remove(): void;
}

export function createIsland(ctx: ScriptContext, name: `nhsc-${string}`, place: (host: HTMLElement) => void): Island {
  const shadow = createShadowHost(ctx, name, place, () => render(null, shadow.container));
  return {
    host: shadow.host,
    update: (vnode) => {
      if (!shadow.removed) render(vnode, shadow.container);
    },
    remove: () => shadow.remove(),
  };
}
