import type { DocumentModel } from '@cds/model';
import { parseIgnoresXml } from './ignores-xml.js';
import { IgnoreSchema } from './schema.js';
import type { Ignore } from './schema.js';

/**
 * Where the add-in saves "ignore, with a reason" decisions in the document: the
 * document setting `cds.ignores` (Office.context.document.settings), holding a JSON
 * array of IgnoreSchema objects. A custom XML part with namespace IGNORES_PART_KEY
 * (`doc.customParts['urn:cds:ignores']`) is read too, as XML (see ignores-xml.ts)
 * or as the same JSON.
 */
export const IGNORES_SETTING_KEY = 'cds.ignores';
export const IGNORES_PART_KEY = 'urn:cds:ignores';

function parseList(json: string | undefined): Ignore[] {
  if (!json) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  // Keep the valid entries: one malformed entry must not drop the others.
  return raw.flatMap((x) => {
    const r = IgnoreSchema.safeParse(x);
    return r.success ? [r.data] : [];
  });
}

/** The ignores a document carries (settings first, then the custom part; duplicates dropped). */
export function readIgnores(doc: DocumentModel): Ignore[] {
  const part = doc.customParts?.[IGNORES_PART_KEY]?.trim();
  const fromPart = part?.startsWith('<') ? parseIgnoresXml(part) : parseList(part);
  const all = [...parseList(doc.settings?.[IGNORES_SETTING_KEY]), ...fromPart];
  const seen = new Set<string>();
  return all.filter((i) => {
    const k = `${i.rule}|${i.section}|${i.blockId}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The setting value to store for these ignores. */
export function serializeIgnores(ignores: readonly Ignore[]): string {
  return JSON.stringify(ignores.map((i) => IgnoreSchema.parse(i)));
}
