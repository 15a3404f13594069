import { IGNORES_PART_KEY, parseIgnoresXml, serializeIgnoresXml, type Ignore } from '@cds/plan';
import { readCustomParts, writeCustomPart } from './office-xml.js';
import { IgnoreInputSchema, type IgnoreInput } from './types.js';

/**
 * "Ignore, with a reason", kept in the document's custom XML part `urn:cds:ignores`
 * (so a copy of the file keeps it and MST sees it). An ignore names the rule and the
 * section, not a block id: block ids are per reading, and the server and the command
 * line read the same file with ids of their own.
 */
export async function readDocumentIgnores(): Promise<Ignore[]> {
  const xml = (await readCustomParts())[IGNORES_PART_KEY];
  return xml ? parseIgnoresXml(xml) : [];
}

const same = (a: Pick<Ignore, 'rule' | 'section'>, b: Pick<Ignore, 'rule' | 'section'>) => a.rule === b.rule && a.section === b.section;

/** Adds (or replaces) one ignore; returns the document's ignores after the change. */
export async function saveIgnore(input: IgnoreInput, now: Date = new Date()): Promise<Ignore[]> {
  const i = IgnoreInputSchema.parse(input);
  const list = (await readDocumentIgnores()).filter((x) => !same(x, i));
  list.push({ rule: i.rule, section: i.section, blockId: null, reason: i.reason, ...(i.by ? { by: i.by } : {}), at: now.toISOString() });
  await writeCustomPart(IGNORES_PART_KEY, serializeIgnoresXml(list));
  return list;
}

/** Removes the ignore of this rule and section. */
export async function removeIgnore(target: Pick<Ignore, 'rule' | 'section'>): Promise<Ignore[]> {
  const list = (await readDocumentIgnores()).filter((x) => !same(x, target));
  await writeCustomPart(IGNORES_PART_KEY, serializeIgnoresXml(list));
  return list;
}
