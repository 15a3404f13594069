/**
 * `TextDecoder` for Internet Explorer 11, which has none (core-js does not carry it).
 * The .docx reader decodes XML parts as UTF-8, or UTF-16 when a part says so; other
 * labels throw RangeError as the real constructor does for an unknown label, which
 * the reader turns into its "encoding not supported" refusal.
 */
type Decode = (b: Uint8Array) => string;

function utf8(b: Uint8Array): string {
  let out = '';
  let i = 0;
  // Invalid sequences become U+FFFD, as TextDecoder does without `fatal`.
  while (i < b.length) {
    const c = b[i]!;
    let cp = 0xfffd;
    let n = 1;
    if (c < 0x80) cp = c;
    else if (c >= 0xc2 && c < 0xe0) n = 2;
    else if (c >= 0xe0 && c < 0xf0) n = 3;
    else if (c >= 0xf0 && c < 0xf5) n = 4;
    if (n > 1) {
      let v = c & (0xff >> (n + 1));
      let ok = i + n <= b.length;
      for (let k = 1; ok && k < n; k++) {
        const d = b[i + k]!;
        if ((d & 0xc0) !== 0x80) ok = false;
        else v = (v << 6) | (d & 0x3f);
      }
      if (ok && !(n === 3 && (v < 0x800 || (v >= 0xd800 && v <= 0xdfff))) && !(n === 4 && (v < 0x10000 || v > 0x10ffff))) cp = v;
      else n = 1;
    }
    i += n;
    if (cp > 0xffff) {
      cp -= 0x10000;
      out += String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else out += String.fromCharCode(cp);
  }
  return out;
}

const utf16 =
  (little: boolean): Decode =>
  (b) => {
    let out = '';
    for (let i = 0; i + 1 < b.length; i += 2) out += String.fromCharCode(little ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
    return out;
  };

const DECODERS: Record<string, Decode> = { 'utf-8': utf8, utf8: utf8, 'utf-16le': utf16(true), 'utf-16': utf16(true), 'utf-16be': utf16(false) };
const BOMS: Record<string, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

class TextDecoderPolyfill {
  readonly encoding: string;
  private readonly run: Decode;
  constructor(label = 'utf-8') {
    const key = String(label).trim().toLowerCase();
    const run = DECODERS[key];
    if (!run) throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    this.encoding = key === 'utf8' ? 'utf-8' : key === 'utf-16' ? 'utf-16le' : key;
    this.run = run;
  }
  decode(input?: ArrayBuffer | ArrayBufferView): string {
    if (!input) return '';
    const b =
      input instanceof Uint8Array
        ? input
        : ArrayBuffer.isView(input)
          ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
          : new Uint8Array(input);
    const bom = BOMS[this.encoding]!;
    const skip = bom.every((x, k) => b[k] === x) ? bom.length : 0;
    return this.run(skip ? b.subarray(skip) : b);
  }
}

/** Installs the polyfill where the platform has no TextDecoder. */
export function installTextDecoder(global: { TextDecoder?: unknown }): void {
  if (typeof global.TextDecoder !== 'function') global.TextDecoder = TextDecoderPolyfill;
}

export { TextDecoderPolyfill };
