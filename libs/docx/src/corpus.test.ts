import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxText, readDocx } from './index.js';
import { fastXmlParser } from './fast-xml-parser.js';
import { hasSoffice, libreOfficeText, normaliseLines, textForLibreOffice } from './testing/soffice.js';
import { corpusDir } from '@cds/test-support';

/** ../shared/corpus/real-docx from the repository root: real files authored by Word and LibreOffice. */
const CORPUS = corpusDir();

function docxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? docxFiles(join(dir, e.name)) : e.name.endsWith('.docx') ? [join(dir, e.name)] : [],
  );
}

const files = docxFiles(CORPUS).sort();
const bytes = files.map((f) => new Uint8Array(readFileSync(f)));

/**
 * The one documented difference: LibreOffice writes footnote and endnote
 * reference marks into the body text (footnotes 1, 2…; endnotes i, ii…, its
 * defaults), while our reader leaves notes out of the body. Removes exactly those
 * marks, in document order, from LibreOffice's text.
 */
function withoutNoteMarks(loText: string, docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  let foot = 0;
  let end = 0;
  const marks = [...xml.matchAll(/<w:(footnote|endnote)Reference\b/g)].map((m) => (m[1] === 'footnote' ? String(++foot) : roman(++end)));
  let out = loText;
  let from = 0;
  for (const mark of marks) {
    const at = out.indexOf(mark, from);
    if (at < 0) continue;
    out = out.slice(0, at) + out.slice(at + mark.length);
    from = at;
  }
  return out;
}

const roman = (n: number): string => ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][n] ?? String(n);

describe('the real-docx corpus (Word and LibreOffice files)', () => {
  it('holds the expected files', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it('opens every file', () => {
    for (const [i, f] of files.entries()) expect(() => readDocx(bytes[i]!), relative(CORPUS, f)).not.toThrow();
  });

  it('reads the same model with fast-xml-parser (the tree reader) as with the stream reader', () => {
    bytes.forEach((b, i) => expect(readDocx(b, { xmlParser: fastXmlParser }), relative(CORPUS, files[i]!)).toEqual(readDocx(b)));
  });

  it.skipIf(!hasSoffice)('gives the same text as LibreOffice’s text export of every file', () => {
    const lo = libreOfficeText(bytes);
    let exact = 0;
    let normalised = 0;
    const notes: string[] = [];
    files.forEach((f, i) => {
      const name = relative(CORPUS, f);
      if (JSON.stringify(normaliseLines(docxText(readDocx(bytes[i]!)))) === JSON.stringify(normaliseLines(lo[i]!))) return void exact++;
      expect(textForLibreOffice(readDocx(bytes[i]!)), name).toEqual(normaliseLines(withoutNoteMarks(lo[i]!, bytes[i]!)));
      normalised++;
      notes.push(name);
    });
    console.info(`corpus: ${files.length} files, ${exact} agree exactly, ${normalised} after the documented normalisations (${notes.join(', ')})`);
    // Only files that really have notes or bullet lists may need the normalisations.
    for (const name of notes) {
      const parts = unzipSync(bytes[files.indexOf(join(CORPUS, name))]!);
      const why = strFromU8(parts['word/document.xml']!) + (parts['word/numbering.xml'] ? strFromU8(parts['word/numbering.xml']) : '');
      expect(why, name).toMatch(/<w:(footnote|endnote)Reference\b|w:val="bullet"/);
    }
    expect(exact + normalised).toBe(files.length);
  });
});
