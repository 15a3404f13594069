/** Byte-level pieces of the zip format: end record, zip64 extras, little-endian reads. */

/** One entry of the central directory, with the sizes it declares. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Offset of the end-of-central-directory record, or -1. */
export function findEocd(d: Uint8Array): number {
  const min = Math.max(0, d.length - 22 - 0xffff);
  for (let i = d.length - 22; i >= min; i--) if (u32(d, i) === 0x06054b50) return i;
  return -1;
}

/** Replaces 0xFFFFFFFF sizes/offsets with the zip64 extra field's values. */
export function applyZip64Extra(e: ZipEntry, d: Uint8Array, at: number, len: number): void {
  for (let p = at; p + 4 <= at + len;) {
    const id = u16(d, p);
    const size = u16(d, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (e.size === 0xffffffff) {
        e.size = Number(u64(d, q));
        q += 8;
      }
      if (e.compressedSize === 0xffffffff) {
        e.compressedSize = Number(u64(d, q));
        q += 8;
      }
      if (e.localOffset === 0xffffffff) e.localOffset = Number(u64(d, q));
    }
    p += 4 + size;
  }
}

/** An OLE compound file holding an "EncryptedPackage" stream is a password-protected .docx. */
export function isEncryptedOle(d: Uint8Array): boolean {
  // Directory sectors sit on 512-byte boundaries, often near the start or the end.
  const MB = 1 << 20;
  const tail = Math.max(0, d.length - MB) & ~511;
  const dec = new TextDecoder('utf-16le');
  const probe = dec.decode(d.subarray(0, Math.min(d.length, MB))) + dec.decode(d.subarray(tail));
  return probe.includes('EncryptedPackage') || probe.includes('EncryptionInfo');
}

/** Joins inflated chunks. */
export function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export const u16 = (d: Uint8Array, p: number): number => (d[p]! | (d[p + 1]! << 8)) >>> 0;
export const u32 = (d: Uint8Array, p: number): number => (d[p]! | (d[p + 1]! << 8) | (d[p + 2]! << 16) | (d[p + 3]! << 24)) >>> 0;
export const u64 = (d: Uint8Array, p: number): bigint => BigInt(u32(d, p)) | (BigInt(u32(d, p + 4)) << 32n);
