import type { DocumentModel, Paragraph } from '@cds/model';
import { nodeText } from '../doc/text.js';
import { extent, inlineTextOf, isDocument, paragraphsUnder, type DocIndex, type Node } from '../doc/tree.js';

/** What a Word.Range stands for: a whole object, or part of one paragraph's text. */
export type RangeTarget =
  | { kind: 'whole'; node: Node | DocumentModel }
  | { kind: 'span'; paragraph: Paragraph; start: number; end: number };

export const whole = (node: Node | DocumentModel): RangeTarget => ({ kind: 'whole', node });

export function rangeAlive(idx: DocIndex, r: RangeTarget): boolean {
  const n = r.kind === 'whole' ? r.node : r.paragraph;
  return isDocument(n) || idx.locs.has(n);
}

export function rangeText(r: RangeTarget): string {
  if (r.kind === 'span') return inlineTextOf(r.paragraph.inlines).slice(r.start, r.end);
  return nodeText(r.node);
}

export function rangeParagraphs(idx: DocIndex, r: RangeTarget): Paragraph[] {
  return r.kind === 'span' ? [r.paragraph] : paragraphsUnder(idx, r.node);
}

/** [start, end) in document character positions, for compareLocationWith. */
export function rangeExtent(idx: DocIndex, r: RangeTarget): [number, number] {
  if (r.kind === 'whole') return extent(idx, r.node);
  const s = idx.start.get(r.paragraph) ?? 0;
  return [s + r.start, s + r.end];
}

