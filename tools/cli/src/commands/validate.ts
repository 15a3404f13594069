import { analyze } from '@cds/rules';
import type { CliArgs } from '../args.js';
import { loadCatalog, loadDocument } from '../load.js';
import { renderReport } from '../report.js';

/** The JSON object of `validate --json` (PRODUCT.md's contract: these names may not change). */
export function validationJson(file: string, result: Awaited<ReturnType<typeof analyze>>) {
  const { plan, outline, findings } = result;
  const count = (s: string) => findings.filter((f) => f.severity === s && !f.ignored).length;
  return {
    file,
    templateVersion: plan.templateVersion,
    agency: plan.agency,
    sections: outline.sections.map((s) => ({ id: s.id, heading: s.headingText, blockId: s.headingBlockId, via: s.via })),
    findings,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}

export async function validateCommand(args: CliArgs, out: (s: string) => void): Promise<number> {
  const doc = await loadDocument(args.file);
  const catalog = args.catalog ? await loadCatalog(args.catalog) : null;
  const result = await analyze(doc, { agencyKind: args.agencyKind ?? undefined, catalog: catalog ?? undefined });
  const json = validationJson(args.file, result);
  out(args.json ? JSON.stringify(json, null, 2) : renderReport(json, result));
  return args.strict && json.summary.errors > 0 ? 1 : 0;
}
