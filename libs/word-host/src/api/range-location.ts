import type { DocumentModel } from '@cds/model';
import { errors } from '../errors.js';
import { inlineTextOf, paragraphsUnder, type DocIndex, type Node } from '../doc/tree.js';
import { whole, type RangeTarget } from './range-target.js';

export type RangeLocation = 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content';

/** `getRange(location)` of an object: the whole of it, or the empty point at its start or end. */
export function rangeFor(idx: DocIndex, node: Node | DocumentModel, location: RangeLocation = 'Whole'): RangeTarget {
  if (location === 'Whole' || location === 'Content') return whole(node);
  const ps = paragraphsUnder(idx, node);
  const first = ps[0];
  const last = ps[ps.length - 1];
  if (!first || !last) throw errors.itemNotFound('empty object');
  if (location === 'Start' || location === 'Before') return { kind: 'span', paragraph: first, start: 0, end: 0 };
  if (location === 'End' || location === 'After') {
    const n = inlineTextOf(last.inlines).length;
    return { kind: 'span', paragraph: last, start: n, end: n };
  }
  throw errors.invalidArgument(`range location '${String(location)}'`);
}
