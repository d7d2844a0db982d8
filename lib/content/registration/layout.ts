/**
 * "Copy this page's layout" in the registration panel: the page's structure with every value,
 * address, number and name replaced (lib/content/kit/layout-report.ts, offered by the portal script
 * on the same page through lib/content/kit/shared-world.ts, with the word list from the background), shown to the person first and copied only on a further click of theirs, from the
 * shadow root's click handler. A refusal by the browser gets a clear message; the report stays on
 * screen to be copied by hand. Nothing is sent anywhere.
 */
import { sharedWorld } from '../kit/shared-world.ts';
import type { SendFor } from '../kit/messaging.ts';
import type { RegistrationView } from './render.ts';
import type { RegistrationState } from './state.ts';
import type { PanelActions } from './view/types.ts';

export function layoutActions(
  win: Window,
  state: RegistrationState,
  view: () => RegistrationView,
  send: SendFor<'content:get-layout-words'>,
): Pick<PanelActions, 'onLayout' | 'onCopyLayout' | 'onCloseLayout'> {
  return {
    onLayout: () => {
      void send({ type: 'content:get-layout-words' }).then((reply) => {
        const describe = sharedWorld().describeLayout;
        if (!describe || !reply.ok || !reply.data.words.every((w) => /^[a-z]{1,24}$/.test(w))) return;
        state.layout = { report: describe(win.document, new Set(reply.data.words)) };
        view().render();
        view().focusPanel('nhsc-lr');
      });
    },
    onCopyLayout: () => {
      const layout = state.layout;
      if (!layout) return;
      const done = (status: 'copied' | 'refused') => {
        if (state.layout !== layout) return;
        state.layout = { report: layout.report, status };
        view().render();
      };
      try {
        win.navigator.clipboard.writeText(layout.report).then(
          () => done('copied'),
          () => done('refused'),
        );
      } catch {
        done('refused');
      }
    },
    onCloseLayout: () => {
      state.layout = undefined;
      view().render();
      view().focusPanel('nhsc-l');
    },
  };
}
