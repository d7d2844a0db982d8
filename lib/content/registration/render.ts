/**
 * Rendering: the three kinds of island the registration script shows — the panel before the form
 * (in the flow, never over it), a hint after each field the person has been in, and the check
 * dialog in the top layer. Hints are keyed to the field ("mobile-2"), not to the element, so a page
 * that re-creates its inputs keeps them; only hints whose text changed are drawn again. It reads
 * the state and calls back into the controller; it decides nothing.
 */
import type { ScriptContext } from '../kit/script-context.ts';
import { leftToDo, type Unmet } from './checklist.ts';
import { anchorIn, type FieldRecord } from './fields.ts';
import { findingsOf, itemsOf, modelOf, sectorOf, stepOf, tickedOf, wordsOf, type RegistrationState } from './state.ts';
import { CheckDialog, openModal } from './view/dialog.ts';
import { mount, type Island } from './view/dom.ts';
import { Hint } from './view/hint.ts';
import { Panel } from './view/panel.ts';
import type { HintActions, HintView, PanelActions, PanelView } from './view/types.ts';

export interface ViewActions extends Omit<PanelActions, 'onCollapse'> {
  hint(record: FieldRecord): HintActions;
  onBack(found: Unmet[]): void;
  onAnyway(): void;
}

export interface RegistrationView {
  /** Mounts the panel (once), places it and the hints by the current fields, and draws them. */
  sync(): boolean;
  render(): void;
  renderHints(): boolean;
  /** A hint host for this field, before the person types (so its live region is there first). */
  prepareHint(record: FieldRecord): void;
  showDialog(found: Unmet[]): void;
  closeDialog(): void;
  /** Opens the checklist and moves focus to one item (after "Go back"), or to one of its controls. */
  focusItem(itemId: string): void;
  focusPanel(id: string): void;
  /** The form is gone: the panel and hints go; an open dialog stays. */
  removeFormUi(): void;
  removeAll(): void;
}

interface HintIsland {
  island: Island;
  drawn?: string;
}

export function createView(
  ctx: ScriptContext,
  win: Window,
  state: RegistrationState,
  actions: ViewActions,
): RegistrationView {
  const doc = win.document;
  let panel: Island | undefined;
  let panelDrawn = '';
  let dialog: Island | undefined;
  const hints = new Map<string, HintIsland>();
  const live = () => ctx.isValid && !state.hidden;

  function renderPanel(): void {
    if (!panel) return;
    const items = itemsOf(state, modelOf(state));
    const ticked = tickedOf(state);
    const view: PanelView = {
      sector: sectorOf(state),
      sectorKnown: state.sectorKnown,
      sectors: state.context.registration?.sectors ?? [],
      items,
      ticked,
      left: leftToDo(items, ticked),
      ...(state.layout ? { layout: state.layout } : {}),
      step: stepOf(state),
      collapsed: state.collapsed,
      words: wordsOf(state),
    };
    // Drawn again only when something it shows changed (a page that changes often rescans often).
    const drawn = JSON.stringify([
      items.map((i) => [i.id, i.proof, ticked.has(i.id), i.link?.url]),
      view.collapsed,
      view.sectorKnown,
      view.sector,
      view.step,
      view.sectors.length,
      view.layout,
    ]);
    if (drawn === panelDrawn) return;
    panelDrawn = drawn;
    panel.update(
      Panel({
        view,
        actions: {
          ...actions,
          onCollapse: (c) => {
            state.collapsed = c;
            renderPanel();
          },
        },
      }),
    );
  }

  /** Draws the hints that changed; true when any hint is showing. */
  function renderHints(): boolean {
    if (!hints.size) return false;
    const all = findingsOf(state, modelOf(state), false);
    state.records.forEach((r, i) => {
      const entry = hints.get(r.key);
      if (!entry) return;
      // A finding is what its hint shows: the rule, its words and how serious it is.
      const hint: HintView | undefined = state.touched.has(r.key) ? all.find((x) => x.field === i) : undefined;
      const drawn = hint ? `${hint.ruleId}|${hint.severity}|${hint.message}` : '';
      if (entry.drawn === drawn) return;
      entry.drawn = drawn;
      entry.island.update(Hint({ hint, words: wordsOf(state), actions: actions.hint(r) }));
    });
    return [...hints.values()].some((e) => !!e.drawn);
  }

  /** The light-DOM element the panel goes before: the form, or the custom element holding it. */
  function placePanel(host: HTMLElement): void {
    const form = state.form && anchorIn(state.form, doc);
    if (form && (host.nextElementSibling !== form || !host.isConnected)) form.before(host);
  }

  function ensurePanel(): void {
    if (panel) return placePanel(panel.host);
    if (!state.form || !live()) return;
    panel = mount(ctx, 'nhsc-panel', placePanel);
    panelDrawn = '';
    renderPanel();
    win.performance?.mark?.('nhsc:mounted');
  }

  /**
   * After the field, or after its wrapping label so our text never joins the field's name; for an
   * input inside a custom element's shadow root, after that element, in the form's own tree.
   */
  function placeHint(host: HTMLElement, el: HTMLInputElement): void {
    const field = state.form ? anchorIn(el, state.form.getRootNode()) : el;
    const after = field.closest('label') ?? field;
    if (after.nextElementSibling !== host) after.after(host);
  }

  function prepareHint(r: FieldRecord): void {
    if (hints.has(r.key) || !live() || !state.context.settings.hintsEnabled) return;
    const island = mount(ctx, 'nhsc-hint', (host) => placeHint(host, r.el), true);
    hints.set(r.key, { island });
  }

  function syncHints(): void {
    const byKey = new Map(state.records.map((r) => [r.key, r]));
    for (const [key, entry] of hints) {
      const r = byKey.get(key);
      if (r && state.context.settings.hintsEnabled) {
        placeHint(entry.island.host, r.el);
        continue;
      }
      entry.island.remove();
      hints.delete(key);
    }
    for (const r of state.records) if (state.touched.has(r.key)) prepareHint(r);
  }

  function closeDialog(): void {
    dialog?.remove();
    dialog = undefined;
  }

  function removeFormUi(): void {
    panel?.remove();
    panel = undefined;
    for (const entry of hints.values()) entry.island.remove();
    hints.clear();
  }

  return {
    sync() {
      ensurePanel();
      syncHints();
      renderPanel();
      return renderHints();
    },
    render() {
      renderPanel();
      renderHints();
    },
    renderHints,
    prepareHint,
    showDialog(found) {
      closeDialog();
      if (!ctx.isValid) return;
      const island = mount(ctx, 'nhsc-dialog', (host) => doc.body.append(host));
      dialog = island;
      island.update(
        CheckDialog({
          problems: found,
          words: wordsOf(state),
          onBack: () => actions.onBack(found),
          onAnyway: actions.onAnyway,
        }),
      );
      if (island.host.shadowRoot) openModal(island.host.shadowRoot);
    },
    closeDialog,
    focusItem(itemId) {
      state.collapsed = false;
      renderPanel();
      panel?.host.shadowRoot?.getElementById(`nhsc-i-${itemId}`)?.focus();
    },
    focusPanel(id) {
      (panel?.host.shadowRoot?.getElementById(id) as HTMLElement | null)?.focus();
    },
    removeFormUi,
    removeAll() {
      removeFormUi();
      closeDialog();
    },
  };
}
