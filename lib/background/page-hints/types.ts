/**
 * A page hint: one rule object per file (docs/decisions.md H2), listed in rules/registry.ts. The
 * background holds the rules and their words (straight from lib/knowledge); a portal page's
 * content script only detects which kind of page it is and shows the words it is sent.
 */
import type { HintPageKind, HintView } from '../../protocol.ts';

export interface HintRule extends HintView {
  /** Kebab-case, equal to the file name. */
  id: string;
  appliesTo(page: { kind: HintPageKind }): boolean;
  /** The knowledge entries the text comes from ('<dataset>:<id>'), each with its own cited sources. */
  source: readonly string[];
  /** When the text was last compared with its sources (YYYY-MM-DD). */
  reviewed: string;
}
