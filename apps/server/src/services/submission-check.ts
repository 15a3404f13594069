import { cleanStoredJson } from '@cds/api';
import { isDocxError, readDocx } from '@cds/docx';
import { foldKey } from '@cds/model';
import { detectAgency, type AgencyKind, type CatalogEntry, type PlanData } from '@cds/plan';
import { analyze, type Finding } from '@cds/rules';
import { formatMessages } from '../messages.vi.js';
import { comparePlans } from './plan-compare.js';
import { refuse, type Refusal } from './result.js';

export interface CheckContext {
  templateVersion: string;
  agencyKind: AgencyKind;
  /** The round's whole catalogue; analyze picks the entries assigned to this agency. */
  catalog: CatalogEntry[];
  /** The submitting account's agency, as the database has it. */
  agencyCode: string;
  agencyName: string;
}

export interface CheckedSubmission {
  kind: 'ok';
  plan: PlanData;
  findings: Finding[];
  completeness: number;
}

export type CheckResult = CheckedSubmission | Refusal;

/** A DocxError code ("zip-bomb") as one of our codes ("DOCX_ZIP_BOMB"). */
const docxCode = (code: string) => `DOCX_${code.toUpperCase().replace(/-/g, '_')}` as const;

/** The rule of @cds/rules for a header naming another agency; the fallback below also holds when it is ignored or silent (recoded agencies). */
const AGENCY_RULE = 'agency-mismatch';

/**
 * The agency the document's header names, when it is a known agency other than the
 * submitter's (by code and by name: admins may have renamed or recoded it). An
 * unknown or absent header is no refusal here; the rules judge the header.
 */
function otherAgency(doc: Parameters<typeof detectAgency>[0], firstHeading: string | undefined, ctx: CheckContext): string | null {
  const detected = detectAgency(doc, firstHeading);
  const named = detected.agency;
  if (!named) return null;
  const same = named.code.toLowerCase() === ctx.agencyCode.toLowerCase() || foldKey(named.name) === foldKey(ctx.agencyName);
  return same ? null : named.name;
}

/**
 * The server's own reading of a submitted .docx: it never trusts the client. Refuses
 * (422) a file that is unreadable or hostile, a plan whose header names another
 * agency, one with an error-severity finding (not ignored with a reason), or whose
 * extraction disagrees with the data the client sent. Text read from the file is
 * cleaned for storage (no NUL, no lone surrogate) before it is compared and kept.
 */
export function checkSubmission(bytes: Uint8Array, clientPlan: PlanData, ctx: CheckContext): CheckResult {
  let doc;
  try {
    doc = readDocx(bytes);
  } catch (e) {
    if (isDocxError(e)) return refuse(docxCode(e.code), { docxCode: e.code }, e.message);
    throw e;
  }
  const analysis = analyze(doc, { templateVersion: ctx.templateVersion, agencyKind: ctx.agencyKind, catalog: ctx.catalog, agencyCode: ctx.agencyCode });
  const plan = cleanStoredJson(analysis.plan);
  const findings = cleanStoredJson(analysis.findings);

  const ruled = findings.find((f) => f.rule === AGENCY_RULE && !f.ignored);
  const found = ruled?.data.found;
  const other = ruled ? (typeof found === 'string' ? found : (plan.agency.name ?? '')) : otherAgency(doc, analysis.outline.sections[0]?.headingBlockId, ctx);
  if (other) return refuse('AGENCY_MISMATCH', { documentAgency: other, accountAgency: ctx.agencyName }, formatMessages.agencyMismatch(other, ctx.agencyName));

  const blocking = findings.filter((f) => f.severity === 'error' && !f.ignored);
  if (blocking.length > 0) return refuse('PLAN_HAS_ERRORS', { findings, errorCount: blocking.length });
  const differences = comparePlans(clientPlan, plan);
  if (differences.length > 0) return refuse('PLAN_MISMATCH', { differences });
  return { kind: 'ok', plan, findings, completeness: analysis.completeness };
}
