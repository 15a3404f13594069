/**
 * Characters the reader may return. XML 1.0 allows tab, LF, CR, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF; everything else (NUL and the other C0
 * controls, lone surrogates, U+FFFE/U+FFFF, code points past U+10FFFF) is
 * dropped, whether it came as raw bytes or as a character reference. PostgreSQL
 * refuses NUL in `text` and NUL or a lone surrogate in `json`, so no string the
 * reader returns can make a database refuse it.
 */

/** True for a code point XML 1.0 allows in a document. */
export function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** The character for a code point, or '' when XML does not allow it. */
export function xmlCharOf(cp: number): string {
  return Number.isInteger(cp) && isXmlChar(cp) ? String.fromCodePoint(cp) : '';
}

// A lone surrogate is a high one not followed by a low one, or a low one not preceded by a high one.
const INVALID = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INVALID_ALL = new RegExp(INVALID.source, 'g');

/** The text with every character XML does not allow removed (one scan when there is none). */
export function dropInvalidChars(s: string): string {
  return INVALID.test(s) ? s.replace(INVALID_ALL, '') : s;
}
