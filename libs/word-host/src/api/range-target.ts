import type { DocumentModel, Paragraph } from '@cds/model';
import { nodeText, PARAGRAPH_MARK } from '../doc/text.js';
import { extent, inlineTextOf, isDocument, paragraphsUnder, type DocIndex, type Node } from '../doc/tree.js';

/** A character position: an offset into one paragraph's text. */
export interface Point {
  paragraph: Paragraph;
  offset: number;
}

/**
 * What a Word.Range stands for: a whole object, part of one paragraph's text, or a
 * stretch of text from a point in one paragraph to a point in a later one
 * (`expandTo`, multi-paragraph `insertOoxml` results).
 */
export type RangeTarget =
  | { kind: 'whole'; node: Node | DocumentModel }
  | { kind: 'span'; paragraph: Paragraph; start: number; end: number }
  | { kind: 'between'; from: Point; to: Point };

export const whole = (node: Node | DocumentModel): RangeTarget => ({ kind: 'whole', node });

const paraLength = (p: Paragraph): number => inlineTextOf(p.inlines).length;

/** Where a range starts. */
export function startPoint(idx: DocIndex, r: RangeTarget): Point | undefined {
  if (r.kind === 'span') return { paragraph: r.paragraph, offset: r.start };
  if (r.kind === 'between') return r.from;
  const first = paragraphsUnder(idx, r.node)[0];
  if (!first) return undefined;
  if (!isDocument(r.node) && 'kind' in r.node && r.node.kind === 'inlineControl') {
    const [s] = extent(idx, r.node);
    return { paragraph: first, offset: s - (idx.start.get(first) ?? 0) };
  }
  return { paragraph: first, offset: 0 };
}

/** Where a range ends. */
export function endPoint(idx: DocIndex, r: RangeTarget): Point | undefined {
  if (r.kind === 'span') return { paragraph: r.paragraph, offset: r.end };
  if (r.kind === 'between') return r.to;
  const ps = paragraphsUnder(idx, r.node);
  const last = ps[ps.length - 1];
  if (!last) return undefined;
  if (!isDocument(r.node) && 'kind' in r.node && r.node.kind === 'inlineControl') {
    const [, e] = extent(idx, r.node);
    return { paragraph: last, offset: e - (idx.start.get(last) ?? 0) };
  }
  return { paragraph: last, offset: paraLength(last) };
}

/** Document position of a point. */
export const pointPos = (idx: DocIndex, p: Point): number => (idx.start.get(p.paragraph) ?? 0) + p.offset;

/** The range from `a` to `b` (a span when both are in one paragraph). */
export function rangeBetween(a: Point, b: Point): RangeTarget {
  if (a.paragraph === b.paragraph) return { kind: 'span', paragraph: a.paragraph, start: a.offset, end: b.offset };
  return { kind: 'between', from: a, to: b };
}

/** The empty range at a point. */
export const at = (p: Point): RangeTarget => ({ kind: 'span', paragraph: p.paragraph, start: p.offset, end: p.offset });

/** The part of each paragraph a range covers, in reading order. */
export function pieces(idx: DocIndex, r: RangeTarget): { paragraph: Paragraph; start: number; end: number }[] {
  if (r.kind === 'span') return [{ paragraph: r.paragraph, start: r.start, end: r.end }];
  if (r.kind === 'whole' && !(!isDocument(r.node) && 'kind' in r.node && r.node.kind === 'inlineControl'))
    return paragraphsUnder(idx, r.node).map((p) => ({ paragraph: p, start: 0, end: paraLength(p) }));
  const a = startPoint(idx, r);
  const b = endPoint(idx, r);
  if (!a || !b) return [];
  if (a.paragraph === b.paragraph) return [{ paragraph: a.paragraph, start: a.offset, end: b.offset }];
  const list = idx.paragraphs;
  const i = list.indexOf(a.paragraph);
  const j = list.indexOf(b.paragraph);
  return list.slice(i, j + 1).map((p, k) => ({
    paragraph: p,
    start: k === 0 ? a.offset : 0,
    end: p === b.paragraph ? b.offset : paraLength(p),
  }));
}

export function rangeAlive(idx: DocIndex, r: RangeTarget): boolean {
  if (r.kind === 'between') return idx.locs.has(r.from.paragraph) && idx.locs.has(r.to.paragraph);
  const n = r.kind === 'whole' ? r.node : r.paragraph;
  return isDocument(n) || idx.locs.has(n);
}

export function rangeText(r: RangeTarget, idx?: DocIndex): string {
  if (r.kind === 'span') return inlineTextOf(r.paragraph.inlines).slice(r.start, r.end);
  if (r.kind === 'between' && idx)
    return pieces(idx, r)
      .map((p) => inlineTextOf(p.paragraph.inlines).slice(p.start, p.end))
      .join(PARAGRAPH_MARK);
  if (r.kind === 'between') return '';
  return nodeText(r.node);
}

export function rangeParagraphs(idx: DocIndex, r: RangeTarget): Paragraph[] {
  if (r.kind === 'span') return [r.paragraph];
  if (r.kind === 'between') return pieces(idx, r).map((p) => p.paragraph);
  return paragraphsUnder(idx, r.node);
}

/** [start, end) in document character positions, for compareLocationWith. */
export function rangeExtent(idx: DocIndex, r: RangeTarget): [number, number] {
  if (r.kind === 'whole') return extent(idx, r.node);
  if (r.kind === 'between') return [pointPos(idx, r.from), pointPos(idx, r.to)];
  const s = idx.start.get(r.paragraph) ?? 0;
  return [s + r.start, s + r.end];
}
