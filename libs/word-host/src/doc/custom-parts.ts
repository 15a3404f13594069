import type { DocumentModel } from '@cds/model';

/** One custom XML part as both APIs see it; `key` is its entry in `DocumentModel.customParts`. */
export interface PartRef {
  key: string;
  id: string;
  namespaceUri: string;
}

/** The root element's default namespace, if any. */
export function rootNamespace(xml: string): string {
  const m = /<(?:[\w.-]+:)?[\w.-]+[^>]*?\sxmlns="([^"]*)"/.exec(xml.replace(/<\?xml[^>]*\?>/, ''));
  return m?.[1] ?? '';
}

/** A stable GUID-shaped id per part key, like Word's `{…}` part ids. */
export function partId(key: string): string {
  let h = 0;
  for (const ch of key) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return `{${h.toString(16).toUpperCase().padStart(8, '0')}-C0DE-4000-8000-000000000000}`;
}

export const looksLikeXml = (xml: string) => /^\s*(<\?xml[^>]*\?>)?\s*<[\w:.-]+/.test(xml);

export function listParts(doc: DocumentModel): PartRef[] {
  return Object.entries(doc.customParts ?? {}).map(([key, xml]) => ({ key, id: partId(key), namespaceUri: rootNamespace(xml) }));
}

/** Stores a part under its root namespace (the model's convention), or a generated id when it has none. */
export function addPart(doc: DocumentModel, xml: string): PartRef {
  doc.customParts ??= {};
  const ns = rootNamespace(xml);
  const n = Object.keys(doc.customParts).length;
  let key = ns || partId(`${xml}#${n}`);
  if (key in doc.customParts) key = `${ns}#${n}`;
  doc.customParts[key] = xml;
  return { key, id: partId(key), namespaceUri: ns };
}
