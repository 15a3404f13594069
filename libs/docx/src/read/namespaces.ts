import type { XNode } from './xml.js';

/** The prefixes our reader expects, by namespace URI (transitional and strict OOXML). */
const CANONICAL: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/word/2012/wordml': 'w15',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.microsoft.com/office/webextensions/webextension/2010/11': 'we',
};

/**
 * Word and LibreOffice always use the conventional prefixes (`w:`, `r:`…), but
 * other generators may bind the same namespaces to `ns0:` or make one the default
 * namespace. When the root element declares such a binding, rename tags and
 * attributes throughout to the conventional prefixes; otherwise do nothing.
 */
export function canonicalPrefixes(top: XNode[], rootEl: XNode): XNode[] {
  const attrs = rootEl[':@'] as Record<string, string> | undefined;
  if (!attrs) return top;
  const map = canonicalMap(attrs);
  return map.size ? top.map((n) => rename(n, map)) : top;
}

/** The prefixes to rename (written prefix → ours), from the root element's attributes; empty when all are ours. */
export function canonicalMap(attrs: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [k, uri] of Object.entries(attrs)) {
    const want = CANONICAL[uri];
    if (!want) continue;
    const prefix = k === 'xmlns' ? '' : k.startsWith('xmlns:') ? k.slice(6) : undefined;
    if (prefix !== undefined && prefix !== want) map.set(prefix, want);
  }
  return map;
}

function rename(n: XNode, map: Map<string, string>): XNode {
  const out: XNode = {};
  for (const k in n) {
    if (k === '#text') out[k] = n[k];
    else if (k === ':@') {
      const attrs: Record<string, string> = {};
      // Unprefixed attributes are in no namespace, so only prefixed ones move.
      for (const [a, v] of Object.entries(n[k] as Record<string, string>)) attrs[a.includes(':') ? renamed(a, map) : a] = v;
      out[k] = attrs;
    } else out[renamed(k, map)] = (n[k] as XNode[]).map((c) => rename(c, map));
  }
  return out;
}

function renamed(name: string, map: Map<string, string>): string {
  const i = name.indexOf(':');
  const prefix = i < 0 ? '' : name.slice(0, i);
  if (prefix === 'xmlns') return name;
  const to = map.get(prefix);
  return to === undefined ? name : `${to}:${i < 0 ? name : name.slice(i + 1)}`;
}
