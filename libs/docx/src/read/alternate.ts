import { attr, kids, tag, type XNode } from './xml.js';

/** Namespaces whose `mc:Choice Requires` we understand (Word 2010+ drawing and text extensions). */
const KNOWN = new Set(['w14', 'w15', 'w16', 'w16se', 'w16cid', 'w16cex', 'wps', 'wpg', 'wpc', 'wp14', 'a14', 'v', 'o', 'm', 'mc']);

/**
 * `mc:AlternateContent` carries the same content twice (Choice and Fallback). Read
 * exactly one: the first Choice we understand, else the Fallback.
 */
export function chooseAlternate(n: XNode): XNode[] {
  let fallback: XNode[] = [];
  for (const c of kids(n)) {
    const t = tag(c);
    if (t === 'mc:Choice') {
      const req = (attr(c, 'Requires') ?? '').split(/\s+/).filter(Boolean);
      if (req.every((r) => KNOWN.has(r))) return kids(c);
    } else if (t === 'mc:Fallback') fallback = kids(c);
  }
  return fallback;
}
