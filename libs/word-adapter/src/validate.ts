import type { CatalogEntry } from '@cds/plan';
import type { Analysis, AnalyzerPass, Finding } from '@cds/rules';
import { createIncrementalAnalyzer, type IncrementalAnalyzer } from './incremental.js';
import { placeOf } from './locate.js';
import { readDocument, type WordReading } from './read.js';
import type { Place } from './types.js';
import type { AgencyKind } from '@cds/template/enums';

export interface ValidateOptions {
  templateVersion?: string;
  /** The agency's assigned catalogue from the server; absent (offline) = coverage rule off. */
  catalog?: readonly CatalogEntry[] | null;
  agencyKind?: AgencyKind | null;
  agencyCode?: string | null;
  /** Reuse across passes (live re-validation). */
  analyzer?: IncrementalAnalyzer;
}

/** A finding with the place in Word it concerns (null for whole-document findings). */
export type LocatedFinding = Finding & { place: Place | null };

export interface Validation {
  reading: WordReading;
  analysis: Analysis;
  findings: LocatedFinding[];
  readMs: number;
  /** Time in the core (recognize, extract, rules), reused work included. */
  rulesMs: number;
  /** What the analyzer reused: nothing (a full pass), the last analysis, or all but the edited sections. */
  pass: AnalyzerPass;
  catalogRule: boolean;
}

/**
 * One validation pass: one read (one round trip), the core's analysis (what analyze()
 * gives; with `options.analyzer` across passes, an edit of a few paragraphs' text only
 * redoes their sections), places for every finding.
 */
export async function validateDocument(options: ValidateOptions = {}): Promise<Validation> {
  const t0 = performance.now();
  const reading = await readDocument();
  const readMs = performance.now() - t0;
  const analyzer =
    options.analyzer ??
    createIncrementalAnalyzer({
      ...(options.templateVersion ? { templateVersion: options.templateVersion } : {}),
      catalog: options.catalog ?? null,
      ...(options.agencyKind !== undefined ? { agencyKind: options.agencyKind } : {}),
      ...(options.agencyCode !== undefined ? { agencyCode: options.agencyCode } : {}),
    });
  const { analysis, rulesMs, pass } = analyzer.analyze(reading.doc);
  const heading = new Map(analysis.sections.map((s) => [s.id, s.blockId]));
  const control = new Map(analysis.outline.sections.filter((s) => s.controlId).map((s) => [s.id, s.controlId!]));
  const findings = analysis.findings.map((f) => ({ ...f, place: placeOf(f, reading, (id) => heading.get(id) ?? control.get(id) ?? null) }));
  return { reading, analysis, findings, readMs, rulesMs, pass, catalogRule: !!options.catalog };
}
