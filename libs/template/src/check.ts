import type { Template } from './types.js';

/**
 * Structural problems in a template's data (empty when it is sound): unique ids,
 * parents listed before their children, levels one below the parent, child ids
 * built from the parent id, tables placed in existing sections. The registry
 * refuses a template with problems, so a new version's data file is checked on load.
 */
export function checkTemplate(t: Template): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const s of t.sections) {
    if (seen.has(s.id)) problems.push(`duplicate id ${s.id}`);
    if (s.parent === undefined) {
      if (s.level !== 0) problems.push(`${s.id}: top-level section must have level 0`);
    } else {
      const parentLevel = seen.get(s.parent);
      if (parentLevel === undefined) problems.push(`${s.id}: parent ${s.parent} missing or listed after it`);
      else if (s.level !== parentLevel + 1) problems.push(`${s.id}: level ${s.level} under level ${parentLevel}`);
      if (!s.id.startsWith(`${s.parent}.`)) problems.push(`${s.id}: id does not extend parent id ${s.parent}`);
    }
    if (!s.title.trim()) problems.push(`${s.id}: empty title`);
    seen.set(s.id, s.level);
  }
  for (const spec of Object.values(t.tables)) {
    if (!seen.has(spec.section)) problems.push(`table ${spec.kind}: unknown section ${spec.section}`);
    const keys = spec.columns.map((c) => c.key);
    if (new Set(keys).size !== keys.length) problems.push(`table ${spec.kind}: duplicate column key`);
  }
  if (t.legalBasisSection !== undefined && !seen.has(t.legalBasisSection)) problems.push(`legal basis: unknown section ${t.legalBasisSection}`);
  const docKeys = t.knownDocuments.map((d) => d.key);
  if (new Set(docKeys).size !== docKeys.length) problems.push('duplicate known document key');
  return problems;
}
