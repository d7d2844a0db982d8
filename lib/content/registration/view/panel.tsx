/**
 * The checklist panel: a landmark named "NHSmail Companion …", inserted before the form so it never
 * covers it. Real checkboxes, plain-English labels, a task-list look. Clicks the page fakes
 * (`isTrusted === false`) change nothing.
 */
import type { SectorId } from '../../../knowledge/sector-ids.ts';
import type { PanelActions, PanelItem, PanelView } from './types.ts';

const STEP_NAMES: Record<string, string> = {
  prerequisites: 'Before you apply',
  authentication: 'Proving who you are',
  organisation: 'Your organisation',
  members: 'The people you register',
  review: 'After you submit',
};

/** A click the person made; the page's own scripts cannot make one. */
export function trusted(e: Event): boolean {
  if (e.isTrusted) return true;
  e.preventDefault();
  return false;
}

function Item({ item, ticked, onTick }: { item: PanelItem; ticked: boolean; onTick: PanelActions['onTick'] }) {
  const id = `nhsc-i-${item.id}`;
  return (
    <li>
      <input
        type="checkbox"
        id={id}
        checked={ticked}
        aria-describedby={`${id}-d`}
        onClick={(e) => {
          if (trusted(e)) onTick(item.id, e.currentTarget.checked);
        }}
      />
      <div>
        <label for={id}>{item.label}</label>
        <span class={item.must ? 't m' : 't'}>{item.must ? 'Must do' : 'Advice'}</span>
        <p class="s" id={`${id}-d`}>
          {item.detail}
          {item.link ? (
            <>
              {' '}
              <a href={item.link.url} target="_blank" rel="noopener noreferrer">
                {item.link.text}
              </a>
            </>
          ) : null}
        </p>
      </div>
    </li>
  );
}

export function Panel({ view, actions }: { view: PanelView; actions: PanelActions }) {
  const done = view.items.filter((i) => view.ticked.has(i.id)).length;
  const steps = [...new Set(view.items.map((i) => i.step))];
  return (
    <aside class="p" aria-labelledby="nhsc-t">
      <div class="r">
        <h2 id="nhsc-t">NHSmail Companion: before you apply</h2>
        <button
          type="button"
          aria-expanded={!view.collapsed}
          aria-controls="nhsc-b"
          onClick={(e) => trusted(e) && actions.onCollapse(!view.collapsed)}
        >
          {view.collapsed ? 'Show checklist' : 'Hide checklist'}
        </button>
      </div>
      <p class="s">
        Independent tool, not provided by NHS England. Nothing you type leaves this page.
        {view.items.length ? ` ${done} of ${view.items.length} ticked.` : ''}
      </p>
      <div id="nhsc-b" hidden={view.collapsed}>
        {view.sectorKnown ? null : (
          <p>
            <label for="nhsc-sector">What kind of organisation are you registering? </label>
            <select
              id="nhsc-sector"
              value={view.sector ?? ''}
              onChange={(e) => actions.onSector((e.currentTarget.value || undefined) as SectorId | undefined)}
            >
              <option value="">Choose one</option>
              {view.sectors.map((s) => (
                <option value={s.id} key={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </p>
        )}
        {view.step ? <p class="s">This page looks like: {STEP_NAMES[view.step] ?? view.step}.</p> : null}
        {steps.map((step) => (
          <section key={step} aria-labelledby={`nhsc-s-${step}`}>
            <h3 id={`nhsc-s-${step}`}>{STEP_NAMES[step] ?? step}</h3>
            <ul>
              {view.items
                .filter((i) => i.step === step)
                .map((item) => (
                  <Item key={item.id} item={item} ticked={view.ticked.has(item.id)} onTick={actions.onTick} />
                ))}
            </ul>
          </section>
        ))}
        <div class="r" style="margin-top:16px">
          {view.items.length ? (
            <button type="button" onClick={(e) => trusted(e) && actions.onClear()}>
              Clear all ticks
            </button>
          ) : null}
          <button type="button" onClick={(e) => trusted(e) && actions.onHide()}>
            Hide on this page
          </button>
        </div>
      </div>
    </aside>
  );
}
