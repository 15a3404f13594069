import type { DocumentModel } from '@cds/model';
import type { AgencyKind, CatalogEntry, DetectedAgency, Outline, PlanData } from '@cds/plan';
import type { Template } from '@cds/template';
import type { Finding, Severity } from './finding.js';
import type { MessageData, MessageKey } from './messages.vi.js';

/** Everything a rule may look at. Plain data; rules never do I/O. */
export interface RuleContext {
  doc: DocumentModel;
  template: Template;
  outline: Outline;
  plan: PlanData;
  /** Province or central agency; null when unknown (kind-specific checks are then skipped). */
  agencyKind: AgencyKind | null;
  /** Catalogue entries assigned to this agency; null when no catalogue is known (coverage rule off). */
  catalog: CatalogEntry[] | null;
  /** The agency the document's header names (read once by analyze); absent in hand-built contexts. */
  detectedAgency?: DetectedAgency;
  /** The signed-in agency's code, when the caller knows it (the server, the add-in); null or absent otherwise. */
  agencyCode?: string | null;
}

/**
 * What a rule reports: where, and which message with which values. The engine
 * stamps the rule id and default severity, adds the section's name (`where`) to the
 * data, and renders the Vietnamese message from `messageId` and `data`.
 */
export type ReportInput = Omit<Finding, 'rule' | 'severity' | 'ignored' | 'message' | 'messageId' | 'data'> & {
  severity?: Severity;
  messageId: MessageKey;
  data?: MessageData;
};
export type Report = (finding: ReportInput) => void;

/**
 * A rule: a small serialisable object with a pure `run`. It reports through
 * `report` and must not throw (the engine still guards, and turns a throw into an
 * `info` finding so one broken rule never hides the others).
 */
export interface Rule {
  id: string;
  severity: Severity;
  /** One Vietnamese sentence saying what the rule checks (shown in the add-in's help). */
  description: string;
  run(ctx: RuleContext, report: Report): void;
}
