import type { XNode } from './xml.js';

/** Thrown by `scanXml` for input that is not well-formed; the caller maps it to a DocxError. */
export class XmlSyntaxError extends Error {}

/** Deepest element nesting accepted (real documents nest tables in controls in cells; still bounded). */
export const MAX_DEPTH = 512;

/**
 * A strict, minimal XML scanner for OOXML parts, producing exactly the node shape
 * fast-xml-parser gives with `preserveOrder` (a differential test holds the two to
 * that over the whole corpus). It exists for speed: a 3,000-paragraph document
 * parses several times faster. It knows no DTDs (callers refuse them first),
 * never expands entities (text and attribute values stay raw; `decode` handles
 * the predefined escapes), and rejects mismatched or unclosed tags.
 */
export function scanXml(xml: string): XNode[] {
  // XML end-of-line handling: CRLF and lone CR read as LF.
  if (xml.includes('\r')) xml = xml.replace(/\r\n?/g, '\n');
  const top: XNode[] = [];
  const stack: XNode[][] = [top];
  const names: string[] = [];
  let out = top;
  let text = '';
  let i = 0;
  const n = xml.length;
  const flush = (): void => {
    if (text !== '' && stack.length > 1) out.push({ '#text': text });
    text = '';
  };
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      text += xml.slice(i);
      break;
    }
    if (lt > i) text += xml.slice(i, lt);
    const c = xml.charCodeAt(lt + 1);
    if (c === 47) {
      // </name>
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XmlSyntaxError('unclosed end tag');
      const name = xml.slice(lt + 2, gt).trimEnd();
      if (names.pop() !== name) throw new XmlSyntaxError(`mismatched </${name}>`);
      flush();
      stack.pop();
      out = stack[stack.length - 1]!;
      i = gt + 1;
    } else if (c === 63) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) throw new XmlSyntaxError('unclosed processing instruction');
      i = end + 2;
    } else if (c === 33) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlSyntaxError('unclosed comment');
        i = end + 3; // text on both sides of a comment joins, as in fast-xml-parser
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlSyntaxError('unclosed CDATA');
        flush();
        if (stack.length > 1) out.push({ '#text': xml.slice(lt + 9, end) });
        i = end + 3;
      } else throw new XmlSyntaxError('declarations are not allowed');
    } else {
      flush();
      i = startTag(xml, lt);
      const children: XNode[] = [];
      const node: XNode = { [tagName]: children };
      if (tagAttrs) node[':@'] = tagAttrs;
      out.push(node);
      if (!tagSelfClosing) {
        if (names.length >= MAX_DEPTH) throw new XmlSyntaxError('nested too deeply');
        names.push(tagName);
        stack.push(children);
        out = children;
      }
    }
  }
  if (names.length) throw new XmlSyntaxError(`unclosed <${names[names.length - 1]}>`);
  return top;
}

// The start tag just read (module state rather than a callback: this is the hot path).
let tagName = '';
let tagAttrs: Record<string, string> | undefined;
let tagSelfClosing = false;

/** Reads `<name a="v" …>` or `<name …/>` at `lt` into the tag state; returns the index after it. */
function startTag(xml: string, lt: number): number {
  let i = lt + 1;
  const n = xml.length;
  while (i < n && !isNameEnd(xml.charCodeAt(i))) i++;
  const name = xml.slice(lt + 1, i);
  if (!name) throw new XmlSyntaxError('empty tag name');
  let attrs: Record<string, string> | undefined;
  for (;;) {
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (i >= n) throw new XmlSyntaxError('unclosed start tag');
    const c = xml.charCodeAt(i);
    if (c === 62 || c === 47) {
      if (c === 47 && xml.charCodeAt(i + 1) !== 62) throw new XmlSyntaxError('bad self-closing tag');
      tagName = name;
      tagAttrs = attrs;
      tagSelfClosing = c === 47;
      return c === 47 ? i + 2 : i + 1;
    }
    const start = i;
    while (i < n && !isNameEnd(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 61) i++;
    const attr = xml.slice(start, i);
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (!attr || xml.charCodeAt(i) !== 61) throw new XmlSyntaxError('attribute without value');
    i++;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    const q = xml.charCodeAt(i);
    if (q !== 34 && q !== 39) throw new XmlSyntaxError('unquoted attribute');
    const end = xml.indexOf(q === 34 ? '"' : "'", i + 1);
    if (end < 0) throw new XmlSyntaxError('unclosed attribute');
    const value = xml.slice(i + 1, end);
    if (value.includes('<')) throw new XmlSyntaxError('< in attribute');
    if (attr !== '__proto__' && attr !== 'constructor' && attr !== 'prototype') (attrs ??= {})[attr] = value;
    i = end + 1;
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;
/** Whitespace, `/`, `>` end a name. */
const isNameEnd = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 47 || c === 62;
