/**
 * `npm run cli -- text` against another reader: for every real file in the shared
 * corpus, the lines our CLI prints match LibreOffice's own text export, except
 * where a file holds footnote/endnote marks (LibreOffice writes them into the body;
 * libs/docx/src/corpus.test.ts checks those files after removing the marks).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreOfficeText, normaliseLines } from '@cds/docx/testing/soffice';
import { run } from '@cds/cli/run';
import { corpusDir } from '@cds/test-support';

const CORPUS = corpusDir();
const files = (function list(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? list(join(dir, e.name)) : e.name.endsWith('.docx') ? [join(dir, e.name)] : [],
  );
})(CORPUS).sort();

const hasNotes = (bytes: Uint8Array) =>
  /<w:(footnote|endnote)Reference\b/.test(strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!));

describe('cli text on the real-docx corpus', () => {
  it('prints what LibreOffice extracts, for every file without notes', async () => {
    const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
    const lo = libreOfficeText(bytes);
    const differing: string[] = [];
    for (const [i, file] of files.entries()) {
      const out: string[] = [];
      const code = await run(
        ['text', file],
        (s) => out.push(s),
        () => {},
      );
      expect(code, relative(CORPUS, file)).toBe(0);
      if (JSON.stringify(normaliseLines(out.join('\n'))) !== JSON.stringify(normaliseLines(lo[i]!))) differing.push(relative(CORPUS, file));
    }
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(differing.filter((name) => !hasNotes(new Uint8Array(readFileSync(join(CORPUS, name)))))).toEqual([]);
    expect(differing.length).toBeLessThanOrEqual(3);
  }, 300_000);
});
