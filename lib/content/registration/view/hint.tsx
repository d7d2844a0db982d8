/** A hint beside one field, in its own shadow root after the field. The live region is always there, so changes are announced. */
import { trusted } from './panel.tsx';
import type { HintActions, HintView } from './types.ts';

export function Hint({ hint, actions }: { hint?: HintView; actions: HintActions }) {
  return (
    <div aria-live="polite">
      {hint ? (
        <div class={hint.severity === 'warn' ? 'h w' : 'h'} data-rule={hint.ruleId}>
          <p>{hint.message}</p>
          <div class="r">
            <button type="button" class="q" onClick={(e) => trusted(e) && actions.onNotNow(hint.ruleId)}>
              Not now
            </button>
            <button type="button" class="q" onClick={(e) => trusted(e) && actions.onNever(hint.ruleId)}>
              Don't show this again
            </button>
            <button type="button" class="q" onClick={(e) => trusted(e) && actions.onWrong(hint.ruleId)}>
              This is wrong for me
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
