import { convertLegacy, type LegacyEncoding } from './convert.js';
import { isVietnameseSyllable } from './syllable.js';

/** Latin-1 letters that Vietnamese Unicode text itself uses. */
const VIET_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');
/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and the U+1EA0 block): proper Unicode text. */
const VIET_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** A character that is neither ASCII nor Vietnamese: the trace a legacy encoding leaves. */
function isOdd(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xa1 && c <= 0xff && !VIET_LATIN1.has(ch);
}

/**
 * Detects text typed in TCVN3 (ABC, .VnTime) or VNI (VNI-Times) that reached a
 * Unicode document as Latin-1 gibberish ("KÕ ho¹ch", "Keá hoaïch"). Statistical:
 * words holding legacy characters are converted both ways, and an encoding is
 * named only when most of them become well-formed Vietnamese syllables. Proper
 * Vietnamese Unicode, English and other Latin-1 languages give null.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const nfc = text.normalize('NFC');
  if (VIET_UNICODE.test(nfc)) return null;
  const words = nfc
    .split(/[\s,;:!?()"“”'‘’[\]{}<>/…-]+/)
    .map((w) => w.replace(/^[.]+|[.]+$/g, ''))
    .filter(Boolean);
  const suspects = words.filter((w) => [...w].some(isOdd));
  const minimum = words.length <= 2 ? 1 : 2;
  if (suspects.length < minimum || suspects.length / words.length < 0.15) return null;
  const tcvn3 = score(suspects, 'tcvn3');
  const vni = score(suspects, 'vni');
  const best: LegacyEncoding = vni > tcvn3 ? 'vni' : 'tcvn3';
  return Math.max(tcvn3, vni) >= 0.75 ? best : null;
}

/** Share of suspect words that convert into Vietnamese syllables. */
function score(suspects: string[], encoding: LegacyEncoding): number {
  let ok = 0;
  for (const w of suspects) {
    const converted = convertLegacy(w, encoding).replace(/[.]+$/, '');
    if (/^[\p{L}]+$/u.test(converted) && isVietnameseSyllable(converted)) ok++;
  }
  return ok / suspects.length;
}
