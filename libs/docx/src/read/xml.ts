import { DocxError } from '../errors.js';
import { xmlCharOf } from './chars.js';
import { partText } from './encoding.js';
import { canonicalPrefixes } from './namespaces.js';
import { scanXml } from './scan.js';

/**
 * A node as fast-xml-parser gives it with `preserveOrder`: one key naming the
 * element (or `#text`) whose value is the ordered child list, and `:@` holding
 * the attributes. We read this shape directly rather than copying it.
 */
export type XNode = Record<string, unknown>;

/**
 * An element (or, named `#text`, a text node) as the stream reader builds the
 * few it keeps (`w:pPr`, `w:rPr`, `w:sectPr`, a style…): one shape for all, its
 * values already decoded. The accessors below take either kind of node.
 */
export class El {
  constructor(
    readonly name: string,
    readonly attrs: Record<string, string> | undefined,
    /** `NO_CHILDREN` (shared, never pushed to) until the element gets one: most property elements are leaves. */
    public children: El[] = NO_CHILDREN,
    public text = '',
  ) {}
}

export const NO_CHILDREN: El[] = [];

const isEl = (n: unknown): n is El => n instanceof El;

/** An `El` where an `XNode` is expected (the accessors tell them apart). */
export const asNode = (e: El): XNode => e as unknown as XNode;

/**
 * Turns a part's text (no DOCTYPE: refused before) into that node list, throwing
 * anything for input that is not well-formed. The default is `scanXml`;
 * `@cds/docx/fast-xml-parser` offers fast-xml-parser as an alternative.
 */
export type XmlParser = (xml: string) => XNode[];

export { partText };

const ATTRS = ':@';
const TEXT = '#text';

/**
 * Parses one part. Any DOCTYPE or ENTITY declaration is refused before parsing, so
 * no entity can ever be defined, let alone expanded.
 */
export function parseXml(bytes: Uint8Array | string, part: string, parse: XmlParser = scanXml): XNode[] {
  const xml = typeof bytes === 'string' ? bytes : partText(bytes, part);
  if (hasDeclarations(xml)) throw new DocxError('xml-dtd', part);
  let out: XNode[];
  try {
    out = parse(xml);
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('xml-malformed', part);
  }
  const top = root(out);
  if (!top) throw new DocxError('xml-malformed', part);
  return canonicalPrefixes(out, top);
}

/** A DOCTYPE or ENTITY declaration anywhere in a part's text. */
export function hasDeclarations(xml: string): boolean {
  // `!` is rare in XML (comments, CDATA, some text): finding it natively and looking closer is much faster than a regex over the part.
  for (let i = xml.indexOf('!'); i >= 0; i = xml.indexOf('!', i + 1))
    if (xml.charCodeAt(i - 1) === 60 && DECLARATION.test(xml.slice(i + 1, i + 8))) return true;
  return false;
}

const DECLARATION = /^(DOCTYPE|ENTITY)/i;

/** The element name of a node (`w:p`), or `#text`. */
export function tag(n: XNode): string {
  if (isEl(n)) return n.name;
  for (const k in n) if (k !== ATTRS) return k;
  return '';
}

/** Children of an element, in document order. */
export function kids(n: XNode): XNode[] {
  if (isEl(n)) return n.children as unknown as XNode[];
  for (const k in n) if (k !== ATTRS) return (n[k] as XNode[]) ?? [];
  return [];
}

/** An attribute value, entity-decoded. */
export function attr(n: XNode | undefined, name: string): string | undefined {
  if (isEl(n)) return n.attrs?.[name];
  const a = n?.[ATTRS] as Record<string, string> | undefined;
  const v = a?.[name];
  return v === undefined ? undefined : decode(v);
}

/** The first child element with this name. */
export function child(n: XNode | undefined, name: string): XNode | undefined {
  if (!n) return undefined;
  if (isEl(n)) {
    for (const c of n.children) if (c.name === name) return asNode(c);
    return undefined;
  }
  for (const c of kids(n)) if (name in c) return c;
  return undefined;
}

/** `w:val` of the first child with this name. */
export function childVal(n: XNode | undefined, name: string): string | undefined {
  return attr(child(n, name), 'w:val');
}

/** The decoded text of a `#text` node, or '' for elements. */
export function textOf(n: XNode): string {
  if (isEl(n)) return n.name === TEXT ? n.text : '';
  const t = n[TEXT];
  return typeof t === 'string' ? decode(t) : '';
}

/** Concatenated text of every descendant text node. */
export function deepText(n: XNode): string {
  if (isEl(n) ? n.name === TEXT : TEXT in n) return textOf(n);
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
    // References to characters XML does not allow (NUL, surrogates, past U+10FFFF) are dropped.
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return xmlCharOf(cp);
  });
}
