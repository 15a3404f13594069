import { errors } from '../errors.js';
import { inlineTextOf, type DocIndex } from '../doc/tree.js';
import { guard } from '../runtime/guard.js';
import { pieces, type RangeTarget } from './range-target.js';

/** `search(text, options)` options: a plain object or a `Word.SearchOptions`. */
export interface SearchOptions {
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
  matchCase?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
}
const KEYS: readonly string[] = ['ignorePunct', 'ignoreSpace', 'matchCase', 'matchPrefix', 'matchSuffix', 'matchWholeWord', 'matchWildcards'];

/**
 * `Word.SearchOptions` (WordApi 1.1), made with `Word.SearchOptions.newObject(context)`;
 * its properties are plain values until `search` reads them.
 * https://learn.microsoft.com/javascript/api/word/word.searchoptions
 */
export class SearchOptionsImpl implements SearchOptions {
  ignorePunct = false;
  ignoreSpace = false;
  matchCase = false;
  matchPrefix = false;
  matchSuffix = false;
  matchWholeWord = false;
  matchWildcards = false;
  constructor(readonly context: unknown) {}
  static newObject(context: unknown): SearchOptionsImpl {
    return guard(new SearchOptionsImpl(context), 'Word', () => 'SearchOptions');
  }
  toJSON(): SearchOptions {
    return Object.fromEntries(KEYS.map((k) => [k, (this as unknown as Record<string, boolean>)[k]]));
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = '[\\p{L}\\p{N}_]';

/**
 * Word's wildcard syntax ("Find and Replace", Use wildcards): ? one character, * any run
 * (shortest), [abc] [a-z] [!x] sets, {n} {n,} {n,m} counts, @ one or more of the previous,
 * < and > word start and end, ( ) groups, \ escapes.
 */
function wildcardSource(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) out += escape(text[++i]!);
    else if (c === '?') out += '.';
    else if (c === '*') out += '.*?';
    else if (c === '@') out += '+';
    else if (c === '<') out += `(?<!${WORD})`;
    else if (c === '>') out += `(?!${WORD})`;
    else if (c === '(' || c === ')') out += c;
    else if (c === '[') {
      const end = text.indexOf(']', i + 1);
      if (end < 0) throw errors.invalidArgument('an unclosed [ in a wildcard search');
      const body = text.slice(i + 1, end);
      out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`.replace(/\\(?![\]\-^])/g, '\\\\');
      i = end;
    } else if (c === '{') {
      const end = text.indexOf('}', i + 1);
      if (end < 0 || !/^\d+(,\d*)?$/.test(text.slice(i + 1, end))) throw errors.invalidArgument('a malformed {n,m} in a wildcard search');
      out += text.slice(i, end + 1);
      i = end;
    } else out += escape(c);
  }
  return out;
}

function source(text: string, o: SearchOptions): string {
  if (o.matchWildcards) return wildcardSource(text);
  const skip = o.ignorePunct ? '[\\p{P}\\s]*' : o.ignoreSpace ? '\\s*' : '';
  if (!skip) return escape(text);
  const chars = [...text].filter((ch) => !(o.ignorePunct && /[\p{P}\s]/u.test(ch)) && !(o.ignoreSpace && /\s/.test(ch)));
  return chars.map(escape).join(skip);
}

/** Plain options from an object or a SearchOptions; names Word does not have are refused. */
function optionsOf(raw: unknown): SearchOptions {
  if (raw === undefined || raw === null) return {};
  const o = raw instanceof SearchOptionsImpl ? raw.toJSON() : (raw as Record<string, unknown>);
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) throw errors.invalidArgument(`search option '${k}'`);
  return o as SearchOptions;
}

/**
 * Finds text within a range, paragraph by paragraph (Word's search does not match
 * across paragraph marks). Search strings are limited to 255 characters.
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-search-member(1)
 */
export function searchIn(idx: DocIndex, r: RangeTarget, text: string, rawOptions?: unknown): RangeTarget[] {
  if (!text || text.length > 255) throw errors.invalidArgument('search text must be 1–255 characters');
  const opts = optionsOf(rawOptions);
  // A manual line break is '\v' to the API and '\n' in the model.
  let src = source(text.replace(/\u000b/g, '\n'), opts);
  if (opts.matchWholeWord) src = `(?<!${WORD})(?:${src})(?!${WORD})`;
  else {
    if (opts.matchPrefix) src = `(?<!${WORD})(?:${src})`;
    if (opts.matchSuffix) src = `(?:${src})(?!${WORD})`;
  }
  let re: RegExp;
  try {
    re = new RegExp(src, opts.matchCase ? 'gu' : 'giu');
  } catch {
    throw errors.invalidArgument(`search pattern '${text}'`);
  }
  const out: RangeTarget[] = [];
  for (const piece of pieces(idx, r)) {
    const s = inlineTextOf(piece.paragraph.inlines);
    for (const m of s.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (end > start && start >= piece.start && end <= piece.end) out.push({ kind: 'span', paragraph: piece.paragraph, start, end });
    }
  }
  return out;
}
