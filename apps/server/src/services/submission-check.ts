import { isDocxError, readDocx } from '@cds/docx';
import type { AgencyKind, CatalogEntry, PlanData } from '@cds/plan';
import { analyze, type Finding } from '@cds/rules';
import { AppError } from '../errors.js';
import { comparePlans } from './plan-compare.js';

export interface CheckContext {
  templateVersion: string;
  agencyKind: AgencyKind;
  /** The round's whole catalogue; analyze picks the entries assigned to this agency. */
  catalog: CatalogEntry[];
  agencyCode: string;
}

export interface CheckedSubmission {
  plan: PlanData;
  findings: Finding[];
  completeness: number;
}

/** A DocxError code ("zip-bomb") as one of our codes ("DOCX_ZIP_BOMB"). */
const docxCode = (code: string) => `DOCX_${code.toUpperCase().replace(/-/g, '_')}`;

/**
 * The server's own reading of a submitted .docx: it never trusts the client.
 * Throws a 422 AppError when the file is unreadable or hostile, when the rules find
 * an error-severity finding (not ignored with a reason), or when the server's
 * extraction disagrees with the data the client sent.
 */
export function checkSubmission(bytes: Uint8Array, clientPlan: PlanData, ctx: CheckContext): CheckedSubmission {
  let doc;
  try {
    doc = readDocx(bytes);
  } catch (e) {
    if (isDocxError(e)) throw new AppError(422, docxCode(e.code), e.message, { docxCode: e.code });
    throw e;
  }
  const { plan, findings, completeness } = analyze(doc, { templateVersion: ctx.templateVersion, agencyKind: ctx.agencyKind, catalog: ctx.catalog, agencyCode: ctx.agencyCode });
  const blocking = findings.filter((f) => f.severity === 'error' && !f.ignored);
  if (blocking.length > 0) throw AppError.of(422, 'PLAN_HAS_ERRORS', { findings, errorCount: blocking.length });
  const differences = comparePlans(clientPlan, plan);
  if (differences.length > 0) throw AppError.of(422, 'PLAN_MISMATCH', { differences });
  return { plan, findings, completeness };
}
