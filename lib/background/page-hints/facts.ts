/**
 * The slice of lib/knowledge that the portal page hints show, picked out once by what it says, so
 * a reordering of the knowledge data never silently changes a hint (a changed meaning throws, and
 * the hint tests fail). Only the background imports this: content scripts are sent the words.
 */
import { formatLongDate } from '../../dates.ts';
import { CHECKLIST_ITEMS } from '../../knowledge/checklists.ts';
import { contactById } from '../../knowledge/contacts.ts';
import { needById } from '../../knowledge/needs.ts';
import { PASSWORD_POLICY, RESTRICTED_PASSWORD_POLICY } from '../../knowledge/policy.ts';

/** Steps are picked by what they say, so a reordering in needs.ts does not silently change a hint. */
function step(needId: string, mustMention: RegExp): string {
  const need = needById(needId);
  if (!need) throw new Error(`Knowledge changed: no need '${needId}'`);
  const found = need.steps.find((s) => mustMention.test(s));
  if (!found) throw new Error(`Knowledge changed: need '${needId}' has no step matching ${mustMention}`);
  return found;
}

export function projectHintFacts() {
  const helpdesk = contactById('nhsmail-helpdesk');
  const nas = contactById('nas-helpdesk');
  const mfa = needById('mfa');
  const addRemove = needById('add-remove-user');
  const roles = CHECKLIST_ITEMS.find((item) => item.id === 'owner-and-members-decided');
  if (!helpdesk.phone || !helpdesk.ivr || !helpdesk.haveReady || !helpdesk.email || !nas.email || !roles) {
    throw new Error('Knowledge changed: the helpdesk, NAS or shared mailbox roles entry is incomplete');
  }
  if (nas.hours.kind !== 'weekdays') throw new Error('Knowledge changed: NAS hours are no longer weekdays');
  return {
    helpdesk: {
      name: helpdesk.name,
      phone: { display: helpdesk.phone.display, tel: helpdesk.phone.tel },
      always: helpdesk.hours.kind === 'always',
      ivr: [...helpdesk.ivr],
      haveReady: [...helpdesk.haveReady],
    },
    policy: {
      minLength: PASSWORD_POLICY.minLength,
      noSpaces: PASSWORD_POLICY.noSpaces,
      rules: [...PASSWORD_POLICY.rules],
    },
    restricted: {
      minLength: RESTRICTED_PASSWORD_POLICY.minLength,
      validDays: RESTRICTED_PASSWORD_POLICY.validDays,
      effectiveFrom: RESTRICTED_PASSWORD_POLICY.effectiveFrom,
      // Formatted here, not in the content script: a date formatter at load time costs ~12 ms.
      effectiveFromWords: formatLongDate(RESTRICTED_PASSWORD_POLICY.effectiveFrom),
      note: RESTRICTED_PASSWORD_POLICY.note,
    },
    password: {
      selfService: step('password-locked', /self-service password reset/i),
      noSecret: step('password-locked', /no account secret/i),
    },
    mfa: {
      answer: mfa.answer,
      enrol: step('mfa', /self-enroll for mfa/i),
      methods: step('mfa', /authenticator app/i),
      prompt: step('mfa', /keep your account secure/i),
      manage: step('mfa', /security-info/i),
    },
    sharedMailbox: {
      roles: roles.detail,
      nasEmail: nas.email,
      nasHours: { open: nas.hours.open, close: nas.hours.close },
      addRemove: addRemove.answer,
      include: step('add-remove-user', /for each new person/i),
      leavers: step('add-remove-user', /when someone leaves/i),
      restore: step('account-inactive-deleted', /has been deleted/i),
      joiners: step('have-account', /^joining/i),
      ownerLeaving: step('have-account', /owner who is leaving/i),
      noSecret: step('password-locked', /no account secret/i),
    },
  };
}

export type HintFacts = ReturnType<typeof projectHintFacts>;

export const HINT_FACTS: HintFacts = projectHintFacts();
