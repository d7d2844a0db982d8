/**
 * "Is this change ours?" — the one filter every observer in a content script uses, so our own
 * injected UI never wakes our own detectors (a loop that re-reads the page for nothing).
 */

/** Set on every host element we inject (lib/content/kit/island.ts). */
export const HOST_ATTR = 'data-nhsc-host';

/** True for our own hosts and anything inside them (a host's subtree is in its shadow root anyway). */
export function isOurs(node: Node): boolean {
  return node.nodeType === 1 && !!(node as Element).closest(`[${HOST_ATTR}]`);
}

/**
 * Whether a batch of mutations says anything about the page. Our hosts being added never count;
 * their removal does (the page re-rendered over them, so we must look again).
 */
export function isPageChange(mutations: readonly MutationRecord[]): boolean {
  return mutations.some((m) => {
    if (isOurs(m.target)) return false;
    if (m.type !== 'childList') return true;
    return m.removedNodes.length > 0 || [...m.addedNodes].some((n) => !isOurs(n));
  });
}
