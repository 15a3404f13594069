import type { Finding, Severity } from '@cds/rules';
import type { DiagnosticsReportBody as DiagnosticsReport } from '@cds/api';

/** A finding as the pane shows it, with an opaque handle to its place in Word. */
export interface CompatFinding {
  severity: Severity;
  section: string | null;
  message: string;
  rule: string;
  hasPlace: boolean;
  /** The adapter's place, given back to `select`. */
  place: unknown;
}

export interface CompatValidation {
  findings: CompatFinding[];
  /** Template sections in order, with the heading Word should show. */
  sections: { id: string; heading: string }[];
  counts: { error: number; warning: number; info: number };
  completeness: number;
  /** The document has no text at all (the framework may replace the body). */
  empty: boolean;
  catalogRule: boolean;
}

/** What the pane needs from Word; the adapter implements it (`adapter-port.ts`), tests can fake it. */
export interface CompatPort {
  validate(): Promise<CompatValidation>;
  select(finding: CompatFinding): Promise<boolean>;
  insertFramework(replaceBody: boolean): Promise<void>;
  /** Runs every adapter operation in a scratch document and reports (the adapter's runDiagnostics). */
  diagnose(): Promise<DiagnosticsReport>;
  /** The open document as .docx bytes (what is submitted). */
  documentFile(): Promise<Uint8Array>;
}

export const toCompatFinding = (f: Finding & { place: unknown }): CompatFinding => ({
  severity: f.severity,
  section: f.section,
  message: f.message,
  rule: f.rule,
  hasPlace: f.place != null,
  place: f.place,
});
