import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '@cds/docx';
import { sampleCatalog } from '@cds/plan';
import { analyze } from './analyze.js';
import { FindingSchema } from './finding.js';
import { corpusDir } from '@cds/test-support';

/**
 * Real .docx files authored by Word and LibreOffice (not plans): every rule runs
 * on what the reader makes of them without crashing, and every finding is well formed.
 */
const corpus = corpusDir();
const files = (() => {
  try {
    return readdirSync(corpus, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(corpus, d.name))
          .filter((f) => f.endsWith('.docx'))
          .map((f) => join(corpus, d.name, f)),
      );
  } catch {
    return [];
  }
})();

describe.runIf(files.length > 0)('rules over real .docx files', () => {
  it.each(files.map((f) => [f.slice(corpus.length + 1), f]))('%s', (_name, file) => {
    let doc;
    try {
      doc = readDocx(new Uint8Array(readFileSync(file)));
    } catch {
      return; // the reader refuses it with a typed error: its own tests cover that
    }
    const a = analyze(doc, { catalog: sampleCatalog.entries });
    expect(a.findings.filter((f) => f.rule === 'rule-crashed')).toEqual([]);
    for (const f of a.findings) expect(FindingSchema.safeParse(f).success).toBe(true);
  });
});
