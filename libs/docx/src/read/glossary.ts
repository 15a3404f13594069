import type { Package } from './package.js';
import { child, childVal, kids, tag, textOf, type XNode } from './xml.js';

/**
 * Placeholder texts of content controls live as docParts in the glossary document.
 * Returns a lookup by docPart name; the part is read on first use only.
 */
export function glossaryLookup(pkg: Package): (name: string) => string | undefined {
  let parts: Map<string, string> | undefined;
  return (name) => {
    if (!parts) {
      parts = new Map();
      const path = pkg.relTarget(pkg.mainPart, 'glossaryDocument');
      const r = path ? pkg.rootOf(path) : undefined;
      for (const dp of kids(child(r, 'w:docParts') ?? {})) {
        const n = childVal(child(dp, 'w:docPartPr'), 'w:name');
        const body = child(dp, 'w:docPartBody');
        if (n && body)
          parts.set(
            n,
            kids(body)
              .filter((p) => tag(p) === 'w:p')
              .map(runText)
              .join('\n'),
          );
      }
    }
    return parts.get(name);
  };
}

function runText(n: XNode): string {
  let s = '';
  for (const c of kids(n)) {
    const t = tag(c);
    if (t === 'w:t') s += kids(c).map(textOf).join('');
    else if (t !== '#text' && t !== 'w:pPr' && t !== 'w:rPr' && t !== 'w:del') s += runText(c);
  }
  return s;
}
