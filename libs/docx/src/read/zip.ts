import { Inflate } from 'fflate';
import { DocxError } from '../errors.js';
import type { DocxLimits } from '../limits.js';
import { applyZip64Extra, concat, findEocd, isEncryptedOle, u16, u32, u64, type ZipEntry } from './zipformat.js';

interface NativeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

/** node's zlib when running in node (no import, so a browser bundle never asks for it); fflate elsewhere. */
const nativeZlib = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:zlib') as
  NativeZlib | undefined;

/**
 * A zip archive read from its central directory. Every declared size is checked
 * against the limits before anything is inflated, and entries are inflated lazily
 * in small slices with a running byte counter, so a header that lies is caught
 * while inflating, never after a giant allocation.
 */
export class ZipArchive {
  /** By lower-cased part name: OPC part names are case-insensitive. */
  private readonly entries = new Map<string, ZipEntry & { part: string }>();
  private inflatedTotal = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly limits: DocxLimits,
  ) {
    if (data.length > limits.maxInputBytes) throw new DocxError('too-large', undefined, limits.maxInputBytes);
    if (data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0)
      throw new DocxError(isEncryptedOle(data) ? 'encrypted' : 'not-docx');
    if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw new DocxError('not-zip');
    this.readDirectory();
  }

  /** Entry names as stored (forward slashes, no leading slash). */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.part);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** Inflates one entry, or undefined if absent. */
  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name.toLowerCase());
    return e ? this.inflate(e) : undefined;
  }

  private readDirectory(): void {
    const d = this.data;
    const eocd = findEocd(d);
    if (eocd < 0) throw new DocxError(d[2] === 3 && d[3] === 4 ? 'truncated' : 'not-zip');
    let count = u16(d, eocd + 10);
    let cdSize = u32(d, eocd + 12);
    let cdOffset = u32(d, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || u32(d, loc) !== 0x07064b50) throw new DocxError('corrupt');
      const z64 = Number(u64(d, loc + 8));
      if (z64 + 56 > d.length || u32(d, z64) !== 0x06064b50) throw new DocxError('truncated');
      count = Number(u64(d, z64 + 32));
      cdSize = Number(u64(d, z64 + 40));
      cdOffset = Number(u64(d, z64 + 48));
    }
    if (count > this.limits.maxEntries) throw new DocxError('zip-bomb');
    if (cdOffset + cdSize > d.length) throw new DocxError('truncated');
    let declaredTotal = 0;
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > d.length || u32(d, p) !== 0x02014b50) throw new DocxError('truncated');
      const nameLen = u16(d, p + 28);
      const extraLen = u16(d, p + 30);
      const e: ZipEntry = {
        flags: u16(d, p + 8),
        method: u16(d, p + 10),
        compressedSize: u32(d, p + 20),
        size: u32(d, p + 24),
        localOffset: u32(d, p + 42),
        name: new TextDecoder().decode(d.subarray(p + 46, p + 46 + nameLen)),
      };
      applyZip64Extra(e, d, p + 46 + nameLen, extraLen);
      p += 46 + nameLen + extraLen + u16(d, p + 32);
      this.checkDeclared(e);
      declaredTotal += e.size;
      if (declaredTotal > this.limits.maxTotalInflated) throw new DocxError('zip-bomb', undefined, this.limits.maxTotalInflated);
      const part = partName(e.name);
      // Two entries one part name resolves to: whichever a tool picks, the other hides from it.
      const key = part.toLowerCase();
      if (this.entries.has(key)) throw new DocxError('duplicate-entry', part);
      this.entries.set(key, { ...e, part });
    }
  }

  private checkDeclared(e: ZipEntry): void {
    const l = this.limits;
    if (e.flags & 1) throw new DocxError('encrypted', e.name);
    if (e.size > l.maxEntryInflated) throw new DocxError('zip-bomb', e.name, l.maxEntryInflated);
    if (e.size > l.ratioAppliesAbove && e.size > l.maxRatio * Math.max(1, e.compressedSize)) throw new DocxError('zip-bomb', e.name);
    if (e.localOffset + 30 > this.data.length) throw new DocxError('truncated', e.name);
  }

  private inflate(e: ZipEntry): Uint8Array {
    const d = this.data;
    const h = e.localOffset;
    if (u32(d, h) !== 0x04034b50) throw new DocxError('corrupt', e.name);
    const start = h + 30 + u16(d, h + 26) + u16(d, h + 28);
    const end = start + e.compressedSize;
    if (end > d.length) throw new DocxError('truncated', e.name);
    const raw = d.subarray(start, end);
    if (e.method === 0) return this.count(e, raw.length, raw.length) && raw;
    if (e.method !== 8) throw new DocxError('corrupt', e.name);
    if (nativeZlib && raw.length) return this.inflateNative(e, raw, nativeZlib);
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let done = false;
    const inf = new Inflate((chunk, final) => {
      produced += chunk.length;
      this.count(e, produced, chunk.length);
      chunks.push(chunk);
      if (final) done = true;
    });
    // Small input slices bound the output of one push (deflate expands at most ~1032:1).
    const SLICE = 16 * 1024;
    try {
      for (let i = 0; i < raw.length; i += SLICE) inf.push(raw.subarray(i, i + SLICE), i + SLICE >= raw.length);
      if (raw.length === 0) inf.push(raw, true);
    } catch (err) {
      if (err instanceof DocxError) throw err;
      throw new DocxError('truncated', e.name);
    }
    if (!done && produced < e.size) throw new DocxError('truncated', e.name);
    return concat(chunks, produced);
  }

  /**
   * The same with node's zlib (about twice as fast as fflate's inflate), told to
   * stop past the most bytes the entry may produce: its declared size, the
   * per-entry limit, what the total limit leaves. Which one was passed gives the
   * same refusal as `count`.
   */
  private inflateNative(e: ZipEntry, raw: Uint8Array, zlib: NativeZlib): Uint8Array {
    const l = this.limits;
    const declared = e.size === 0xffffffff ? Infinity : e.size;
    const left = l.maxTotalInflated - this.inflatedTotal;
    const cap = Math.min(declared, l.maxEntryInflated, left);
    let out: Uint8Array;
    try {
      out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') throw new DocxError('truncated', e.name);
      if (cap === declared) throw new DocxError('zip-bomb', e.name);
      if (cap === l.maxEntryInflated) throw new DocxError('zip-bomb', e.name, l.maxEntryInflated);
      throw new DocxError('zip-bomb', undefined, l.maxTotalInflated);
    }
    this.count(e, out.length, out.length);
    if (out.length < e.size && e.size !== 0xffffffff) throw new DocxError('truncated', e.name);
    return out;
  }

  /** Enforces the per-entry, ratio and total limits while bytes come out. */
  private count(e: ZipEntry, producedSoFar: number, added: number): true {
    const l = this.limits;
    this.inflatedTotal += added;
    if (producedSoFar > e.size && e.size !== 0xffffffff) throw new DocxError('zip-bomb', e.name);
    if (producedSoFar > l.maxEntryInflated) throw new DocxError('zip-bomb', e.name, l.maxEntryInflated);
    if (this.inflatedTotal > l.maxTotalInflated) throw new DocxError('zip-bomb', undefined, l.maxTotalInflated);
    return true;
  }
}

/**
 * The part name of an entry. Some Windows tools write backslashes; part names use
 * forward slashes. Names that would leave the folder they are unzipped into
 * (absolute, a drive letter, a `..` segment) or hold control characters are
 * refused: OPC forbids them, Word will not open such a package, and the server
 * keeps the original file, so it must never store one that a later unzip could
 * turn into a write outside its folder.
 */
export function partName(raw: string): string {
  const name = raw.replace(/\\/g, '/');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..') || /[\u0000-\u001f\u007f]/.test(name))
    throw new DocxError('unsafe-entry-name', raw);
  return name;
}
