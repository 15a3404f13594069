/**
 * Test helper: the real-docx corpus (`../shared/corpus/real-docx` from the
 * repository root: real files authored by Word and LibreOffice), in one place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The corpus folder. */
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/real-docx');

/** Every .docx under the corpus folder, sorted by path, with its bytes; `name` is relative to the folder. */
export function corpusFiles(dir = CORPUS_DIR): { name: string; path: string; bytes: Uint8Array }[] {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.docx') ? [join(d, e.name)] : []);
  return walk(dir).sort().map((path) => ({ name: relative(dir, path), path, bytes: new Uint8Array(readFileSync(path)) }));
}
