/**
 * The knowledge base: cited, typed data about NHSmail (NHS.net Connect) for the extension's text and rules.
 * Import what you need from here. `validateKnowledgeBase` is for tests, not for runtime.
 */
import * as z from 'zod/mini';
import { BANK_HOLIDAYS_ENGLAND } from './bank-holidays.ts';
import { CHECKLIST_ITEMS } from './checklists.ts';
import { CONTACTS, LOCAL_CONTACTS } from './contacts.ts';
import { NEEDS } from './needs.ts';
import {
  ACTIVITY_KINDS,
  INACTIVITY_POLICIES,
  MFA_TIMELINE,
  PASSWORD_POLICY,
  RESTORE_ROUTE,
  RESTRICTED_PASSWORD_POLICY,
  RETENTION_RULES,
} from './policy.ts';
import {
  ActivityKindSchema,
  BankHolidayTableSchema,
  ChecklistItemSchema,
  ContactSchema,
  InactivityPolicySchema,
  LocalContactSchema,
  MfaEventSchema,
  NEED_IDS,
  NeedSchema,
  PasswordPolicySchema,
  RestoreRouteSchema,
  RestrictedPasswordPolicySchema,
  RetentionRuleSchema,
  SECTOR_IDS,
  SectorSchema,
} from './schema.ts';
import { SECTORS } from './sectors.ts';

export * from './bank-holidays.ts';
export * from './checklists.ts';
export * from './contacts.ts';
export * from './needs.ts';
export * from './policy.ts';
export * from './schema.ts';
export * from './sectors.ts';

export interface KnowledgeProblem {
  /** Dataset name, e.g. 'CONTACTS'. */
  dataset: string;
  /** Entry id, where the entry has one. */
  id?: string;
  message: string;
}

interface Dataset {
  name: string;
  schema: z.ZodMiniType;
  entries: readonly unknown[];
}

/** Every dataset with the schema it must satisfy. */
export function knowledgeDatasets(): readonly Dataset[] {
  return [
    { name: 'SECTORS', schema: SectorSchema, entries: SECTORS },
    { name: 'CONTACTS', schema: ContactSchema, entries: CONTACTS },
    { name: 'LOCAL_CONTACTS', schema: LocalContactSchema, entries: LOCAL_CONTACTS },
    { name: 'NEEDS', schema: NeedSchema, entries: NEEDS },
    { name: 'INACTIVITY_POLICIES', schema: InactivityPolicySchema, entries: INACTIVITY_POLICIES },
    { name: 'RETENTION_RULES', schema: RetentionRuleSchema, entries: RETENTION_RULES },
    { name: 'PASSWORD_POLICY', schema: PasswordPolicySchema, entries: [PASSWORD_POLICY] },
    {
      name: 'RESTRICTED_PASSWORD_POLICY',
      schema: RestrictedPasswordPolicySchema,
      entries: [RESTRICTED_PASSWORD_POLICY],
    },
    { name: 'MFA_TIMELINE', schema: MfaEventSchema, entries: MFA_TIMELINE },
    { name: 'ACTIVITY_KINDS', schema: ActivityKindSchema, entries: ACTIVITY_KINDS },
    { name: 'RESTORE_ROUTE', schema: RestoreRouteSchema, entries: [RESTORE_ROUTE] },
    { name: 'CHECKLIST_ITEMS', schema: ChecklistItemSchema, entries: CHECKLIST_ITEMS },
    { name: 'BANK_HOLIDAYS_ENGLAND', schema: BankHolidayTableSchema, entries: [BANK_HOLIDAYS_ENGLAND] },
  ];
}

function idOf(entry: unknown): string | undefined {
  if (typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string') return entry.id;
  return undefined;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

function isSorted(values: readonly string[]): boolean {
  return values.every((value, index) => index === 0 || (values[index - 1] ?? '') < value);
}

/**
 * Run every schema over every dataset, then the cross-references between them.
 * Returns the problems found; an empty list means the knowledge base is valid.
 */
export function validateKnowledgeBase(): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const add = (dataset: string, message: string, id?: string): void => {
    problems.push(id === undefined ? { dataset, message } : { dataset, id, message });
  };

  // 1. Schemas.
  for (const dataset of knowledgeDatasets()) {
    for (const entry of dataset.entries) {
      const result = z.safeParse(dataset.schema, entry);
      if (!result.success) add(dataset.name, z.prettifyError(result.error), idOf(entry));
    }
    // 2. Unique ids within each dataset.
    const ids = dataset.entries.map(idOf).filter((id): id is string => id !== undefined);
    for (const id of duplicates(ids)) add(dataset.name, `Duplicate id '${id}'`, id);
  }

  // 3. Every sector and need is present, once.
  const sectorIds = SECTORS.map((sector) => sector.id);
  for (const id of SECTOR_IDS) if (!sectorIds.includes(id)) add('SECTORS', `Missing sector '${id}'`, id);
  const needIds = NEEDS.map((need) => need.id);
  for (const id of NEED_IDS) if (!needIds.includes(id)) add('NEEDS', `Missing need '${id}'`, id);

  // 4. Contact references resolve.
  const contactsById = new Map(CONTACTS.map((contact) => [contact.id, contact]));
  const checkContactRef = (dataset: string, ownerId: string, contactId: string): void => {
    if (!contactsById.has(contactId)) add(dataset, `Unknown contact id '${contactId}'`, ownerId);
  };
  for (const sector of SECTORS) {
    for (const contactId of sector.nasContactIds) checkContactRef('SECTORS', sector.id, contactId);
    const [first, ...rest] = sector.nasContactIds;
    if (first !== 'nas-helpdesk')
      add('SECTORS', 'nasContactIds must start with the helpdesk (nas-helpdesk)', sector.id);
    for (const contactId of rest) {
      const contact = contactsById.get(contactId);
      if (contact === undefined) continue;
      if (contact.sectorIds !== 'all' && !contact.sectorIds.includes(sector.id)) {
        add('SECTORS', `Contact '${contactId}' is not marked as serving this sector`, sector.id);
      }
    }
  }
  for (const need of NEEDS) {
    for (const contactId of need.contactIds) {
      checkContactRef('NEEDS', need.id, contactId);
      const contact = contactsById.get(contactId);
      if (contact !== undefined && !contact.needIds.includes(need.id)) {
        add('NEEDS', `Contact '${contactId}' does not list need '${need.id}' in its needIds`, need.id);
      }
    }
  }
  for (const contactId of RESTORE_ROUTE.contactIds) checkContactRef('RESTORE_ROUTE', RESTORE_ROUTE.id, contactId);

  // 5. Dated data is in order.
  const policies = INACTIVITY_POLICIES.map((policy) => policy.effectiveUntil ?? '9999-12-31');
  if (!isSorted(policies)) add('INACTIVITY_POLICIES', 'Policies must be oldest first');
  if (INACTIVITY_POLICIES.at(-1)?.effectiveUntil !== null)
    add('INACTIVITY_POLICIES', 'The last policy must be current');
  if (!isSorted(MFA_TIMELINE.map((event) => event.date))) add('MFA_TIMELINE', 'Events must be in date order');
  const holidays = BANK_HOLIDAYS_ENGLAND.holidays.map((holiday) => holiday.date);
  if (!isSorted(holidays)) add('BANK_HOLIDAYS_ENGLAND', 'Holidays must be in date order and unique');
  for (const date of holidays) {
    if (date < BANK_HOLIDAYS_ENGLAND.coversFrom || date > BANK_HOLIDAYS_ENGLAND.coversTo) {
      add('BANK_HOLIDAYS_ENGLAND', `Holiday ${date} is outside the covered range`);
    }
  }

  return problems;
}
