import type { Package } from './package.js';
import { attr, deepText, kids, partText, root, tag } from './xml.js';
import { parseXml } from './xml.js';

/**
 * Custom XML parts (`customXml/item*.xml`), keyed by their root element's
 * namespace (or the item's file name when it has none). The raw XML is kept.
 */
export function readCustomParts(pkg: Package): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const items = pkg.zip
    .names()
    .map((name) => ({ name, m: /^customXml\/item(\d+)\.xml$/i.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => !!x.m)
    .sort((a, b) => Number(a.m[1]) - Number(b.m[1]));
  for (const { name, m } of items) {
    const xml = partText(pkg.zip.read(name)!, name);
    const r = root(parseXml(xml, name, pkg.parse)); // refuses DTDs like every other part
    const t = r ? tag(r) : '';
    const prefix = t.includes(':') ? t.slice(0, t.indexOf(':')) : '';
    let key = (r ? attr(r, prefix ? `xmlns:${prefix}` : 'xmlns') : undefined) || `item${m[1]}`;
    // Several parts may share a namespace; later ones get `#n` (n = parts before it), as the Word host names them.
    if (key in out) key = `${key}#${Object.keys(out).length}`;
    out[key] = xml;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Document settings: `docProps/custom.xml` properties, then add-in settings Word
 * keeps in `word/webextensions/webextension*.xml` (`we:property name value`).
 */
export function readSettings(pkg: Package): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const custom = pkg.rootOf('docProps/custom.xml');
  for (const p of custom ? kids(custom) : []) {
    const name = attr(p, 'name');
    if (tag(p) === 'property' && name) out[name] = deepText(p);
  }
  for (const name of pkg.zip.names()) {
    if (!/^word\/webextensions\/webextension\d*\.xml$/i.test(name)) continue;
    const r = pkg.rootOf(name);
    for (const c of r ? kids(r) : []) {
      if (tag(c) !== 'we:properties') continue;
      for (const p of kids(c)) {
        const key = attr(p, 'name');
        if (tag(p) === 'we:property' && key) out[key] = attr(p, 'value') ?? '';
      }
    }
  }
  return Object.keys(out).length ? out : undefined;
}
