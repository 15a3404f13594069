import { TONES, VOWELS, compose, type Modifier, type Tone } from './letters.js';

/**
 * VNI (VNI-Windows, the VNI-Times fonts): a Vietnamese letter is its base letter
 * followed by one mark byte (tone, or vowel modifier with or without a tone), shown
 * in Word as Latin-1 characters: "aù" = á, "eå" = ể, "ôø" = ờ. A few letters are
 * one byte of their own: đ "ñ", ơ "ô", ư "ö", and i/ỵ with tones.
 * Uppercase letters use the uppercase base and the uppercase mark byte.
 */

/** Mark bytes (lowercase) after a, e, o, u, y, ơ, ư: plain tones. */
const TONE_MARK: Record<Exclude<Tone, ''>, string> = { acute: 'ù', grave: 'ø', hook: 'û', tilde: 'õ', dot: 'ï' };
/** Marks after a for ă and its tones. */
const BREVE_MARK: Record<Tone, string> = { '': 'ê', acute: 'é', grave: 'è', hook: 'ú', tilde: 'ü', dot: 'ë' };
/** Marks after a, e, o for the circumflex and its tones. */
const CIRC_MARK: Record<Tone, string> = { '': 'â', acute: 'á', grave: 'à', hook: 'å', tilde: 'ã', dot: 'ä' };
/** Letters that are one byte of their own (lowercase; uppercase is the uppercase byte). */
const SINGLE: ReadonlyArray<[letter: string, code: string]> = [
  ['đ', 'ñ'],
  ['ơ', 'ô'],
  ['ư', 'ö'],
  ['í', 'í'],
  ['ì', 'ì'],
  ['ỉ', 'æ'],
  ['ĩ', 'ó'],
  ['ị', 'ò'],
  ['ỵ', 'î'],
];

/** The VNI spelling of a lowercase letter. */
function encodeLower(base: string, mod: Modifier, tone: Tone): string {
  const letter = compose(base, mod, tone);
  const single = SINGLE.find(([l]) => l === letter);
  if (single) return single[1];
  if (mod === 'breve') return base + BREVE_MARK[tone];
  if (mod === 'circumflex') return base + CIRC_MARK[tone];
  const head = mod === 'horn' ? (base === 'o' ? 'ô' : 'ö') : base;
  return tone ? head + TONE_MARK[tone] : head;
}

/** Unicode letter (either case) → VNI sequence. */
export const VNI_ENCODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (letter: string, seq: string) => {
    m.set(letter, seq);
    m.set(letter.toUpperCase(), seq.toUpperCase());
  };
  for (const v of VOWELS) {
    if (v.mod) add(compose(v.base, v.mod, ''), encodeLower(v.base, v.mod, ''));
    for (const t of TONES) add(compose(v.base, v.mod, t), encodeLower(v.base, v.mod, t));
  }
  add('đ', 'ñ');
  return m;
})();

/**
 * VNI sequence → Unicode letter. Also accepts an uppercase base with a lowercase
 * mark (some documents mix them), keeping the case of the base.
 */
export const VNI_DECODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [letter, seq] of VNI_ENCODE) {
    m.set(seq, letter);
    if (seq.length === 2 && seq[0] === seq[0]!.toUpperCase() && seq[0] !== seq[0]!.toLowerCase()) {
      const mixed = seq[0] + seq[1]!.toLowerCase();
      if (!m.has(mixed)) m.set(mixed, letter);
    }
  }
  return m;
})();
