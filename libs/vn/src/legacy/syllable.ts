/**
 * Whether a word is a well-formed Vietnamese syllable: an onset, a vowel nucleus,
 * an optional coda, at most one tone. Used to check that converting a suspect word
 * gives Vietnamese, not noise.
 */
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:[aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  return SYLLABLE.test(bare);
}
