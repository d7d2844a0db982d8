/** MFA enrolment pages ("Keep your account secure", Self-Service): methods and what to do when asked (docs/sources.md §2.4). */
import { HINT_FACTS } from '../facts.ts';
import type { HintRule } from '../types.ts';

const { mfa, helpdesk } = HINT_FACTS;

export const mfaEnrolment = {
  id: 'mfa-enrolment',
  kind: 'mfa-enrolment',
  appliesTo: (page) => page.kind === 'mfa-enrolment',
  title: 'Setting up MFA',
  summary: mfa.answer,
  blocks: [
    { kind: 'p', text: mfa.methods },
    {
      kind: 'p',
      text: `If you are asked to register: ${mfa.prompt} Follow its steps and set up a core method before any other.`,
    },
    { kind: 'p', text: `To do it later: ${mfa.enrol}` },
    { kind: 'p', text: mfa.manage },
    {
      kind: 'call',
      text: `Stuck? Call the ${helpdesk.name} on`,
      display: helpdesk.phone.display,
      tel: helpdesk.phone.tel,
      after: '.',
    },
  ],
  source: ['needs:mfa', 'contacts:nhsmail-helpdesk'],
  reviewed: '2026-11-23',
} satisfies HintRule;
