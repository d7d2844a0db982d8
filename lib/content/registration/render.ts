/**
 * Rendering: the three kinds of island the registration script shows — the panel before the form
 * (in the flow, never over it), a hint host after each recognised field, and the check dialog in
 * the top layer. It reads the state and calls back into the controller; it decides nothing.
 */
import type { ContentScriptContext } from '#imports';
import { h } from 'preact';
import { createIsland, type Island } from '../kit/island.ts';
import type { Unmet } from './checklist.ts';
import type { FieldRecord } from './fields.ts';
import { findingsOf, itemsOf, modelOf, sectorOf, tickedOf, type RegistrationState } from './state.ts';
import { CheckDialog, openModal } from './view/dialog.tsx';
import { Hint } from './view/hint.tsx';
import { Panel } from './view/panel.tsx';
import type { HintActions, HintView, PanelActions } from './view/types.ts';

export interface ViewActions extends Omit<PanelActions, 'onCollapse'> {
  hint(record: FieldRecord): HintActions;
  onBack(found: Unmet[]): void;
  onAnyway(): void;
}

export interface RegistrationView {
  /** Mounts the panel (once) and the hint hosts for the current fields, and draws them. */
  sync(): void;
  render(): void;
  renderHints(): void;
  showDialog(found: Unmet[]): void;
  closeDialog(): void;
  /** Opens the checklist and moves focus to one item (after "Go back"). */
  focusItem(itemId: string): void;
  removeAll(): void;
}

export function createView(
  ctx: ContentScriptContext,
  win: Window,
  state: RegistrationState,
  actions: ViewActions,
): RegistrationView {
  const doc = win.document;
  let panel: Island | undefined;
  let dialog: Island | undefined;
  const hints = new Map<HTMLInputElement, Island>();
  const live = () => ctx.isValid && !state.hidden;

  function renderPanel(): void {
    if (!panel) return;
    const m = modelOf(state);
    panel.update(
      h(Panel, {
        view: {
          sector: sectorOf(state),
          sectorKnown: state.sectorKnown,
          sectors: state.context.registration?.sectors ?? [],
          items: itemsOf(state, m),
          ticked: tickedOf(state),
          step: state.step,
          collapsed: state.collapsed,
        },
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

  function renderHints(): void {
    const all = findingsOf(state, modelOf(state), false);
    state.records.forEach((r, i) => {
      const island = hints.get(r.el);
      if (!island) return;
      const f = state.touched.has(r.el) ? all.find((x) => x.field === i) : undefined;
      const hint: HintView | undefined = f ? { ruleId: f.ruleId, message: f.message, severity: f.severity } : undefined;
      island.update(h(Hint, { hint, actions: actions.hint(r) }));
    });
  }

  function placePanel(host: HTMLElement): void {
    const form = state.form;
    if (form && (host.nextElementSibling !== form || !host.isConnected)) form.before(host);
  }

  function ensurePanel(): void {
    if (panel) return placePanel(panel.host);
    if (!state.form || !live()) return;
    panel = createIsland(ctx, 'nhsc-panel', placePanel);
    renderPanel();
    win.performance?.mark?.('nhsc:mounted');
  }

  /** After the field, or after its wrapping label so our text never joins the field's name. */
  const placeHint = (el: HTMLInputElement) => (host: HTMLElement) => {
    const after = el.closest('label') ?? el;
    if (after.nextElementSibling !== host) after.after(host);
  };

  function syncHints(): void {
    const wanted = new Set(state.context.settings.hintsEnabled ? state.records.map((r) => r.el) : []);
    for (const [el, island] of hints) {
      if (wanted.has(el) && el.isConnected) {
        placeHint(el)(island.host);
        continue;
      }
      island.remove();
      hints.delete(el);
    }
    for (const el of wanted) {
      if (hints.has(el) || !live()) continue;
      hints.set(el, createIsland(ctx, 'nhsc-hint', placeHint(el)));
    }
  }

  function closeDialog(): void {
    dialog?.remove();
    dialog = undefined;
  }

  return {
    sync() {
      ensurePanel();
      syncHints();
      renderPanel();
      renderHints();
    },
    render() {
      renderPanel();
      renderHints();
    },
    renderHints,
    showDialog(found) {
      closeDialog();
      if (!ctx.isValid) return;
      const island = createIsland(ctx, 'nhsc-dialog', (host) => doc.body.append(host));
      dialog = island;
      island.update(
        h(CheckDialog, { problems: found, onBack: () => actions.onBack(found), onAnyway: actions.onAnyway }),
      );
      if (island.host.shadowRoot) openModal(island.host.shadowRoot);
    },
    closeDialog,
    focusItem(itemId) {
      state.collapsed = false;
      renderPanel();
      panel?.host.shadowRoot?.getElementById(`nhsc-i-${itemId}`)?.focus();
    },
    removeAll() {
      panel?.remove();
      panel = undefined;
      for (const island of hints.values()) island.remove();
      hints.clear();
      closeDialog();
    },
  };
}
