/**
 * The Vietnamese letters as (base, modifier, tone) triples, the common ground of
 * the legacy tables: TCVN3 gives each lowercase triple one byte, VNI writes the
 * base letter followed by mark bytes.
 */

export type Tone = '' | 'grave' | 'hook' | 'tilde' | 'acute' | 'dot';
/** Modifier of the base vowel: ă (breve), â ê ô (circumflex), ơ ư (horn), đ (stroke). */
export type Modifier = '' | 'breve' | 'circumflex' | 'horn' | 'stroke';

export const TONES: readonly Tone[] = ['grave', 'hook', 'tilde', 'acute', 'dot'];

const TONE_MARK: Record<Exclude<Tone, ''>, string> = {
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  acute: '\u0301',
  dot: '\u0323',
};
const MOD_MARK: Record<Exclude<Modifier, '' | 'stroke'>, string> = {
  breve: '\u0306',
  circumflex: '\u0302',
  horn: '\u031b',
};

/** The twelve vowel groups of Vietnamese, lowercase: a ă â e ê i o ô ơ u ư y. */
export const VOWELS: ReadonlyArray<{ base: string; mod: Modifier }> = [
  { base: 'a', mod: '' },
  { base: 'a', mod: 'breve' },
  { base: 'a', mod: 'circumflex' },
  { base: 'e', mod: '' },
  { base: 'e', mod: 'circumflex' },
  { base: 'i', mod: '' },
  { base: 'o', mod: '' },
  { base: 'o', mod: 'circumflex' },
  { base: 'o', mod: 'horn' },
  { base: 'u', mod: '' },
  { base: 'u', mod: 'horn' },
  { base: 'y', mod: '' },
];

/** The Unicode (NFC) letter for a base letter, modifier and tone: ('o','horn','acute') → "ớ". */
export function compose(base: string, mod: Modifier, tone: Tone): string {
  if (mod === 'stroke') return base === 'D' ? 'Đ' : 'đ';
  const m = mod ? MOD_MARK[mod] : '';
  const t = tone ? TONE_MARK[tone] : '';
  return (base + m + t).normalize('NFC');
}

/** Every one of the 67 lowercase letters outside ASCII, with its parts. */
export function vietnameseLetters(): { letter: string; base: string; mod: Modifier; tone: Tone }[] {
  const out: { letter: string; base: string; mod: Modifier; tone: Tone }[] = [];
  for (const v of VOWELS) {
    if (v.mod) out.push({ letter: compose(v.base, v.mod, ''), base: v.base, mod: v.mod, tone: '' });
    for (const t of TONES) out.push({ letter: compose(v.base, v.mod, t), base: v.base, mod: v.mod, tone: t });
  }
  out.push({ letter: 'đ', base: 'd', mod: 'stroke', tone: '' });
  return out;
}
