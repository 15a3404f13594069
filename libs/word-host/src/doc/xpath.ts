import { errors } from '../errors.js';
import { serialize, textOf, type XDocument, type XElement } from './xml-dom.js';

/** What an XPath selects here: elements, or attributes of an element, or text. */
export type XHit = { kind: 'element'; el: XElement } | { kind: 'attribute'; el: XElement; name: string } | { kind: 'text'; el: XElement };

interface Step {
  axis: 'child' | 'descendant';
  test: { kind: 'element' | 'attribute'; prefix?: string; local: string } | { kind: 'text' };
  predicates: string[];
}

/**
 * The XPath 1.0 subset the host evaluates for custom XML parts: absolute paths of
 * `/` and `//` steps; name tests with prefixes from namespaceMappings (an unprefixed
 * name matches only elements in no namespace, as in XPath 1.0), `*`, `@name`,
 * `text()`; predicates `[n]`, `[@a]`, `[@a='v']`, `[name='v']`. Anything else fails
 * loudly (InvalidArgument naming the expression).
 */
function parse(xpath: string): Step[] {
  const steps: Step[] = [];
  const re = /(\/\/?)([^/[]+)((?:\[[^\]]*\])*)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  if (!xpath.startsWith('/')) throw errors.invalidArgument(`XPath '${xpath}': only absolute paths are supported by the host`);
  while ((m = re.exec(xpath))) {
    at = re.lastIndex;
    const node = m[2]!.trim();
    const predicates = [...m[3]!.matchAll(/\[([^\]]*)\]/g)].map((p) => p[1]!.trim());
    let test: Step['test'];
    if (node === 'text()') test = { kind: 'text' };
    else {
      const attr = node.startsWith('@');
      const name = attr ? node.slice(1) : node;
      if (!/^([\w.-]+:)?([\w.-]+|\*)$/.test(name)) throw errors.invalidArgument(`XPath '${xpath}': step '${node}'`);
      const [prefix, local] = name.includes(':') ? name.split(':') : [undefined, name];
      test = { kind: attr ? 'attribute' : 'element', ...(prefix ? { prefix } : {}), local: local! };
    }
    steps.push({ axis: m[1] === '//' ? 'descendant' : 'child', test, predicates });
  }
  if (at !== xpath.length || !steps.length) throw errors.invalidArgument(`XPath '${xpath}'`);
  return steps;
}

function nsOf(prefix: string | undefined, ns: Record<string, string>, xpath: string): string {
  if (prefix === undefined) return '';
  const uri = ns[prefix];
  if (uri === undefined) throw errors.invalidArgument(`XPath '${xpath}': prefix '${prefix}' is not in namespaceMappings`);
  return uri;
}

const elements = (el: XElement) => el.children.filter((c): c is XElement => c.type === 'element');
function descendants(el: XElement): XElement[] {
  return elements(el).flatMap((c) => [c, ...descendants(c)]);
}

/** Evaluates `xpath` against a parsed part. */
export function evaluate(doc: XDocument, xpath: string, ns: Record<string, string>): XHit[] {
  const steps = parse(xpath);
  const docNode: XElement = { type: 'element', name: '#document', local: '#document', uri: '', attrs: [], children: [doc.root], parent: undefined };
  let current: XHit[] = [{ kind: 'element', el: docNode }];
  for (const [i, step] of steps.entries()) {
    const next: XHit[] = [];
    for (const hit of current) {
      if (hit.kind !== 'element') continue;
      const pool = step.axis === 'child' ? elements(hit.el) : descendants(hit.el);
      const t = step.test;
      if (t.kind === 'text') {
        for (const el of step.axis === 'child' ? [hit.el] : [hit.el, ...descendants(hit.el)])
          if (el.children.some((c) => c.type === 'text')) next.push({ kind: 'text', el });
        continue;
      }
      if (t.kind === 'attribute') {
        if (i !== steps.length - 1) throw errors.invalidArgument(`XPath '${xpath}': an attribute step must be last`);
        const uri = nsOf(t.prefix, ns, xpath);
        for (const el of step.axis === 'child' ? [hit.el] : [hit.el, ...descendants(hit.el)])
          for (const a of el.attrs)
            if (!a.name.startsWith('xmlns') && (t.local === '*' || a.local === t.local) && a.uri === uri) next.push({ kind: 'attribute', el, name: a.name });
        continue;
      }
      const uri = nsOf(t.prefix, ns, xpath);
      let matched = pool.filter((el) => (t.local === '*' || el.local === t.local) && (t.local === '*' && t.prefix === undefined ? true : el.uri === uri));
      for (const p of step.predicates) matched = filter(matched, p, ns, xpath);
      next.push(...matched.map((el) => ({ kind: 'element' as const, el })));
    }
    current = next;
  }
  return current;
}

function filter(list: XElement[], pred: string, ns: Record<string, string>, xpath: string): XElement[] {
  if (/^\d+$/.test(pred)) {
    const n = Number(pred);
    return list[n - 1] ? [list[n - 1]!] : [];
  }
  const m = /^(@)?([\w.-]+:)?([\w.-]+)(?:\s*=\s*(?:'([^']*)'|"([^"]*)"))?$/.exec(pred);
  if (!m) throw errors.invalidArgument(`XPath '${xpath}': predicate [${pred}]`);
  const [, attr, prefix, local, v1, v2] = m;
  const uri = nsOf(prefix?.slice(0, -1), ns, xpath);
  const want = v1 ?? v2;
  return list.filter((el) => {
    if (attr) {
      const a = el.attrs.find((x) => x.local === local && x.uri === uri);
      return a !== undefined && (want === undefined || a.value === want);
    }
    return elements(el).some((c) => c.local === local && c.uri === uri && (want === undefined || textOf(c) === want));
  });
}

/** What `query` returns for a hit: an element's XML, an attribute's value, a text node's text. */
export function hitValue(h: XHit): string {
  if (h.kind === 'element') return serialize(h.el);
  if (h.kind === 'attribute') return h.el.attrs.find((a) => a.name === h.name)?.value ?? '';
  return h.el.children
    .filter((c) => c.type === 'text')
    .map(textOf)
    .join('');
}
