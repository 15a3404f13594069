import { readDocx, writeDocx } from '@cds/docx';
import type { PlanData } from '@cds/plan';
import { analyze } from '@cds/rules';
import { buildCleanPlanModel, type PlanSize } from '@cds/plan/testing';
import { unzipSync, zipSync } from 'fflate';
import { randomBytes } from 'node:crypto';

/**
 * A clean province plan of `size` padded to about `targetBytes` with an
 * incompressible part the reader ignores (as a scanned signature or an image would
 * be), the plan data the add-in would send with it, and how long one read + analyze
 * took here.
 */
export function benchDocx(targetBytes: number, size: Partial<PlanSize>): { bytes: Uint8Array; plan: PlanData; checkMs: number } {
  let bytes = writeDocx(buildCleanPlanModel({ agencyKind: 'province', size }));
  if (bytes.length < targetBytes) {
    const files = unzipSync(bytes);
    files['customXml/bench-padding.bin'] = randomBytes(targetBytes - bytes.length);
    bytes = zipSync(files, { level: 6 });
  }
  // The bench round has no catalogue: the server analyses with an empty one too.
  analyze(readDocx(bytes), { agencyKind: 'province', catalog: [] });
  const t0 = performance.now();
  const { plan } = analyze(readDocx(bytes), { agencyKind: 'province', catalog: [] });
  return { bytes, plan, checkMs: performance.now() - t0 };
}
