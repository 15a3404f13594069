import type { DocumentModel } from '@cds/model';
import { allRules, createAnalyzer, type AnalyzeOptions, type Analysis, type AnalyzerPass } from '@cds/rules';

/** Rules that need the page setup, which WordApi 1.3 cannot read: the pane leaves them to the server and the CLI. */
export const PAGE_RULES = ['format-page', 'format-margins', 'format-page-number'] as const;
export const PANE_RULES = allRules.filter((r) => !(PAGE_RULES as readonly string[]).includes(r.id));

export interface IncrementalAnalyzer {
  /**
   * Analyses the document (what `analyze()` gives with the pane's rules). An unchanged
   * document costs no rule time; an edit of body paragraphs' text redoes only what it
   * can affect (see `createAnalyzer` in @cds/rules).
   */
  analyze(doc: DocumentModel): { analysis: Analysis; rulesMs: number; reused: boolean; pass: AnalyzerPass };
}

/**
 * The pane's analyzer across passes of live validation: `createAnalyzer` from the core
 * over the pane's rules, so each debounced full read is compared with the previous
 * one and only the changed sections are analysed again.
 */
export function createIncrementalAnalyzer(options: Omit<AnalyzeOptions, 'rules'> = {}): IncrementalAnalyzer {
  const analyzer = createAnalyzer({ ...options, rules: PANE_RULES });
  return {
    analyze(doc) {
      const t0 = performance.now();
      const analysis = analyzer.analyze(doc);
      const rulesMs = performance.now() - t0;
      const pass = analyzer.lastPass!;
      return { analysis, rulesMs, reused: pass.mode === 'unchanged', pass };
    },
  };
}
