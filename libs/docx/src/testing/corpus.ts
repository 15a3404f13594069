/** Test helper: the real-docx corpus (located by `@cds/test-support`) with each file's bytes. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { corpusDir, corpusFiles as corpusPaths } from '@cds/test-support';

/** Every .docx of the corpus, sorted by path; `name` is relative to the corpus folder. */
export function corpusFiles(): { name: string; path: string; bytes: Uint8Array }[] {
  return corpusPaths().map((path) => ({ name: relative(corpusDir(), path), path, bytes: new Uint8Array(readFileSync(path)) }));
}
