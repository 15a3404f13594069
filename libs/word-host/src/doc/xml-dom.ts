import { SaxesParser } from 'saxes';
import { errors } from '../errors.js';

/** An element of a small XML tree: enough to query and edit custom XML parts. */
export interface XElement {
  type: 'element';
  /** Qualified name as written (prefix:local). */
  name: string;
  local: string;
  uri: string;
  /** Attributes in document order, as written (namespace declarations included). */
  attrs: { name: string; local: string; uri: string; value: string }[];
  children: XNode[];
  parent: XElement | undefined;
}
export type XNode = XElement | { type: 'text'; text: string } | { type: 'raw'; xml: string };

export interface XDocument {
  /** What precedes the root (XML declaration, comments), kept as written. */
  prolog: string;
  root: XElement;
}

/** Parses XML with namespaces resolved (saxes, xmlns on). Malformed XML is InvalidArgument. */
export function parseXmlTree(xml: string, context?: XElement): XDocument {
  const parser = new SaxesParser({ xmlns: true, ...(context ? { fragment: true, additionalNamespaces: inScope(context) } : {}) });
  const stack: XElement[] = [];
  let root: XElement | undefined;
  const top: XNode[] = [];
  let prolog = '';
  const add = (n: XNode) => (stack.length ? stack[stack.length - 1]!.children.push(n) : root && !context ? undefined : top.push(n));
  parser.on(
    'xmldecl',
    (d) =>
      (prolog += `<?xml version="${d.version ?? '1.0'}"${d.encoding ? ` encoding="${d.encoding}"` : ''}${d.standalone ? ` standalone="${d.standalone}"` : ''}?>`),
  );
  parser.on('opentag', (t) => {
    const el: XElement = {
      type: 'element',
      name: t.name,
      local: t.local ?? t.name,
      uri: t.uri ?? '',
      attrs: Object.values(t.attributes).map((a) => {
        const at = a as { name: string; local?: string; uri?: string; value: string };
        return { name: at.name, local: at.local ?? at.name, uri: at.uri ?? '', value: at.value };
      }),
      children: [],
      parent: stack[stack.length - 1] ?? context,
    };
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else if (!root && !context) root = el;
    else top.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => add({ type: 'text', text }));
  parser.on('cdata', (text) => add({ type: 'text', text }));
  parser.on('comment', (c) => (stack.length ? add({ type: 'raw', xml: `<!--${c}-->` }) : root ? undefined : (prolog += `<!--${c}-->`)));
  parser.on('processinginstruction', (pi) => add({ type: 'raw', xml: `<?${pi.target} ${pi.body}?>` }));
  try {
    parser.write(xml).close();
  } catch (e) {
    throw errors.invalidArgument(`malformed XML: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (context) return { prolog: '', root: { ...context, children: top } };
  if (!root) throw errors.invalidArgument('XML without a root element');
  return { prolog, root };
}

/** Namespace prefixes declared on an element and its ancestors. */
function inScope(el: XElement): Record<string, string> {
  const out: Record<string, string> = {};
  const chain: XElement[] = [];
  for (let e: XElement | undefined = el; e; e = e.parent) chain.unshift(e);
  for (const e of chain)
    for (const a of e.attrs) {
      if (a.name === 'xmlns') out[''] = a.value;
      else if (a.name.startsWith('xmlns:')) out[a.name.slice(6)] = a.value;
    }
  return out;
}

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');

export function serialize(n: XNode): string {
  if (n.type === 'text') return escText(n.text);
  if (n.type === 'raw') return n.xml;
  const attrs = n.attrs.map((a) => ` ${a.name}="${escAttr(a.value)}"`).join('');
  if (!n.children.length) return `<${n.name}${attrs}/>`;
  return `<${n.name}${attrs}>${n.children.map(serialize).join('')}</${n.name}>`;
}

export function serializeDocument(d: XDocument): string {
  return d.prolog + serialize(d.root);
}

/** The text content of an element. */
export function textOf(n: XNode): string {
  if (n.type === 'text') return n.text;
  if (n.type === 'raw') return '';
  return n.children.map(textOf).join('');
}
