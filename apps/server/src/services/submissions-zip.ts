import { Zip, ZipPassThrough } from 'fflate';
import { PassThrough, type Readable } from 'node:stream';

export interface ZipFile {
  /** Path inside the zip. */
  name: string;
  /** Read when its turn comes, so one file at a time is held in memory. */
  bytes: () => Promise<Uint8Array | undefined>;
}

/** A file name safe in every unzip tool: no folders, no control or reserved characters. */
export function safeEntryName(name: string): string {
  const clean = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '_')
    .replace(/^\.+/, '')
    .trim();
  return clean || 'ke-hoach.docx';
}

/**
 * The files as one zip, streamed: each entry is stored (a .docx is already compressed),
 * read only when the reader has taken the one before. A failure mid-way is passed to
 * `onError` and ends the stream.
 */
export function zipStream(files: AsyncIterable<ZipFile> | Iterable<ZipFile>, onError: (err: unknown) => void): Readable {
  const out = new PassThrough();
  const zip = new Zip((err, chunk, final) => {
    if (err) return out.destroy(err);
    out.write(chunk);
    if (final) out.end();
  });
  const drained = () => (out.writableNeedDrain ? new Promise<void>((r) => out.once('drain', () => r())) : Promise.resolve());
  (async () => {
    const used = new Set<string>();
    for await (const f of files) {
      if (out.destroyed) return;
      const bytes = await f.bytes();
      if (!bytes) continue;
      const base = safeEntryName(f.name);
      let name = base;
      for (let n = 2; used.has(name); n++) name = base.replace(/(\.docx)?$/i, ` (${n})$1`);
      used.add(name);
      const entry = new ZipPassThrough(name);
      entry.mtime = new Date('2026-01-01T00:00:00Z');
      zip.add(entry);
      entry.push(bytes, true);
      await drained();
    }
    zip.end();
  })().catch((err: unknown) => {
    onError(err);
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return out;
}
