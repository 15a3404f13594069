import { editPart, type Entry } from '../package.js';
import type { Rng } from '../rng.js';

/** Random position of one of the markers in the text, or -1. */
function positionOf(rng: Rng, x: string, marker: RegExp): number {
  const all = [...x.matchAll(marker)].map((m) => m.index!);
  return all.length ? rng.pick(all) : -1;
}

/** Inserts blocks before a random paragraph of the body (or before `</w:body>`). */
export function insertBlocks(rng: Rng, es: Entry[], blocks: string): Entry[] {
  return editPart(es, 'word/document.xml', (x) => {
    let at = positionOf(rng, x, /<w:p[ >]/g);
    if (at < 0) at = x.lastIndexOf('</w:body>');
    return at < 0 ? x : x.slice(0, at) + blocks + x.slice(at);
  });
}

/** Inserts inline content at the end of a random paragraph. */
export function insertInline(rng: Rng, es: Entry[], inline: string): Entry[] {
  return editPart(es, 'word/document.xml', (x) => {
    const at = positionOf(rng, x, /<\/w:p>/g);
    return at < 0 ? insertBlockFallback(x, inline) : x.slice(0, at) + inline + x.slice(at);
  });
}

const insertBlockFallback = (x: string, inline: string): string => {
  const at = x.lastIndexOf('</w:body>');
  return at < 0 ? x : x.slice(0, at) + `<w:p>${inline}</w:p>` + x.slice(at);
};

/** Rewrites the text of random `w:t` elements. */
export function editTexts(rng: Rng, es: Entry[], edit: (t: string) => string, share = 0.2): Entry[] {
  return editPart(es, 'word/document.xml', (x) =>
    x.replace(/(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g, (m, a: string, t: string, b: string) => (rng.chance(share) ? a + edit(t) + b : m)),
  );
}

export const run = (t: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
export const para = (inner: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
