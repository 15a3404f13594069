/**
 * TCVN 6909:2001 asks for Unicode text; Word and our readers accept both
 * composed (NFC) and decomposed (NFD) Vietnamese, but NFD text breaks search,
 * sorting and some fonts, so it is worth a format warning.
 */

/** Vietnamese tone/modifier marks as separate combining characters. */
const COMBINING = /[\u0300-\u036f]/;

/** True when the text holds decomposed (NFD) letters that NFC would compose. */
export function hasDecomposedText(text: string): boolean {
  return COMBINING.test(text) && text.normalize('NFC') !== text;
}

/** True when the text is already in Unicode NFC (the form TCVN 6909 documents should use). */
export function isNfc(text: string): boolean {
  return text.normalize('NFC') === text;
}
