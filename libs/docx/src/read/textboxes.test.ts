import { displayText } from '@cds/model';
import { describe, expect, it } from 'vitest';
import { docxText, readDocx } from '../index.js';
import { docx, p, story } from '../testing/ooxml.js';
import { drawingTextBox, txbxContent, vmlTextBox, wordTextBoxRun } from '../testing/textbox.js';

const r = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const lines = (body: string): string[] => docxText(readDocx(docx({ body })));

describe('text in text boxes', () => {
  it('reads a Word 2010+ text box once, though it is written twice (DrawingML and its VML fallback)', () => {
    const body =
      p('Trước') + `<w:p>${r('Neo: ')}${wordTextBoxRun(txbxContent('Số: 12/KH-UBND', 'Hà Nội, ngày 5 tháng 1 năm 2026'))}${r('sau')}</w:p>` + p('Sau');
    expect(lines(body)).toEqual(['Trước', 'Neo: sau', 'Số: 12/KH-UBND', 'Hà Nội, ngày 5 tháng 1 năm 2026', 'Sau']);
  });

  it('reads VML-only and inline DrawingML boxes, several in one paragraph in their order', () => {
    const body = `<w:p>${r('A')}<w:r>${vmlTextBox(txbxContent('hộp 1'))}</w:r>${r('B')}<w:r>${drawingTextBox(txbxContent('hộp 2'), false)}</w:r></w:p>`;
    expect(lines(body)).toEqual(['AB', 'hộp 1', 'hộp 2']);
  });

  it('gives box blocks ids under their anchor, so the body ids after them do not move', () => {
    const m = readDocx(docx({ body: `<w:p>${r('neo')}${wordTextBoxRun(txbxContent('x', 'y'))}</w:p>` + p('tiếp') }));
    expect(m.body.map((b) => b.id)).toEqual(['b0', 'b0.x0.b0', 'b0.x0.b1', 'b1']);
  });

  it('reads tables and nested boxes inside a box, and boxes in table cells and headers', () => {
    const inner = `<w:p>${r('ngoài')}${wordTextBoxRun(txbxContent('trong'))}</w:p><w:tbl><w:tr><w:tc>${p('ô hộp')}</w:tc></w:tr></w:tbl>`;
    const cell = `<w:tbl><w:tr><w:tc><w:p>${r('ô')}${wordTextBoxRun(txbxContent('hộp trong ô'))}</w:p></w:tc></w:tr></w:tbl>`;
    const m = readDocx(
      docx({
        body: `<w:p>${wordTextBoxRun(`<w:txbxContent>${inner}</w:txbxContent>`)}</w:p>${cell}<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rH"/></w:sectPr></w:pPr></w:p>`,
        rels: { rH: ['header', 'header1.xml'] },
        files: { 'word/header1.xml': story('hdr', `<w:p>${wordTextBoxRun(txbxContent('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH'))}</w:p>`) },
      }),
    );
    expect(docxText(m)).toEqual(['', 'ngoài', 'trong', 'ô hộp', 'ô', 'hộp trong ô', '']);
    expect(m.headerText).toEqual(['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH']);
  });

  it('ends a section after the boxes of the paragraph that ends it', () => {
    const m = readDocx(docx({ body: `<w:p><w:pPr><w:sectPr/></w:pPr>${wordTextBoxRun(txbxContent('a', 'b'))}</w:p>` + p('phần 2') }));
    expect(m.sections.map((s) => s.endsAfterBlock)).toEqual([2, 3]);
  });

  it('does not read a box inside a field instruction or a tracked deletion', () => {
    const hiddenInInstr = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>${drawingTextBox(txbxContent('ẩn'))}</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('kết quả')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const deleted = `<w:p><w:del w:id="1" w:author="A">${wordTextBoxRun(txbxContent('đã xoá'))}</w:del>${r('còn')}</w:p>`;
    expect(lines(hiddenInInstr + deleted)).toEqual(['kết quả', 'còn']);
  });
});

describe('counting unaccepted tracked changes', () => {
  it('counts insertions, deletions (moves as both) and formatting changes in the body', () => {
    const ins = (t: string): string => `<w:ins w:id="1" w:author="A">${r(t)}</w:ins>`;
    const del = `<w:del w:id="2" w:author="A"><w:r><w:delText>bỏ</w:delText></w:r></w:del>`;
    const fmt = '<w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="A"><w:rPr/></w:rPrChange></w:rPr><w:t>đậm</w:t></w:r>';
    const body =
      `<w:p>${ins('thêm')}${del}${fmt}</w:p>` +
      `<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="4" w:author="A"><w:pPr/></w:pPrChange><w:rPr><w:ins w:id="5" w:author="A"/></w:rPr></w:pPr>${ins('mới')}</w:p>` +
      `<w:p><w:moveFrom w:id="6" w:author="A"><w:r><w:t>chuyển</w:t></w:r></w:moveFrom><w:moveTo w:id="7" w:author="A">${r('chuyển')}</w:moveTo></w:p>` +
      `<w:tbl><w:tr><w:trPr><w:del w:id="8" w:author="A"/></w:trPr><w:tc>${p('dòng xoá')}</w:tc></w:tr><w:tr><w:trPr><w:ins w:id="9" w:author="A"/></w:trPr><w:tc>${p('dòng thêm')}</w:tc></w:tr></w:tbl>`;
    const m = readDocx(docx({ body }));
    expect(m.trackedChanges).toEqual({ insertions: 5, deletions: 3, formatChanges: 2 });
    expect(docxText(m)).toEqual(['thêmđậm', 'mới', 'chuyển', 'dòng thêm']);
  });

  it('reports zero for a document without revisions (the reader knows)', () => {
    expect(readDocx(docx({ body: p('a') })).trackedChanges).toEqual({ insertions: 0, deletions: 0, formatChanges: 0 });
  });

  it('counts only the body: revisions in headers are not counted', () => {
    const m = readDocx(
      docx({
        body: `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rH"/></w:sectPr></w:pPr>${r('a')}</w:p>`,
        rels: { rH: ['header', 'header1.xml'] },
        files: { 'word/header1.xml': story('hdr', `<w:p><w:ins w:id="1" w:author="A">${r('h')}</w:ins></w:p>`) },
      }),
    );
    expect(m.trackedChanges).toEqual({ insertions: 0, deletions: 0, formatChanges: 0 });
    expect(displayText(m.body[0] as never)).toBe('a');
  });
});
