import { XMLParser } from 'fast-xml-parser';
import { DocxError } from '../errors.js';
import { canonicalPrefixes } from './namespaces.js';
import { scanXml } from './scan.js';

/**
 * A node as fast-xml-parser gives it with `preserveOrder`: one key naming the
 * element (or `#text`) whose value is the ordered child list, and `:@` holding
 * the attributes. We read this shape directly rather than copying it.
 */
export type XNode = Record<string, unknown>;

const ATTRS = ':@';
const TEXT = '#text';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Entities are never expanded; the five XML escapes and character references are decoded by `decode`.
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
  // Callbacks get the matcher instead of a path string built per attribute and text: much faster.
  jPath: false,
  // Real documents nest tables in controls in cells; allow depth, still bounded.
  maxNestedTags: 512,
});

const decoder = new TextDecoder('utf-8');
/** Node's Buffer decodes UTF-8 faster than TextDecoder; used when present (not in browsers). */
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike, o: number, l: number): { toString(enc: 'utf8'): string } } }).Buffer;

let useFastXmlParser = false;

/**
 * Chooses the XML parser: our strict scanner (default, several times faster on
 * large documents) or fast-xml-parser with `preserveOrder`. Both give the same
 * tree; the switch exists for the differential test and as a fallback.
 */
export function setXmlParser(which: 'scan' | 'fast-xml-parser'): void {
  useFastXmlParser = which === 'fast-xml-parser';
}

/** Bytes of a part to text: UTF-8, BOM dropped. */
export function partText(bytes: Uint8Array): string {
  const s = NodeBuffer ? NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : decoder.decode(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/**
 * Parses one part. Any DOCTYPE or ENTITY declaration is refused before parsing, so
 * no entity can ever be defined, let alone expanded.
 */
export function parseXml(bytes: Uint8Array | string, part: string): XNode[] {
  const xml = typeof bytes === 'string' ? bytes : partText(bytes);
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new DocxError('xml-dtd', part);
  let out: XNode[];
  try {
    out = useFastXmlParser ? (parser.parse(xml) as XNode[]) : scanXml(xml);
  } catch {
    throw new DocxError('xml-malformed', part);
  }
  const top = root(out);
  if (!top || (useFastXmlParser && !endsWithRoot(xml, tag(top)))) throw new DocxError('xml-malformed', part);
  return canonicalPrefixes(out, top);
}

/** fast-xml-parser is lenient; a part cut short (the usual damage) must still end with its root's end tag. */
function endsWithRoot(xml: string, name: string): boolean {
  const end = xml.trimEnd();
  return end.endsWith('/>') || end.replace(/\s+>$/, '>').endsWith(`</${name}>`);
}

/** The element name of a node (`w:p`), or `#text`. */
export function tag(n: XNode): string {
  for (const k in n) if (k !== ATTRS) return k;
  return '';
}

/** Children of an element, in document order. */
export function kids(n: XNode): XNode[] {
  for (const k in n) if (k !== ATTRS) return (n[k] as XNode[]) ?? [];
  return [];
}

/** An attribute value, entity-decoded. */
export function attr(n: XNode | undefined, name: string): string | undefined {
  const a = n?.[ATTRS] as Record<string, string> | undefined;
  const v = a?.[name];
  return v === undefined ? undefined : decode(v);
}

/** The first child element with this name. */
export function child(n: XNode | undefined, name: string): XNode | undefined {
  if (!n) return undefined;
  for (const c of kids(n)) if (name in c) return c;
  return undefined;
}

/** `w:val` of the first child with this name. */
export function childVal(n: XNode | undefined, name: string): string | undefined {
  return attr(child(n, name), 'w:val');
}

/** The decoded text of a `#text` node, or '' for elements. */
export function textOf(n: XNode): string {
  const t = n[TEXT];
  return typeof t === 'string' ? decode(t) : '';
}

/** Concatenated text of every descendant text node. */
export function deepText(n: XNode): string {
  if (TEXT in n) return textOf(n);
  let s = '';
  for (const c of kids(n)) s += deepText(c);
  return s;
}

/** The root element of a parsed part. */
export function root(doc: XNode[]): XNode | undefined {
  return doc.find((n) => tag(n) !== TEXT);
}

/** OOXML on/off value: absent val, "1", "true", "on" mean on. */
export function onOff(n: XNode | undefined): boolean | undefined {
  if (!n) return undefined;
  const v = attr(n, 'w:val');
  return v === undefined || v === '1' || v === 'true' || v === 'on';
}

const ENTITY = /&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined XML escapes and numeric character references; nothing else. */
export function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? m;
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}
