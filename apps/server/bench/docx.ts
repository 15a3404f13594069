import { readDocx, writeDocx } from '@cds/docx';
import type { PlanData } from '@cds/plan';
import { analyze } from '@cds/rules';
import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/testing';
import { unzipSync, zipSync } from 'fflate';
import { randomBytes } from 'node:crypto';

/**
 * A clean province plan of about `targetBytes`: the large (≈150-page) plan, padded
 * when smaller with an incompressible part the reader ignores. Plus the plan data
 * the add-in would send with it.
 */
export function benchDocx(targetBytes: number): { bytes: Uint8Array; plan: PlanData } {
  let bytes = writeDocx(buildCleanPlanModel({ agencyKind: 'province', size: LARGE_PLAN_SIZE }));
  if (bytes.length < targetBytes) {
    const files = unzipSync(bytes);
    files['customXml/bench-padding.bin'] = randomBytes(targetBytes - bytes.length);
    bytes = zipSync(files, { level: 6 });
  }
  // The bench round has no catalogue: the server analyses with an empty one too.
  const { plan } = analyze(readDocx(bytes), { agencyKind: 'province', catalog: [] });
  return { bytes, plan };
}
