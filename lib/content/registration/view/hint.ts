/**
 * A hint beside one field, in its own shadow root after the field (a live region, see dom.ts). It
 * shows only with a rule's words from the background, and so do its buttons' (`hint/…`).
 */
import type { RegistrationWords } from '../words.ts';
import { h } from './dom.ts';
import { button } from './panel.ts';
import type { HintActions, HintView } from './types.ts';

export function Hint({
  hint,
  words,
  actions,
}: {
  hint?: HintView;
  words: RegistrationWords;
  actions: HintActions;
}): Node {
  if (!hint) return document.createTextNode('');
  const act = (text: string | undefined, run: (id: string) => void) =>
    button(text, () => run(hint.ruleId), { class: 'q' });
  return h(
    'div',
    { class: hint.severity === 'warn' ? 'h w' : 'h', 'data-rule': hint.ruleId },
    h('p', null, hint.message),
    h(
      'div',
      { class: 'r' },
      act(words['hint/not-now'], actions.onNotNow),
      act(words['hint/never'], actions.onNever),
      act(words['hint/wrong'], actions.onWrong),
    ),
  );
}
