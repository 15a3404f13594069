import { TCVN3_DECODE, TCVN3_ENCODE, isTcvn3Toned } from './tcvn3.js';
import { VNI_DECODE, VNI_ENCODE } from './vni.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface ConvertOptions {
  /**
   * The text was set in a TCVN3 uppercase font (.VnTimeH, .VnArialH): every
   * toned code is a capital. Without it, capitals are inferred from context.
   */
  upperFont?: boolean;
}

/** Converts text typed in a legacy Vietnamese encoding (as Latin-1 characters) to Unicode NFC. */
export function convertLegacy(text: string, encoding: LegacyEncoding, options: ConvertOptions = {}): string {
  if (encoding === 'vni') return decodeVni(text);
  // An uppercase font draws every letter, ASCII ones too, as a capital.
  return options.upperFont ? decodeTcvn3(text, true).toUpperCase() : decodeTcvn3(text, false);
}

function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_DECODE.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_DECODE.get(text[i]!) ?? text[i]!;
  }
  return out;
}

type WordCase = 'upper' | 'lower' | 'neutral';

/**
 * TCVN3 toned codes are lowercase unless the font was an uppercase one; once the
 * font is lost, a toned code is taken as a capital when its word is written in
 * capitals (two or more capitals, no lowercase), when an unmarked word borrows
 * that from its neighbours, or when it starts a sentence.
 */
function decodeTcvn3(text: string, upperFont: boolean): string {
  const words = text.split(/(\s+)/);
  const cases = words.map(wordCase);
  let out = '';
  let sentenceStart = true;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (/^\s+$/.test(word) || word === '') {
      out += word;
      continue;
    }
    const upper = upperFont || resolveCase(cases, w) === 'upper';
    // A bullet or dash ("- Ủy ban …") leaves the sentence start where it was.
    const hasLetter = [...word].some((ch) => /[\p{L}\d]/u.test(ch) || TCVN3_DECODE.has(ch));
    let first = true;
    for (const ch of word) {
      const u = TCVN3_DECODE.get(ch);
      if (u === undefined) out += ch;
      else if (isTcvn3Toned(ch) && (upper || (first && sentenceStart))) out += u.toUpperCase();
      else out += u;
      if (/[\p{L}\d]/u.test(ch) || u !== undefined) first = false;
    }
    if (hasLetter) sentenceStart = /[.!?]["')\]]*$/.test(word);
  }
  return out.normalize('NFC');
}

function wordCase(word: string): WordCase {
  let upper = 0;
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    if (/[a-z]/.test(ch) || (code >= 0xa8 && code <= 0xae)) return 'lower';
    if (/[A-Z]/.test(ch) || (code >= 0xa1 && code <= 0xa7)) upper++;
  }
  return upper >= 2 ? 'upper' : 'neutral';
}

function resolveCase(cases: WordCase[], w: number): WordCase {
  if (cases[w] !== 'neutral') return cases[w]!;
  for (let d = 1; d < cases.length; d++) {
    const before = cases[w - d];
    if (before && before !== 'neutral') return before;
    const after = cases[w + d];
    if (after && after !== 'neutral') return after;
    if (w - d < 0 && w + d >= cases.length) break;
  }
  return 'lower';
}

/**
 * Encodes Unicode text into a legacy encoding (for tests and for producing
 * samples): letters without a code in the table are kept as they are.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = encoding === 'vni' ? VNI_ENCODE : TCVN3_ENCODE;
  let out = '';
  for (const ch of text.normalize('NFC')) out += table.get(ch) ?? ch;
  return out;
}
