/**
 * Test helper: hand-made zip archives whose headers may lie, and a deflate
 * stream of zeros written directly (so a 1 GB bomb costs a few MB to build).
 */

export interface CraftEntry {
  name: string;
  /** Bytes as stored (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** Uncompressed size written in the headers (may lie). */
  declaredSize: number;
  flags?: number;
}

/** A zip with local headers, central directory and end record. CRCs are left 0. */
export function craftZip(entries: CraftEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, e.flags ?? 0, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    chunks.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * A raw deflate stream that inflates to `1 + 258 * repeats` zero bytes: one fixed
 * Huffman block, a literal 0, then (length 258, distance 1) pairs at 13 bits each.
 */
export function zerosDeflate(repeats: number): { data: Uint8Array; size: number } {
  const out = new Uint8Array(Math.ceil((3 + 8 + repeats * 13 + 7) / 8) + 2);
  let bit = 0;
  const put = (value: number, n: number): void => {
    for (let i = 0; i < n; i++, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  const code = (value: number, n: number): void => {
    for (let i = n - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  put(1, 1); // BFINAL
  put(1, 2); // fixed Huffman
  code(0x30, 8); // literal 0
  for (let i = 0; i < repeats; i++) {
    code(0xc5, 8); // length symbol 285 = 258
    code(0, 5); // distance code 0 = 1
  }
  code(0, 7); // end of block
  return { data: out.subarray(0, (bit + 7) >> 3), size: 1 + 258 * repeats };
}
