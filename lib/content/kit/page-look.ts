/**
 * One look at a page, shared by every detector that reads it in the same pass (docs/decisions.md D29): the
 * sign-in and page-hint detectors ask for the same controls, headings and password fields, and reading an
 * element's text or asking whether it is shown is what costs time on a portal page with nothing to do. A look
 * remembers each list, text and "is it shown" for as long as the pass lasts; the next pass (after the page
 * changed) takes a new look, so nothing stale is ever used.
 */
import { isRendered, textOf } from './page-text.ts';

export class PageLook {
  private readonly lists = new Map<string, Element[]>();
  private readonly texts = new Map<Element, string>();
  private readonly shown = new Map<Element, boolean>();

  constructor(readonly doc: Document) {}

  /** Every element matching `selector`, in document order (one query per selector per look). */
  all<E extends Element = Element>(selector: string): E[] {
    let list = this.lists.get(selector);
    if (!list) this.lists.set(selector, (list = [...this.doc.querySelectorAll(selector)]));
    return list as E[];
  }

  /** Like `textOf`: the text of an element with a space between its parts. */
  text(el: Element): string {
    let text = this.texts.get(el);
    if (text === undefined) this.texts.set(el, (text = textOf(el)));
    return text;
  }

  /** Like `isRendered`: whether the element is shown at all. */
  rendered(el: Element): boolean {
    let yes = this.shown.get(el);
    if (yes === undefined) this.shown.set(el, (yes = isRendered(el)));
    return yes;
  }
}
