/** Sign-in page: what to do about a forgotten password (docs/sources.md §2.1, §6.1). */
import { HINT_FACTS } from '../facts.ts';
import type { HintRule } from '../types.ts';

const { helpdesk, password } = HINT_FACTS;

export const forgottenPassword = {
  id: 'forgotten-password',
  kind: 'sign-in',
  appliesTo: (page) => page.kind === 'sign-in',
  title: 'Forgotten your password?',
  summary: password.selfService,
  blocks: [
    {
      kind: 'call',
      text: `Or call the ${helpdesk.name} on`,
      display: helpdesk.phone.display,
      tel: helpdesk.phone.tel,
      after: helpdesk.always ? ', 24 hours a day, 7 days a week.' : '.',
    },
    { kind: 'list', title: 'On the phone', items: helpdesk.ivr },
    { kind: 'list', title: 'Have ready', items: helpdesk.haveReady },
    { kind: 'p', text: password.noSecret },
  ],
  source: ['needs:password-locked', 'contacts:nhsmail-helpdesk'],
  reviewed: '2026-11-23',
} satisfies HintRule;
