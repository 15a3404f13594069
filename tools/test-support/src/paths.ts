import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's root (this file is tools/test-support/src/paths.ts). */
export const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * `shared/` beside the repository's root, on every machine and in CI
 * (`CDS_SHARED_DIR` points elsewhere when a checkout lives somewhere else).
 */
export const sharedDir = (): string => process.env.CDS_SHARED_DIR ?? resolve(repoRoot, '../shared');

/** The real .docx files authored by Word and LibreOffice. */
export const corpusDir = (): string => join(sharedDir(), 'corpus', 'real-docx');

/** The corpus's .docx files (in its subfolders too), sorted; empty when shared/ is not there. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.toLowerCase().endsWith('.docx')) out.push(p);
    }
  };
  if (existsSync(corpusDir())) walk(corpusDir());
  return out.sort();
}
