/** A hint beside one field, in its own shadow root after the field (a live region, see dom.ts). */
import { h } from './dom.ts';
import { trusted } from './panel.ts';
import type { HintActions, HintView } from './types.ts';

export function Hint({ hint, actions }: { hint?: HintView; actions: HintActions }): Node {
  if (!hint) return document.createTextNode('');
  const act = (text: string, run: (id: string) => void) =>
    h('button', { type: 'button', class: 'q', onClick: (e: Event) => trusted(e) && run(hint.ruleId) }, text);
  return h(
    'div',
    { class: hint.severity === 'warn' ? 'h w' : 'h', 'data-rule': hint.ruleId },
    h('p', null, hint.message),
    h(
      'div',
      { class: 'r' },
      act('Not now', actions.onNotNow),
      act("Don't show this again", actions.onNever),
      act('This is wrong for me', actions.onWrong),
    ),
  );
}
