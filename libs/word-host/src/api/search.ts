import { errors } from '../errors.js';
import { inlineTextOf, type DocIndex } from '../doc/tree.js';
import { rangeParagraphs, type RangeTarget } from './range-target.js';

/** The options of `search(text, options)` that the host honours. */
export interface SearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds text within a range, paragraph by paragraph (Word's search does not match
 * across paragraph marks). Search strings are limited to 255 characters.
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-search-member(1)
 */
export function searchIn(idx: DocIndex, r: RangeTarget, text: string, opts: SearchOptions = {}): RangeTarget[] {
  if (!text || text.length > 255) throw errors.invalidArgument('search text must be 1–255 characters');
  let src = escape(text);
  if (opts.matchWholeWord) src = `(?<![\\p{L}\\p{N}_])${src}(?![\\p{L}\\p{N}_])`;
  else {
    if (opts.matchPrefix) src = `(?<![\\p{L}\\p{N}_])${src}`;
    if (opts.matchSuffix) src = `${src}(?![\\p{L}\\p{N}_])`;
  }
  const re = new RegExp(src, opts.matchCase ? 'gu' : 'giu');
  const out: RangeTarget[] = [];
  for (const p of rangeParagraphs(idx, r)) {
    const s = inlineTextOf(p.inlines);
    const lo = r.kind === 'span' ? r.start : 0;
    const hi = r.kind === 'span' ? r.end : s.length;
    for (const m of s.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (start >= lo && end <= hi) out.push({ kind: 'span', paragraph: p, start, end });
    }
  }
  return out;
}
