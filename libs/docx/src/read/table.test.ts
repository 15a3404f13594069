import { blockControls, cellText, paragraphs, type BlockContentControl, type Paragraph, type Table } from '@cds/model';
import { describe, expect, it } from 'vitest';
import { docxText, readDocx } from '../index.js';
import { docx, p } from '../testing/ooxml.js';

const tc = (inner: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner}</w:tc>`;
const sdt = (pr: string, content: string): string => `<w:sdt><w:sdtPr>${pr}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

describe('tables', () => {
  const body =
    p('Trước') +
    '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p('TT'))}${tc(p('Chỉ tiêu'), '<w:gridSpan w:val="2"/>')}</w:tr>` +
    `<w:tr>${tc(p('1'), '<w:vMerge w:val="restart"/>')}${tc(p('Tỷ lệ') + p('dòng hai'))}${tc(`<w:tbl><w:tr>${tc(p('lồng'))}</w:tr></w:tbl>${p('')}`)}</w:tr>` +
    `<w:tr>${tc(p(''), '<w:vMerge/>')}${tc(p('x'))}${tc(p('y'))}</w:tr>` +
    `<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr>${tc(p('hàng đã xoá'))}</w:tr>` +
    '</w:tbl>' +
    p('Sau');
  const m = readDocx(docx({ body }));
  const table = m.body[1] as Table;

  it('reads rows, cells, spans, vertical merges and header rows with stable ids', () => {
    expect(table).toMatchObject({ kind: 'table', id: 'b1', styleId: 'TableGrid' });
    expect(table.rows.map((r) => r.cells.length)).toEqual([2, 3, 3]);
    expect(table.rows[0]).toMatchObject({ id: 'b1.r0', isHeader: true });
    expect(table.rows[0]!.cells[1]).toMatchObject({ id: 'b1.r0.c1', gridSpan: 2 });
    expect(table.rows[1]!.cells[0]!.vMerge).toBe('restart');
    expect(table.rows[2]!.cells[0]!.vMerge).toBe('continue');
    expect(table.rows[1]!.cells[1]!.blocks.map((b) => b.id)).toEqual(['b1.r1.c1.b0', 'b1.r1.c1.b1']);
    expect(cellText(table.rows[1]!.cells[1]!)).toBe('Tỷ lệ\ndòng hai');
  });

  it('reads nested tables inside cells', () => {
    const nested = table.rows[1]!.cells[2]!.blocks[0] as Table;
    expect(nested).toMatchObject({ kind: 'table', id: 'b1.r1.c2.b0' });
    expect(nested.rows[0]!.cells[0]!.blocks[0]).toMatchObject({ id: 'b1.r1.c2.b0.r0.c0.b0' });
  });

  it('prints table cells in reading order, each paragraph on its own line, skipping deleted rows', () => {
    expect(docxText(m).filter(Boolean)).toEqual(['Trước', 'TT', 'Chỉ tiêu', '1', 'Tỷ lệ', 'dòng hai', 'lồng', 'x', 'y', 'Sau']);
  });
});

describe('content controls', () => {
  const pr = (tag: string, extra = ''): string => `<w:alias w:val="Tiêu đề ${tag}"/><w:tag w:val="${tag}"/><w:id w:val="-12${tag.length}"/>${extra}`;
  const body =
    sdt(
      pr('cds:section:P2', '<w:lock w:val="sdtContentLocked"/><w15:appearance w15:val="tags"/><w15:color w:val="ff0000"/>'),
      p('Phần II') +
        sdt(
          pr('cds:section:P2.I', '<w:lock w:val="sdtLocked"/>'),
          p('I. Căn cứ') +
            `<w:p><w:r><w:t xml:space="preserve">Số: </w:t></w:r>${sdt(pr('cds:field:so', '<w:lock w:val="contentLocked"/><w:placeholder><w:docPart w:val="DP1"/></w:placeholder><w:showingPlcHdr/>'), '<w:r><w:t>[số]</w:t></w:r>')}` +
            `${sdt(pr('cds:field:ngay'), `<w:r><w:t>01/4/2025</w:t></w:r>${sdt(pr('cds:inner'), '<w:r><w:t>!</w:t></w:r>')}`)}</w:p>`,
        ),
    ) +
    '<w:tbl>' +
    `<w:tr>${tc(p('Tên'))}${tc(p('Đơn vị'))}</w:tr>` +
    sdt(pr('cds:row:ind-1'), `<w:tr>${tc(p('Chỉ tiêu 1'))}${sdt(pr('cds:cell:unit'), tc(p('%')))}</w:tr><w:tr>${tc(p('Chỉ tiêu 2'))}${tc(p('người'))}</w:tr>`) +
    '</w:tbl>';
  const glossary =
    '<?xml version="1.0"?><w:glossaryDocument xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docParts>' +
    '<w:docPart><w:docPartPr><w:name w:val="DP1"/></w:docPartPr><w:docPartBody><w:p><w:r><w:t>Nhập số văn bản</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>';
  const m = readDocx(docx({ body, rels: { rIdG: ['glossaryDocument', 'glossary/document.xml'] }, files: { 'word/glossary/document.xml': glossary } }));

  it('reads nested block controls with tag, title, id, lock, appearance and colour', () => {
    const [outer, inner] = [...blockControls(m.body)] as BlockContentControl[];
    expect(outer).toMatchObject({
      id: 'b0',
      cc: { tag: 'cds:section:P2', title: 'Tiêu đề cds:section:P2', sdtId: -1214, cannotDelete: true, cannotEdit: true, appearance: 'tags', color: 'FF0000' },
    });
    expect(inner).toMatchObject({ id: 'b0.b1', cc: { tag: 'cds:section:P2.I', cannotDelete: true } });
    expect(inner!.cc.cannotEdit).toBeUndefined();
    expect(inner!.children.map((c) => c.id)).toEqual(['b0.b1.b0', 'b0.b1.b1']);
  });

  it('reads inline controls, nested, with placeholder state and docPart text', () => {
    const para =
      (m.body[0] as BlockContentControl).children[1]!.kind === 'blockControl'
        ? (((m.body[0] as BlockContentControl).children[1] as BlockContentControl).children[1] as Paragraph)
        : undefined;
    expect(para!.inlines).toMatchObject([
      { kind: 'run', text: 'Số: ' },
      {
        kind: 'inlineControl',
        id: 'b0.b1.b1.i0',
        cc: { tag: 'cds:field:so', cannotEdit: true, showingPlaceholder: true, placeholderText: 'Nhập số văn bản' },
        children: [{ text: '[số]' }],
      },
      {
        kind: 'inlineControl',
        id: 'b0.b1.b1.i1',
        cc: { tag: 'cds:field:ngay' },
        children: [{ text: '01/4/2025' }, { kind: 'inlineControl', id: 'b0.b1.b1.i2', cc: { tag: 'cds:inner' } }],
      },
    ]);
  });

  it('reads row-level and cell-level controls onto the rows and cells they wrap', () => {
    const table = m.body[1] as Table;
    expect(table.rows.map((r) => r.cc?.tag)).toEqual([undefined, 'cds:row:ind-1', 'cds:row:ind-1']);
    expect(table.rows[1]!.cells.map((c) => c.cc?.tag)).toEqual([undefined, 'cds:cell:unit']);
    expect(table.rows.map((r) => r.id)).toEqual(['b1.r0', 'b1.r1', 'b1.r2']);
    const ctx = [...paragraphs(m.body)].find((c) => c.paragraph.inlines[0]?.kind === 'run' && c.paragraph.inlines[0].text === '%');
    expect(ctx!.controls.map((c) => c.tag)).toEqual(['cds:row:ind-1', 'cds:cell:unit']);
  });

  it('gives the same ids for the same file every time', () => {
    const again = readDocx(docx({ body, rels: { rIdG: ['glossaryDocument', 'glossary/document.xml'] }, files: { 'word/glossary/document.xml': glossary } }));
    expect(again).toEqual(m);
  });
});
