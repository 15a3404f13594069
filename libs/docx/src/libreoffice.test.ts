import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentModel } from '@cds/model';
import * as d from 'docx';
import { tempDir } from '@cds/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, readDocx, writeDocx } from './index.js';
import { FIXTURES } from './testing/fixtures.js';
import { para, richModel } from './testing/models.js';
import { docx } from './testing/ooxml.js';
import { hasSoffice, libreOfficeText, normaliseLines, soffice, textForLibreOffice } from './testing/soffice.js';

const temp = tempDir('docx-lo');
const work = temp.path;
afterAll(() => temp.remove());
const ours = (bytes: Uint8Array): string[] => normaliseLines(docxText(readDocx(bytes)));
const oursForLo = (bytes: Uint8Array): string[] => textForLibreOffice(readDocx(bytes));

describe.skipIf(!hasSoffice)('LibreOffice opens what writeDocx writes', () => {
  const models: Record<string, DocumentModel> = {
    rich: richModel(),
    plain: { body: [para('Một đoạn văn.'), para('  Dòng có\tdấu tab\nvà ngắt dòng  ')], sections: [], defaults: {} },
  };
  const written = Object.fromEntries(Object.entries(models).map(([k, m]) => [k, writeDocx(m)]));

  it('converts every written file to PDF with A4 pages', () => {
    const paths = Object.entries(written).map(([k, b]) => {
      const p = join(work, `${k}.docx`);
      writeFileSync(p, b);
      return p;
    });
    soffice(paths, 'pdf', work);
    for (const k of Object.keys(written)) {
      const pdf = readFileSync(join(work, `${k}.pdf`));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const info = execFileSync('pdfinfo', [join(work, `${k}.pdf`)]).toString();
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    }
    // The rich model has three sections: portrait, landscape table pages, portrait.
    expect(execFileSync('pdfinfo', [join(work, 'rich.pdf')]).toString()).toMatch(/Pages:\s+3\b/);
  });

  it('gets the same text from LibreOffice’s text export as from our reader', () => {
    const keys = Object.keys(written);
    const lo = libreOfficeText(keys.map((k) => written[k]!));
    keys.forEach((k, i) => expect(normaliseLines(lo[i]!), k).toEqual(oursForLo(written[k]!)));
    expect(ours(written.rich!)).toContain('2.1. ý 2.1');
  });
});

/** Plans generated with the `docx` npm package, as other tools would write them. */
async function generated(): Promise<Record<string, Uint8Array>> {
  const numbering = {
    config: [
      {
        reference: 'plan',
        levels: [
          { level: 0, format: d.LevelFormat.UPPER_ROMAN, text: '%1.', alignment: d.AlignmentType.LEFT },
          { level: 1, format: d.LevelFormat.DECIMAL, text: '%2.', alignment: d.AlignmentType.LEFT },
          { level: 2, format: d.LevelFormat.LOWER_LETTER, text: '%3)', alignment: d.AlignmentType.LEFT },
        ],
      },
    ],
  };
  const heading = new d.Paragraph({ text: 'Phần II. NỘI DUNG KẾ HOẠCH NĂM 2026', heading: d.HeadingLevel.HEADING_1 });
  const items = [
    new d.Paragraph({ text: 'Căn cứ lập kế hoạch', heading: d.HeadingLevel.HEADING_2, numbering: { reference: 'plan', level: 0 } }),
    new d.Paragraph({ text: 'Mục tiêu', heading: d.HeadingLevel.HEADING_2, numbering: { reference: 'plan', level: 0 } }),
    new d.Paragraph({ text: 'Mục tiêu chung', numbering: { reference: 'plan', level: 1 } }),
    new d.Paragraph({ text: 'Mục tiêu, chỉ tiêu cụ thể', numbering: { reference: 'plan', level: 1 } }),
    new d.Paragraph({ text: 'Kết quả đạt được', numbering: { reference: 'plan', level: 2 } }),
    new d.Paragraph({ text: 'Tồn tại, hạn chế', numbering: { reference: 'plan', level: 2 } }),
    new d.Paragraph({ children: [new d.TextRun('Nhiệm vụ '), new d.TextRun({ text: 'trọng tâm', bold: true })], numbering: { reference: 'plan', level: 0 } }),
  ];
  const cell = (text: string, o: Partial<d.ITableCellOptions> = {}): d.TableCell => new d.TableCell({ children: [new d.Paragraph(text)], ...o });
  const table = new d.Table({
    rows: [
      new d.TableRow({ tableHeader: true, children: [cell('TT'), cell('Tên chỉ tiêu'), cell('Mục tiêu', { columnSpan: 2 })] }),
      new d.TableRow({ children: [cell('1', { rowSpan: 2 }), cell('Tỷ lệ dịch vụ công trực tuyến'), cell('2026: 80%'), cell('2030: 100%')] }),
      new d.TableRow({ children: [cell('Tỷ lệ hồ sơ số hoá'), cell('2026: 60%'), cell('2030: 90%')] }),
    ],
  });
  const docs = {
    outline: new d.Document({ numbering, sections: [{ children: [heading, ...items] }] }),
    tables: new d.Document({ sections: [{ children: [new d.Paragraph('Bảng chỉ tiêu'), table, new d.Paragraph('Hết bảng')] }] }),
  };
  const out: Record<string, Uint8Array> = {};
  for (const [k, doc] of Object.entries(docs)) out[k] = new Uint8Array(await d.Packer.toBuffer(doc));
  return out;
}

describe.skipIf(!hasSoffice)('files from the docx npm package, and after a LibreOffice round trip', () => {
  let original: Record<string, Uint8Array>;
  const viaLo: Record<string, Uint8Array> = {};
  beforeAll(async () => {
    original = await generated();
    const dirIn = join(work, 'gen');
    const dirOut = join(work, 'gen-lo');
    execFileSync('mkdir', ['-p', dirIn, dirOut]);
    const paths = Object.entries(original).map(([k, b]) => (writeFileSync(join(dirIn, `${k}.docx`), b), join(dirIn, `${k}.docx`)));
    soffice(paths, 'docx:MS Word 2007 XML', dirOut);
    for (const k of Object.keys(original)) viaLo[k] = new Uint8Array(readFileSync(join(dirOut, `${k}.docx`)));
  });

  it('reads automatic numbering and headings as Word shows them', () => {
    const m = readDocx(original.outline!);
    expect(ours(original.outline!)).toEqual([
      'Phần II. NỘI DUNG KẾ HOẠCH NĂM 2026',
      'I. Căn cứ lập kế hoạch',
      'II. Mục tiêu',
      '1. Mục tiêu chung',
      '2. Mục tiêu, chỉ tiêu cụ thể',
      'a) Kết quả đạt được',
      'b) Tồn tại, hạn chế',
      'III. Nhiệm vụ trọng tâm',
    ]);
    expect(m.body.slice(0, 3).map((b) => b.kind === 'paragraph' && b.outlineLevel)).toEqual([0, 1, 1]);
  });

  it('reads merged cells and header rows', () => {
    const t = readDocx(original.tables!).body.find((b) => b.kind === 'table');
    expect(t?.kind === 'table' && t.rows.map((r) => r.cells.map((c) => [c.gridSpan ?? 1, c.vMerge ?? '']))).toEqual([
      [
        [1, ''],
        [1, ''],
        [2, ''],
      ],
      [
        [1, 'restart'],
        [1, ''],
        [1, ''],
        [1, ''],
      ],
      [
        [1, 'continue'],
        [1, ''],
        [1, ''],
        [1, ''],
      ],
    ]);
    expect(t?.kind === 'table' && t.rows[0]!.isHeader).toBe(true);
  });

  it('reads the same text before and after LibreOffice rewrites the XML', () => {
    for (const k of Object.keys(original)) {
      expect(ours(viaLo[k]!), k).toEqual(ours(original[k]!));
      // LibreOffice's XML really differs from the docx package's.
      expect(viaLo[k]!).not.toEqual(original[k]!);
    }
  });

  it('agrees with LibreOffice’s own text export of both versions', () => {
    const keys = Object.keys(original);
    const lo = libreOfficeText([...keys.map((k) => original[k]!), ...keys.map((k) => viaLo[k]!)]);
    keys.forEach((k, i) => {
      expect(normaliseLines(lo[i]!), k).toEqual(oursForLo(original[k]!));
      expect(normaliseLines(lo[i + keys.length]!), `${k} via LibreOffice`).toEqual(oursForLo(viaLo[k]!));
    });
  });
});

/**
 * Where LibreOffice's text export legitimately differs from Word's view (which is
 * ours), the exact difference, applied to LibreOffice's text.
 */
const LO_EXCEPTIONS: Record<string, (lo: string) => string> = {
  // LibreOffice keeps tracked deletions in its text export; Word's final view drops them.
  trackedChanges: (lo) => lo.replace('2025', ''),
  // LibreOffice recalculates DATE fields to today; Word shows the stored result.
  dateField: (lo) => lo.replace(new Date().toLocaleDateString('en-GB', { timeZone: 'UTC' }), '15/03/2026'),
};

describe.skipIf(!hasSoffice)('hand-built OOXML fixtures agree with LibreOffice', () => {
  it('split runs, NFD text, tracked changes, fields, proofErr, bookmarks, tabs and breaks', () => {
    const keys = Object.keys(FIXTURES);
    const files = keys.map((k) => docx({ body: FIXTURES[k]! }));
    const lo = libreOfficeText(files);
    keys.forEach((k, i) => {
      const loText = normaliseLines(lo[i]!);
      const fix = LO_EXCEPTIONS[k];
      if (fix) expect(loText, `${k} differs before the documented exception`).not.toEqual(ours(files[i]!));
      expect(normaliseLines((fix ?? ((s: string) => s))(lo[i]!)), k).toEqual(ours(files[i]!));
    });
  });

  it('bullets of any glyph: Word’s glyph for us, "•" for LibreOffice', () => {
    const glyphs: [string, string, string][] = [
      ['\uf0b7', 'Symbol', '•'],
      ['\uf0a7', 'Wingdings', '▪'],
      ['\uf0d8', 'Wingdings', '➢'],
      ['o', 'Courier New', 'o'],
      ['-', 'Times New Roman', '-'],
    ];
    const numbering =
      glyphs
        .map(
          ([c, font], i) =>
            `<w:abstractNum w:abstractNumId="${i}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>` +
            `<w:lvlText w:val="${c}"/><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr></w:lvl></w:abstractNum>`,
        )
        .join('') + glyphs.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join('');
    const body = glyphs
      .map((_, i) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${i + 1}"/></w:numPr></w:pPr><w:r><w:t>mục ${i}</w:t></w:r></w:p>`)
      .join('');
    const file = docx({ body, numbering });
    expect(ours(file)).toEqual(glyphs.map(([, , shown], i) => `${shown} mục ${i}`));
    expect(normaliseLines(libreOfficeText([file])[0]!)).toEqual(oursForLo(file));
  });
});
