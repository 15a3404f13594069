/// <reference types="office-js" />
import { IGNORES_PART_KEY } from '@cds/plan';

/**
 * Custom XML parts through the common API (`Office.context.document.customXmlParts`,
 * requirement set CustomXmlParts 1.1), which every Word since 2016 has: the parts
 * travel with every copy of the file, unlike `document.settings` (WordApi 1.4,
 * and absent from getFileAsync until saved, OfficeDev/office-js #6434).
 */
const NAMESPACES = [IGNORES_PART_KEY];

function call<T>(fn: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    fn((r) => (String(r.status) === 'succeeded' ? resolve(r.value) : reject(new Error(r.error?.message ?? 'custom XML part')))),
  );
}

const parts = () => (globalThis as { Office?: typeof Office }).Office?.context?.document?.customXmlParts;

/** The add-in's parts by namespace (empty outside Office). */
export async function readCustomParts(): Promise<Record<string, string>> {
  const api = parts();
  if (!api) return {};
  const out: Record<string, string> = {};
  for (const ns of NAMESPACES) {
    const found = await call<Office.CustomXmlPart[]>((cb) => api.getByNamespaceAsync(ns, cb));
    if (found[0]) out[ns] = await call<string>((cb) => found[0]!.getXmlAsync(cb));
  }
  return out;
}

/** Replaces the part of this namespace (delete every old one, add the new one). */
export async function writeCustomPart(ns: string, xml: string): Promise<void> {
  const api = parts();
  if (!api) throw new Error('Office.context.document.customXmlParts');
  const old = await call<Office.CustomXmlPart[]>((cb) => api.getByNamespaceAsync(ns, cb));
  for (const p of old) await call<void>((cb) => p.deleteAsync(cb));
  await call<Office.CustomXmlPart>((cb) => api.addAsync(xml, cb));
}
