import type { DocumentModel } from '@cds/model';
import { allRules, analyze, type AnalyzeOptions, type Analysis } from '@cds/rules';

/** Rules that need the page setup, which WordApi 1.3 cannot read: the pane leaves them to the server and the CLI. */
export const PAGE_RULES = ['format-page', 'format-margins', 'format-page-number'] as const;
export const PANE_RULES = allRules.filter((r) => !(PAGE_RULES as readonly string[]).includes(r.id));

export interface IncrementalAnalyzer {
  /** Analyses the document; an unchanged document costs no rule time. */
  analyze(doc: DocumentModel): { analysis: Analysis; rulesMs: number; reused: boolean };
}

/** A stable fingerprint of everything the rules can see (the model is plain data). */
function fingerprint(doc: DocumentModel): string {
  return JSON.stringify([doc.body, doc.headerText ?? null, doc.customParts ?? null]);
}

/**
 * Runs `analyze()` (unchanged) in the pane, reusing the last analysis when nothing the
 * rules read has changed (a selection move, an event for a change that was undone).
 * Re-analysis of only the changed sections needs the core to say which rules are
 * section-local; see the report.
 */
export function createIncrementalAnalyzer(options: Omit<AnalyzeOptions, 'rules'> = {}): IncrementalAnalyzer {
  let last: { key: string; analysis: Analysis } | null = null;
  return {
    analyze(doc) {
      const key = fingerprint(doc);
      if (last && last.key === key) return { analysis: last.analysis, rulesMs: 0, reused: true };
      const t0 = performance.now();
      const analysis = analyze(doc, { ...options, rules: PANE_RULES });
      const rulesMs = performance.now() - t0;
      last = { key, analysis };
      return { analysis, rulesMs, reused: false };
    },
  };
}
