import { TONES, VOWELS, compose } from './letters.js';

/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial): one byte per
 * lowercase letter. Uppercase letters with a tone have no code of their own: the
 * uppercase fonts (.VnTimeH) draw the lowercase codes as capitals, so once the font
 * is lost only the context tells them apart. The six plain uppercase vowels and Đ
 * do have codes (0xA1–0xA7). In a Word document these bytes show as Latin-1
 * characters (U+00A1–U+00FE), which is what pasted text looks like.
 */

/** Codes of the tones grave, hook, tilde, acute, dot for each vowel group (VOWELS order). */
const TONED: readonly (readonly number[])[] = [
  [0xb5, 0xb6, 0xb7, 0xb8, 0xb9], // a: à ả ã á ạ
  [0xbb, 0xbc, 0xbd, 0xbe, 0xc6], // ă
  [0xc7, 0xc8, 0xc9, 0xca, 0xcb], // â
  [0xcc, 0xce, 0xcf, 0xd0, 0xd1], // e
  [0xd2, 0xd3, 0xd4, 0xd5, 0xd6], // ê
  [0xd7, 0xd8, 0xdc, 0xdd, 0xde], // i
  [0xdf, 0xe1, 0xe2, 0xe3, 0xe4], // o
  [0xe5, 0xe6, 0xe7, 0xe8, 0xe9], // ô
  [0xea, 0xeb, 0xec, 0xed, 0xee], // ơ
  [0xef, 0xf1, 0xf2, 0xf3, 0xf4], // u
  [0xf5, 0xf6, 0xf7, 0xf8, 0xf9], // ư
  [0xfa, 0xfb, 0xfc, 0xfd, 0xfe], // y
];

/** Plain (untoned) modified letters: lowercase codes and the uppercase ones. */
const PLAIN: ReadonlyArray<[lower: string, lowerCode: number, upperCode: number]> = [
  ['ă', 0xa8, 0xa1],
  ['â', 0xa9, 0xa2],
  ['ê', 0xaa, 0xa3],
  ['ô', 0xab, 0xa4],
  ['ơ', 0xac, 0xa5],
  ['ư', 0xad, 0xa6],
  ['đ', 0xae, 0xa7],
];

/** TCVN3 character → Unicode letter (lowercase for the toned codes). */
export const TCVN3_DECODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  VOWELS.forEach((v, i) => TONES.forEach((t, j) => m.set(String.fromCharCode(TONED[i]![j]!), compose(v.base, v.mod, t))));
  for (const [lower, lc, uc] of PLAIN) {
    m.set(String.fromCharCode(lc), lower);
    m.set(String.fromCharCode(uc), lower.toUpperCase());
  }
  return m;
})();

/** Unicode letter (either case) → TCVN3 character; uppercase toned letters share the lowercase code. */
export const TCVN3_ENCODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [code, letter] of TCVN3_DECODE) {
    m.set(letter, code);
    if (isTcvn3Toned(code)) m.set(letter.toUpperCase(), code);
  }
  return m;
})();

/** True for the codes that only a toned lowercase letter uses (the ones whose case context decides). */
export function isTcvn3Toned(ch: string): boolean {
  return ch.length === 1 && ch.charCodeAt(0) >= 0xb5 && TCVN3_DECODE.has(ch);
}
