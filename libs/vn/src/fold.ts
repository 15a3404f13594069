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
    if (ch === 'đ' || ch === 'Đ') {
      out += 'd';
      continue;
    }
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    // Keep a one-to-one mapping: characters whose folding changes length stay as they are.
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}
