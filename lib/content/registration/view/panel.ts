/**
 * The checklist panel: a landmark named "NHSmail Companion …", inserted before the form so it never
 * covers it, and compact by default — one line saying what is left, with "Show checklist" — so the
 * page's first field stays in the first screen. Items the form proves show what the form says
 * (no tick); the rest are real checkboxes. Clicks the page fakes (`isTrusted === false`) change
 * nothing.
 */
import type { SectorId } from '../../../knowledge/sector-ids.ts';
import type { Proof } from '../checklist.ts';
import { h } from './dom.ts';
import type { PanelActions, PanelItem, PanelView } from './types.ts';

const PROOF_TAGS: Record<Proof, [string, string]> = {
  met: ['t ok', 'Done on the form'],
  problem: ['t m', 'Check the form'],
  elsewhere: ['t', 'On another page'],
};

/** A click the person made; the page's own scripts cannot make one. */
export function trusted(e: Event): boolean {
  if (e.isTrusted) return true;
  e.preventDefault();
  return false;
}

const button = (text: string, onTrusted: () => void, props: Record<string, unknown> = {}) =>
  h('button', { type: 'button', ...props, onClick: (e: Event) => trusted(e) && onTrusted() }, text);

function detail(item: PanelItem, id: string): Node {
  return h(
    'p',
    { class: 's', id },
    item.detail,
    item.link && [' ', h('a', { href: item.link.url, target: '_blank', rel: 'noopener noreferrer' }, item.link.text)],
  );
}

function itemRow(item: PanelItem, ticked: boolean, onTick: PanelActions['onTick']): Node {
  const id = `nhsc-i-${item.id}`;
  if (item.proof) {
    const [cls, text] = PROOF_TAGS[item.proof];
    return h(
      'li',
      null,
      h('div', null, h('span', null, item.label), h('span', { class: cls }, text), detail(item, `${id}-d`)),
    );
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
      h('span', { class: item.must ? 't m' : 't' }, item.must ? 'Must do' : 'Advice'),
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
              .map((item) => itemRow(item, view.ticked.has(item.id), actions.onTick)),
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
      view.layout && layoutPreview(view.layout, actions),
    ),
  );
}

const LAYOUT_STATUS = {
  copied: 'Copied. Paste it into an email to the project. The extension has not sent it anywhere.',
  refused:
    'Your browser did not let us copy it. Select the text in the box, copy it with Ctrl+C (Cmd+C on a Mac) and paste it into an email.',
};

/** The report, read-only, for the person to see before anything is copied. */
function layoutPreview(layout: NonNullable<PanelView['layout']>, actions: PanelActions): Node {
  return h(
    'div',
    { style: 'margin-top:16px' },
    h('h3', null, "This page's layout"),
    h(
      'p',
      { class: 's', id: 'nhsc-ld' },
      'Only the structure of this page: what you typed, email addresses, numbers and names are replaced. Check it before you copy it.',
    ),
    h('textarea', {
      id: 'nhsc-lr',
      readonly: true,
      rows: 8,
      'aria-label': "This page's layout",
      'aria-describedby': 'nhsc-ld',
      style: 'width:100%;font:13px/1.4 monospace;white-space:pre;overflow:auto',
      value: layout.report,
    }),
    layout.status && h('p', { role: 'status', class: 's' }, LAYOUT_STATUS[layout.status]),
    h(
      'div',
      { class: 'r', style: 'justify-content:flex-start;margin-top:8px' },
      button('Copy to clipboard', actions.onCopyLayout, { id: 'nhsc-lc', class: 'b' }),
      button('Close', actions.onCloseLayout),
    ),
  );
}
