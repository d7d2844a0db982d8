/**
 * The checklist panel: a landmark named "NHSmail Companion …", inserted before the form so it never
 * covers it, and compact by default — one line saying what is left, with "Show checklist" — so the
 * page's first field stays in the first screen. Items the form proves show what the form says
 * (no tick); the rest are real checkboxes. Clicks the page fakes (`isTrusted === false`) change
 * nothing.
 */
import type { SectorId } from '../../../knowledge/sector-ids.ts';
import type { Proof } from '../checklist.ts';
import type { RegistrationWords } from '../words.ts';
import { h } from './dom.ts';
import type { PanelActions, PanelItem, PanelView } from './types.ts';

/** How each proof's tag looks; its words are the background's (`tag/…`), as the items are. */
const PROOF_CLASSES: Record<Proof, string> = { met: 't ok', problem: 't m', elsewhere: 't' };

/** A click the person made; the page's own scripts cannot make one. */
export function trusted(e: Event): boolean {
  if (e.isTrusted) return true;
  e.preventDefault();
  return false;
}

export const button = (text: string | undefined, onTrusted: () => void, props: Record<string, unknown> = {}) =>
  h('button', { type: 'button', ...props, onClick: (e: Event) => trusted(e) && onTrusted() }, text);

function detail(item: PanelItem, id: string): Node {
  return h(
    'p',
    { class: 's', id },
    item.detail,
    item.link && [' ', h('a', { href: item.link.url, target: '_blank', rel: 'noopener noreferrer' }, item.link.text)],
  );
}

function itemRow(item: PanelItem, ticked: boolean, onTick: PanelActions['onTick'], words: RegistrationWords): Node {
  const id = `nhsc-i-${item.id}`;
  if (item.proof) {
    const tag = h('span', { class: PROOF_CLASSES[item.proof] }, words[`tag/${item.proof}`]);
    return h('li', null, h('div', null, h('span', null, item.label), tag, detail(item, `${id}-d`)));
  }
  return h(
    'li',
    null,
    h('input', {
      type: 'checkbox',
      id,
      checked: ticked,
      'aria-describedby': `${id}-d`,
      onClick: (e: Event) => {
        if (trusted(e)) onTick(item.id, (e.currentTarget as HTMLInputElement).checked);
      },
    }),
    h(
      'div',
      null,
      h('label', { for: id }, item.label),
      h('span', { class: item.must ? 't m' : 't' }, words[item.must ? 'tag/must' : 'tag/advice']),
      detail(item, `${id}-d`),
    ),
  );
}

/** "3 things to check": the must-do items not done yet. */
function summary(view: PanelView): string {
  if (!view.items.length) return view.sector ? 'before you apply' : 'what are you registering?';
  const left = view.left;
  return left ? `${left} ${left === 1 ? 'thing' : 'things'} to check` : 'nothing left to check';
}

export function Panel({ view, actions }: { view: PanelView; actions: PanelActions }): Node {
  const steps = [...new Set(view.items.map((i) => i.step))];
  // The step headings are the background's words (lib/content/registration/words.ts), as the items are.
  const stepName = (step: string) => view.words[`step/${step}`] ?? step;
  const any = view.items.length > 0;
  return h(
    'aside',
    { class: 'p', 'aria-labelledby': 'nhsc-t' },
    h(
      'div',
      { class: 'r' },
      h('h2', { id: 'nhsc-t' }, `NHSmail Companion: ${summary(view)}`),
      any &&
        button(view.collapsed ? 'Show checklist' : 'Hide checklist', () => actions.onCollapse(!view.collapsed), {
          id: 'nhsc-x',
          'aria-expanded': !view.collapsed,
          'aria-controls': 'nhsc-b',
        }),
    ),
    h('p', { class: 's' }, 'Independent tool, not provided by NHS England. Nothing you type leaves this page.'),
    !view.sectorKnown &&
      h(
        'p',
        null,
        h('label', { for: 'nhsc-sector' }, 'What kind of organisation are you registering? '),
        h(
          'select',
          {
            id: 'nhsc-sector',
            value: view.sector ?? '',
            onChange: (e: Event) =>
              actions.onSector(((e.currentTarget as HTMLSelectElement).value || undefined) as SectorId | undefined),
          },
          h('option', { value: '' }, 'Choose one'),
          view.sectors.map((s) => h('option', { value: s.id }, s.name)),
        ),
      ),
    h(
      'div',
      { id: 'nhsc-b', hidden: view.collapsed || !any },
      view.step && h('p', { class: 's' }, `This page looks like: ${stepName(view.step)}.`),
      steps.map((step) =>
        h(
          'section',
          { 'aria-labelledby': `nhsc-s-${step}` },
          h('h3', { id: `nhsc-s-${step}` }, stepName(step)),
          h(
            'ul',
            null,
            view.items
              .filter((i) => i.step === step)
              .map((item) => itemRow(item, view.ticked.has(item.id), actions.onTick, view.words)),
          ),
        ),
      ),
      h(
        'div',
        { class: 'r', style: 'margin-top:16px' },
        button('Clear all ticks', actions.onClear),
        button('Hide on this page', actions.onHide),
        !view.layout && button("Copy this page's layout", actions.onLayout, { id: 'nhsc-l' }),
      ),
      view.layout && layoutPreview(view.layout, actions, view.words),
    ),
  );
}

/**
 * The report, read-only, for the person to see before anything is copied. It shows only once the
 * background has sent the layout word list, so its words are the background's too (`layout/…`).
 */
function layoutPreview(
  layout: NonNullable<PanelView['layout']>,
  actions: PanelActions,
  words: RegistrationWords,
): Node {
  return h(
    'div',
    { style: 'margin-top:16px' },
    h('h3', null, words['layout/title']),
    h('p', { class: 's', id: 'nhsc-ld' }, words['layout/about']),
    h('textarea', {
      id: 'nhsc-lr',
      readonly: true,
      rows: 8,
      'aria-label': words['layout/title'],
      'aria-describedby': 'nhsc-ld',
      style: 'width:100%;font:13px/1.4 monospace;white-space:pre;overflow:auto',
      value: layout.report,
    }),
    layout.status && h('p', { role: 'status', class: 's' }, words[`layout/${layout.status}`]),
    h(
      'div',
      { class: 'r', style: 'justify-content:flex-start;margin-top:8px' },
      button(words['layout/copy'], actions.onCopyLayout, { id: 'nhsc-lc', class: 'b' }),
      button(words['layout/close'], actions.onCloseLayout),
    ),
  );
}
