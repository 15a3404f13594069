import { DocxError } from '../errors.js';
import { dropInvalidChars } from './chars.js';

const utf8 = new TextDecoder('utf-8');
/** Node's Buffer decodes UTF-8 faster than TextDecoder; used when present (not in browsers). */
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike, o: number, l: number): { toString(enc: 'utf8'): string } } }).Buffer;

/**
 * Bytes of an XML part to text. UTF-8 is what Word and LibreOffice write; UTF-16
 * (with a byte-order mark, or recognised from its `<?` in two bytes) and the
 * single-byte encodings a declaration may name are decoded too, so every part is
 * checked for DOCTYPE and read the same way whatever its encoding. UTF-32 and
 * encodings the platform cannot decode are refused. The BOM is dropped and so is
 * every character XML does not allow (see `chars.ts`).
 */
export function partText(bytes: Uint8Array, part = ''): string {
  const { text, utf8 } = decodePart(bytes, part);
  // UTF-8 (nearly every part) is checked on its bytes, several times faster than a scan of the string.
  return utf8 && !hasInvalidUtf8Chars(bytes) ? text : dropInvalidChars(text);
}

/**
 * Whether UTF-8 bytes hold a character XML does not allow. C0 controls are single
 * bytes in UTF-8, U+FFFE/U+FFFF are EF BF BE/BF, and the decoder turns encoded
 * surrogates (invalid UTF-8) into U+FFFD, so these bytes are all there is to find.
 */
function hasInvalidUtf8Chars(b: Uint8Array): boolean {
  const n = b.length;
  // Four bytes at a time where aligned: a word with no byte below 0x20 and no 0xEF holds none of them.
  const head = Math.min(n, (4 - (b.byteOffset & 3)) & 3);
  if (badBytes(b, 0, head)) return true;
  const words = new Uint32Array(b.buffer, b.byteOffset + head, (n - head) >> 2);
  for (let w = 0; w < words.length; w++) {
    const x = words[w]!;
    const y = x ^ 0xefefefef;
    if (((x - 0x20202020) & ~x & 0x80808080) | ((y - 0x01010101) & ~y & 0x80808080)) {
      const at = head + 4 * w;
      if (badBytes(b, at, at + 4)) return true;
    }
  }
  return badBytes(b, head + 4 * words.length, n);
}

/** The byte-wise check over `[from, to)` (a U+FFFE/U+FFFF may run past `to`). */
function badBytes(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = b[i]!;
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c === 0xef && b[i + 1] === 0xbf && (b[i + 2] === 0xbe || b[i + 2] === 0xbf)) return true;
  }
  return false;
}

function decodePart(b: Uint8Array, part: string): { text: string; utf8: boolean } {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) ||
    (b0 === 0x3c && b1 === 0 && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0 && b3 === 0x3c)
  )
    throw new DocxError('xml-encoding', part);
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0)) return { text: decodeWith('utf-16le', b, part), utf8: false };
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f)) return { text: decodeWith('utf-16be', b, part), utf8: false };
  const label = declaredEncoding(b);
  if (label && !/^utf-?8$/i.test(label) && !/^utf-?16/i.test(label)) return { text: decodeWith(label, b, part), utf8: false };
  // UTF-8 (a part declared UTF-16 but written in single bytes is read as UTF-8, as Word does).
  const s = NodeBuffer ? NodeBuffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8') : utf8.decode(b);
  return { text: s.charCodeAt(0) === 0xfeff ? s.slice(1) : s, utf8: true };
}

function decodeWith(label: string, b: Uint8Array, part: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label); // drops the matching BOM itself
  } catch {
    throw new DocxError('xml-encoding', part);
  }
  return decoder.decode(b);
}

/** `encoding="…"` of an ASCII-compatible XML declaration, if any. */
function declaredEncoding(b: Uint8Array): string | undefined {
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (b[start] !== 0x3c || b[start + 1] !== 0x3f) return undefined;
  let head = '';
  for (let i = start; i < Math.min(b.length, start + 200); i++) {
    head += String.fromCharCode(b[i]!);
    if (b[i] === 0x3e) break;
  }
  return /^<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}
