/**
 * The registration portal's steps, in order, declared once: the checklist data, its zod schema and
 * the registration content script all use these. Kept apart from schema.ts so that neither the
 * data files nor the content script pull zod into a bundle (docs/decisions.md Budgets).
 * Source: docs/sources.md §3.2 (the structure of the published "How to complete…" guides).
 */
export const CHECKLIST_STEPS = ['prerequisites', 'authentication', 'organisation', 'members', 'review'] as const;

export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];
