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
  /**
   * What the rule looks at, for the incremental analyzer (`createAnalyzer`): when none
   * of these changed since the last pass, its findings are reused. Absent = anything
   * (the rule always runs again). Besides these, every rule may read the template, the
   * agency kind, the catalogue, the detected agency and the agency code, whose change
   * makes every rule run again.
   */
  reads?: readonly RuleInput[];
}

/**
 * Parts of a context a rule can depend on. `outline`: the recognised sections (and
 * `indexOf(ctx).present`); `structure`: the body's block ids, kinds, order and content
 * controls (which paragraph sits in which section, `doc.body[0]`); `tables`: the
 * document's tables, cell text included; `plan.*`: the extracted data; `doc`: what is
 * not the body (page setup, defaults, header, tracked changes, custom parts).
 * Paragraph text outside tables (the index's `text`, `folded`, items…) has no name:
 * a rule reading it declares no `reads`.
 */
export const RULE_INPUTS = [
  'outline',
  'structure',
  'tables',
  'plan.sections',
  'plan.indicators',
  'plan.tasks',
  'plan.projects2025',
  'plan.tables',
  'doc',
] as const;
export type RuleInput = (typeof RULE_INPUTS)[number];
