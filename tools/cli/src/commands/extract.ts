import { analyze } from '@cds/rules';
import type { CliArgs } from '../args.js';
import { loadDocument } from '../load.js';

/** `extract`: the plan's data (PlanDataSchema) as JSON. */
export async function extractCommand(args: CliArgs, out: (s: string) => void): Promise<number> {
  const doc = await loadDocument(args.file);
  const { plan } = analyze(doc, { agencyKind: args.agencyKind ?? undefined });
  out(JSON.stringify(plan, null, 2));
  return 0;
}
