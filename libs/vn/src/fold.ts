/**
 * Folding used by the Vietnamese parsers: lower case, diacritics removed (đ → d),
 * dashes unified, spaces collapsed. Unlike a matching key it keeps digits and the
 * punctuation dates and numbers need ("/", "-", ".", ",", "%").
 */
export function foldVn(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\s]+/g, ' ')
    .trim();
}

/**
 * Length-preserving fold of NFC text: each code unit maps to one code unit, so
 * offsets found in the folded text are offsets in the NFC text.
 */
export function foldSameLength(nfc: string): string {
  let out = '';
  for (const ch of nfc) {
    const c = ch.charCodeAt(0);
    // ASCII fast path; other characters through a cache (normalising each one is slow).
    out += c < 0x80 ? (c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : ch) : foldCharSameLength(ch);
  }
  return out;
}

const sameLengthCache = new Map<string, string>();

function foldCharSameLength(ch: string): string {
  let f = sameLengthCache.get(ch);
  if (f !== undefined) return f;
  if (ch === 'đ' || ch === 'Đ') f = 'd';
  else {
    const lower = (ch.normalize('NFD')[0] ?? ch).toLowerCase();
    // Keep a one-to-one mapping: characters whose folding changes length stay as they are.
    f = lower.length === ch.length ? lower : ch;
  }
  if (sameLengthCache.size < 5000) sameLengthCache.set(ch, f);
  return f;
}
