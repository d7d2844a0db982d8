/** A page hint: one rule object per file (docs/decisions.md H2), listed in lib/content/page-hints/rules/registry.ts. */
import type { DetectedPage, HintPageKind } from './detect.ts';

/** A piece of a hint's text. Every string comes from lib/knowledge (through facts.ts or policy.ts). */
export type HintBlock =
  | { kind: 'p'; text: string }
  | { kind: 'list'; title?: string; items: readonly string[] }
  | { kind: 'call'; text: string; display: string; tel: string; after: string }
  /** The live rule check on the page's new-password field; only the password-rules hint has it. */
  | { kind: 'password-checks' };

export interface HintRule {
  /** Kebab-case, equal to the file name. */
  id: string;
  kind: HintPageKind;
  appliesTo(page: Pick<DetectedPage, 'kind'>): boolean;
  title: string;
  /** Shown first, also when the hint is collapsed. */
  summary: string;
  blocks: readonly HintBlock[];
  /** The knowledge entries the text comes from ('<dataset>:<id>'), each with its own cited sources. */
  source: readonly string[];
  /** When the text was last checked against its sources (YYYY-MM-DD). */
  reviewed: string;
}
