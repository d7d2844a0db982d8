/** Shared mailbox pages: owner versus member, and who asks the NAS for what (docs/sources.md §5.3, §5.4). */
import { HINT_FACTS } from '../facts.ts';
import type { HintRule } from '../types.ts';

const s = HINT_FACTS.sharedMailbox;

export const sharedMailboxRoles = {
  id: 'shared-mailbox-roles',
  kind: 'shared-mailbox',
  appliesTo: (page) => page.kind === 'shared-mailbox',
  title: 'Shared mailbox owners and members',
  summary: s.roles,
  blocks: [
    {
      kind: 'list',
      title: 'Owners ask the NAS',
      items: [s.addRemove, s.include, s.leavers, s.restore, s.joiners, s.noSecret, s.ownerLeaving],
    },
    {
      kind: 'p',
      text: `Members: ask an owner of the shared mailbox, who contacts the NAS for you. The NAS reads ${s.nasEmail} on weekdays, ${s.nasHours.open} to ${s.nasHours.close}.`,
    },
  ],
  source: [
    'checklists:owner-and-members-decided',
    'needs:add-remove-user',
    'needs:account-inactive-deleted',
    'needs:have-account',
    'needs:password-locked',
    'contacts:nas-helpdesk',
  ],
  reviewed: '2026-11-23',
} satisfies HintRule;
