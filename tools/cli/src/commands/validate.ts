import { analyze, type Analysis } from '@cds/rules';
import type { CliArgs } from '../args.js';
import { loadCatalog, loadDocument } from '../load.js';
import { renderReport } from '../report.js';
import type { ValidationJson } from '../validation-schema.js';

/** The JSON object of `validate --json` (PRODUCT.md's contract: these names may not change). */
export function validationJson(file: string, result: Analysis): ValidationJson {
  const { plan, outline, findings, agencyKind } = result;
  const counts = new Map(result.sections.map((s) => [s.id, s]));
  return {
    file,
    templateVersion: plan.templateVersion,
    agency: { name: plan.agency.name, kind: agencyKind },
    sections: outline.sections.map((s) => ({
      id: s.id,
      heading: s.headingText,
      blockId: s.headingBlockId,
      via: s.via,
      error: counts.get(s.id)?.error ?? 0,
      warning: counts.get(s.id)?.warning ?? 0,
    })),
    findings,
    summary: result.counts,
    completeness: result.completeness,
  };
}

export async function validateCommand(args: CliArgs, out: (s: string) => void): Promise<number> {
  const doc = await loadDocument(args.file);
  const catalog = args.catalog ? await loadCatalog(args.catalog) : null;
  const result = analyze(doc, { agencyKind: args.agencyKind ?? undefined, catalog: catalog ?? undefined });
  const json = validationJson(args.file, result);
  out(args.json ? JSON.stringify(json, null, 2) : renderReport(json, result));
  return args.strict && json.summary.error > 0 ? 1 : 0;
}
