/**
 * Whether a word is a well-formed Vietnamese syllable: an onset, a vowel nucleus
 * from the language's inventory, an optional coda, at most one tone, and the
 * rule that a stop coda (c, ch, p, t) carries the sắc or nặng tone. Used to check
 * that converting a suspect word gives Vietnamese, not noise, so it must reject
 * near-misses such as "coõng" or "taực".
 */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const STOP_TONES = /[\u0301\u0323]/;

/** Vowel nuclei (with their glides) that Vietnamese spelling uses. */
const NUCLEI = new Set([
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'ôi',
  'ơi',
  'oo',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ươ',
  'ưu',
  'yê',
  'iêu',
  'oai',
  'oao',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'uya',
  'uyê',
  'uyu',
  'ươi',
  'ươu',
  'yêu',
]);

export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  const [, onset = '', nucleus = '', coda = ''] = m;
  // "qu"/"gi" spell their glide into the onset: "quai", "giường" leave "ai", "ương" as nucleus.
  const core = (onset === 'qu' || onset === 'gi') && !NUCLEI.has(nucleus) ? nucleus.slice(1) : nucleus;
  if (!NUCLEI.has(core) && !NUCLEI.has(nucleus)) return false;
  // "nh"/"ch" close only a, ê, i, y (anh, ênh, inh, oanh, uynh); "oo" only before ng/c (boong, moóc).
  if ((coda === 'nh' || coda === 'ch') && !/[aêiy]$/.test(core)) return false;
  if (core === 'oo' && coda !== 'ng' && coda !== 'c') return false;
  if (/^(c|ch|p|t)$/.test(coda) && !STOP_TONES.test(tones[0] ?? '')) return false;
  return true;
}
