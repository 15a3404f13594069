/**
 * The same key as @cds/model's `foldKey` (lower case, no diacritics, đ → d,
 * punctuation to spaces), computed with a per-character cache: the rules fold
 * every paragraph of a 3,000-paragraph plan, and whole-string normalisation and
 * Unicode-class regexes were the largest cost of an analysis.
 */
const cache = new Map<string, string>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f !== undefined) return f;
  const code = ch.codePointAt(0)!;
  if (code >= 0x300 && code <= 0x36f) f = '';
  else {
    const base = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    f = base === '' ? '' : [...base].map((c) => (LETTER_OR_DIGIT.test(c) ? c : ' ')).join('');
  }
  if (cache.size < 5000) cache.set(ch, f);
  return f;
}

export function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    // ASCII fast path: letters and digits lower-cased, everything else a space.
    const c = ch.charCodeAt(0);
    if (c < 0x80) out += (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? ch : c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : ' ';
    else out += foldChar(ch);
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
