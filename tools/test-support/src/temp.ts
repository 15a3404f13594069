import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every folder made here carries this prefix, so a leftover is easy to trace to its test. */
export const TEMP_PREFIX = 'cds-test-';

export interface TempDir {
  path: string;
  /** Removes the folder and everything in it (safe to call twice). */
  remove(): void;
}

/** A fresh folder in the system's temporary directory; the caller removes it (afterAll / finally). */
export function tempDir(label: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}${label}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Runs `fn` with a temporary folder that is removed afterwards, whatever happens. */
export async function withTempDir<T>(label: string, fn: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = tempDir(label);
  try {
    return await fn(dir.path);
  } finally {
    dir.remove();
  }
}
