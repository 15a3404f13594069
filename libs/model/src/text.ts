/**
 * Text normalisation for matching what people type against the template:
 * NFC or NFD input, any case, with or without diacritics, odd spaces.
 */

/** NFC, non-breaking and other Unicode spaces folded to one space, trimmed. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A matching key: lower case, diacritics removed (đ → d), punctuation to spaces,
 * spaces collapsed. "Phần II. NỘI DUNG" and "phan ii noi dung" give the same key.
 */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
