/**
 * A page hint crosses into the page as an element tree (docs/decisions.md D31). What the background builds for
 * every hint passes the content script's check, and a tree that could run code, load anything or leave the
 * page is refused, so the page hint is never built from it.
 */
import { describe, expect, it } from 'vitest';
import { HINT_RULES } from '../../lib/background/page-hints/rules/registry.ts';
import { shownHint } from '../../lib/background/page-hints/shown.ts';
import { isPageHintReply } from '../../lib/content/kit/reply-guards.ts';
import type { HintElement, ShownHint } from '../../lib/protocol.ts';

const sample = (): ShownHint => shownHint(HINT_RULES[0]!);
const withRoot = (root: unknown) => ({ hint: { ...sample(), root } });
const box = (child: unknown): HintElement => ({ tag: 'div', children: [child as HintElement] });

describe('the shown hint and its check', () => {
  it.each(HINT_RULES.map((r) => [r.id, r] as const))('%s: what the background builds passes the check', (_, rule) => {
    const shown = shownHint(rule);
    expect(isPageHintReply(JSON.parse(JSON.stringify({ hint: shown })))).toBe(true);
    // (Unit tests do not process CSS, so the sheet is empty here; the e2e tests see it styled.)
    expect(typeof shown.sheet).toBe('string');
    // The words are the rule's: its title heads the box.
    expect(JSON.stringify(shown.root)).toContain(JSON.stringify(rule.title));
  });

  it('no hint is a valid answer', () => expect(isPageHintReply({ hint: null })).toBe(true));

  it.each([
    ['a script element', box({ tag: 'script', children: ['alert(1)'] })],
    ['an image (it would load)', box({ tag: 'img', attrs: { src: 'https://example.org/x.png' } })],
    ['an event handler attribute', box({ tag: 'button', attrs: { onclick: 'alert(1)' } })],
    ['a style attribute', box({ tag: 'p', attrs: { style: 'background:url(https://example.org)' } })],
    ['a link that leaves the page', box({ tag: 'a', attrs: { href: 'https://example.org/' } })],
    ['a javascript: link', box({ tag: 'a', attrs: { href: 'javascript:alert(1)' } })],
    ['an attribute that is not text', box({ tag: 'p', attrs: { class: 1 } })],
    ['a child that is neither text nor element', box(42)],
    ['text as the whole hint', 'just text'],
  ])('refuses %s', (_, root) => expect(isPageHintReply(withRoot(root))).toBe(false));

  it('refuses a tree deeper than any hint', () => {
    let deep: HintElement = { tag: 'span' };
    for (let i = 0; i < 20; i++) deep = { tag: 'div', children: [deep] };
    expect(isPageHintReply(withRoot(deep))).toBe(false);
  });

  it('refuses a hint without its sheet, or with password numbers of the wrong shape', () => {
    const { sheet: _, ...noSheet } = sample();
    expect(isPageHintReply({ hint: noSheet })).toBe(false);
    expect(isPageHintReply({ hint: { ...sample(), password: { minLength: '8' } } })).toBe(false);
  });
});
