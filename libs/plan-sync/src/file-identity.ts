import { isDocxError, readDocx } from '@cds/docx';
import { parseIdentityXml, samePlan, type PlanIdentity } from '@cds/word-adapter/sync';
import { syncMessages as m } from './messages.vi.js';

/**
 * Checks that a file the user picked is the plan open in Word: its custom XML
 * identity part names the same plan, round and agency. Returns the reason to refuse
 * it, or null when it is the same plan.
 */
export function pickedFileProblem(bytes: Uint8Array, open: PlanIdentity): string | null {
  let parts: Record<string, string>;
  try {
    parts = readDocx(bytes).customParts ?? {};
  } catch (e) {
    return m.fileUnreadable(isDocxError(e) ? e.message : String(e));
  }
  const found = Object.values(parts)
    .map(parseIdentityXml)
    .filter((x): x is PlanIdentity => x !== null);
  if (found.length === 0) return m.fileNoIdentity;
  const match = found.find((f) => samePlan(f, open));
  return match ? null : m.fileOtherPlan(found[0]!.agencyName || found[0]!.agencyCode);
}
