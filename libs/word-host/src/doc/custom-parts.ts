import type { DocumentModel } from '@cds/model';

/** One custom XML part as both APIs see it; `key` is its entry in `DocumentModel.customParts`. */
export interface PartRef {
  key: string;
  id: string;
  namespaceUri: string;
}

/**
 * The root element's default namespace, if any. XML allows either quote around an
 * attribute value (XML 1.0 §3.1, AttValue), so `xmlns='…'` counts as `xmlns="…"` does.
 */
export function rootNamespace(xml: string): string {
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  const start = /<[\w.:-]+(\s[^>]*)?>/.exec(body);
  const m = /\sxmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(start?.[1] ?? '');
  return m?.[1] ?? m?.[2] ?? '';
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
