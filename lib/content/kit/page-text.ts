/**
 * Reading a page the way a person sees it, shared by every detector in the content scripts: the
 * text of an element with a space between its parts, and whether an element is shown at all.
 */

/** Text with a space between text nodes, so "Log out" and "jo@nhs.net" in siblings never run together. */
export function textOf(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Hidden elements don't count: a template, a closed menu or dialog, our own injected UI. */
export function isRendered(el: Element): boolean {
  if (el.closest('[hidden], template, [aria-hidden="true"], dialog:not([open]), [data-nhsc-host]')) return false;
  // One call: the element and its ancestors' display and visibility (Chromium 121, Firefox 122 and later).
  return el.checkVisibility({ visibilityProperty: true });
}
