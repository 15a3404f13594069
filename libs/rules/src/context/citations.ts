import { fold } from './fold.js';
import type { KnownDocument } from '@cds/template';
import { citationNumberCore, citationNumberKey, citationSerial, type Citation } from '@cds/vn';

/** How a citation relates to a known document. */
export type CitationMatch = 'same' | 'wrong-date' | 'wrong-number' | 'other';

/**
 * Compares a citation with a known document of the same kind: the same number
 * with another date is a wrong date; the same letters and digits written
 * differently ("57/NQ-TW"), or the same serial and date with another suffix, is a
 * wrong number; anything else is another document.
 */
export function compareCitation(c: Citation, d: KnownDocument): CitationMatch {
  if (fold(c.kind) !== fold(d.kind)) return 'other';
  if (citationNumberKey(c.number) === citationNumberKey(d.number)) return c.date && c.date !== d.date ? 'wrong-date' : 'same';
  if (citationNumberCore(c.number) === citationNumberCore(d.number)) return 'wrong-number';
  if (citationSerial(c.number) === citationSerial(d.number) && c.date === d.date) return 'wrong-number';
  return 'other';
}

/** An ISO date as official documents print it: "01/4/2025". */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${Number(m)}/${y}`;
}
