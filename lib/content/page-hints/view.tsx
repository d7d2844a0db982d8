/**
 * A page hint, rendered into its own shadow root (lib/content/kit/island.ts) with the panel's token
 * sheet and class names: `.p` box, `.r` rows, `.q` link-style buttons, `.t`/`.m` tags, `.s` small
 * text. Every button ignores synthetic clicks (`isTrusted`), so the page cannot dismiss or toggle it.
 */
import type { PasswordCheck } from './password-check.ts';
import { PASSWORD_ROWS, RESTRICTED_ROW } from './rules/password-rules.ts';
import type { HintBlock, HintRule } from './types.ts';

export interface PageHintActions {
  onToggle(): void;
  onNotNow(): void;
  onNever(): void;
  /** Recorded locally (with the page kind) so the person can export it and tell us the hint misfired. */
  onWrong(): void;
}

const trusted = (e: Event): boolean => e.isTrusted;

type Row = { label: string; check: keyof PasswordCheck | null };

function CheckRow({ row, check }: { row: Row; check: PasswordCheck | undefined }) {
  const state = row.check === null ? 'unknown' : check && !check.empty && check[row.check] ? 'met' : 'unmet';
  return (
    <li data-check={row.check ?? 'not-checked'} data-state={state}>
      <span>{row.label}</span>
      <span class={state === 'unmet' ? 't m' : 't'}>
        {state === 'met' ? 'Done' : state === 'unmet' ? 'Not yet' : 'Not checked here'}
      </span>
    </li>
  );
}

function PasswordChecks({ check }: { check: PasswordCheck | undefined }) {
  const live = PASSWORD_ROWS.filter((r) => r.check !== null) as readonly Row[];
  const met = check && !check.empty ? live.filter((r) => check[r.check!]).length : 0;
  return (
    <div>
      <ul aria-label="Password rules">
        {PASSWORD_ROWS.map((row) => (
          <CheckRow row={row as Row} check={check} />
        ))}
        <CheckRow row={RESTRICTED_ROW as Row} check={check} />
      </ul>
      <p class="s" aria-live="polite">
        {check
          ? `Checked as you type: ${met} of ${live.length} rules met.`
          : 'Type your new password in the page to check it.'}
      </p>
    </div>
  );
}

function Block({ block, check }: { block: HintBlock; check: PasswordCheck | undefined }) {
  switch (block.kind) {
    case 'p':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <div>
          {block.title ? <h3>{block.title}</h3> : null}
          <ul>
            {block.items.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        </div>
      );
    case 'call':
      return (
        <p>
          {block.text} <a href={`tel:${block.tel}`}>{block.display}</a>
          {block.after}
        </p>
      );
    case 'password-checks':
      return <PasswordChecks check={check} />;
  }
}

export function PageHint({
  rule,
  collapsed,
  check,
  actions,
}: {
  rule: HintRule;
  collapsed: boolean;
  check?: PasswordCheck;
  actions: PageHintActions;
}) {
  const bodyId = `nhsc-hint-${rule.id}`;
  return (
    <div class="p" role="region" aria-label={`NHSmail Companion: ${rule.title}`} data-hint={rule.id}>
      <div class="r">
        <h2>{rule.title}</h2>
        <button
          type="button"
          class="q"
          aria-expanded={collapsed ? 'false' : 'true'}
          aria-controls={bodyId}
          onClick={(e) => trusted(e) && actions.onToggle()}
        >
          {collapsed ? 'Show details' : 'Hide details'}
        </button>
      </div>
      <p>{rule.summary}</p>
      <div id={bodyId} hidden={collapsed}>
        {rule.blocks.map((block) => (
          <Block block={block} check={check} />
        ))}
      </div>
      <div class="r">
        <p class="s">NHSmail Companion: independent tool, not provided by NHS England.</p>
        <span>
          <button type="button" class="q" onClick={(e) => trusted(e) && actions.onNotNow()}>
            Not now
          </button>{' '}
          <button type="button" class="q" onClick={(e) => trusted(e) && actions.onNever()}>
            Don't show this again
          </button>{' '}
          <button type="button" class="q" onClick={(e) => trusted(e) && actions.onWrong()}>
            This is wrong for me
          </button>
        </span>
      </div>
    </div>
  );
}
