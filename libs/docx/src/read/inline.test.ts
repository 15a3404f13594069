import { displayText, type Paragraph } from '@cds/model';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../index.js';
import { docx } from '../testing/ooxml.js';

/** Reads a body and returns its top-level paragraphs' display texts. */
function texts(body: string): string[] {
  return readDocx(docx({ body })).body.map((b) => (b.kind === 'paragraph' ? displayText(b) : `<${b.kind}>`));
}
const r = (t: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;

describe('paragraph text', () => {
  it('joins runs split by spell-check marks, bookmarks and permissions', () => {
    const body =
      `<w:p>${r('Kế ho')}<w:proofErr w:type="spellStart"/>${r('ạch')}<w:proofErr w:type="spellEnd"/>` +
      `<w:bookmarkStart w:id="0" w:name="_Toc1"/>${r(' chuyển')}<w:bookmarkEnd w:id="0"/><w:permStart w:id="1"/>${r(' đổi số')}<w:permEnd w:id="1"/></w:p>`;
    expect(texts(body)).toEqual(['Kế hoạch chuyển đổi số']);
  });

  it('joins neighbouring runs with the same formatting into one run', () => {
    const m = readDocx(docx({ body: `<w:p>${r('a')}${r('b')}${r('c', '<w:b/>')}</w:p>` }));
    const para = m.body[0] as Paragraph;
    expect(para.inlines.map((i) => (i.kind === 'run' ? i.text : ''))).toEqual(['ab', 'c']);
  });

  it('keeps NFD text as written (folding is the recognizer’s job)', () => {
    const nfd = 'Phần I'.normalize('NFD') + ' ĐÁNH GIÁ'.normalize('NFD');
    expect(texts(`<w:p>${r(nfd.slice(0, 3))}${r(nfd.slice(3))}</w:p>`)).toEqual([nfd]);
  });

  it('counts inserted text and drops deleted text of tracked changes', () => {
    const body =
      `<w:p>${r('Năm ')}<w:del w:id="1" w:author="A"><w:r><w:delText>2025</w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="A">${r('2026')}</w:ins><w:moveFrom w:id="3">${r(' cũ')}</w:moveFrom><w:moveTo w:id="4">${r(' mới')}</w:moveTo></w:p>`;
    expect(texts(body)).toEqual(['Năm 2026 mới']);
  });

  it('takes the result of complex and simple fields, not their instructions', () => {
    const body =
      `<w:p>${r('Trang ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r(' / ')}` +
      `<w:fldSimple w:instr=" NUMPAGES ">${r('9')}</w:fldSimple></w:p>` +
      // A field nested in another field's instruction, and a field without a result.
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('1')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('kết quả')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>XE "x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    expect(texts(body)).toEqual(['Trang 3 / 9', 'kết quả']);
  });

  it('reads the text of hyperlinks, smart tags and inline custom XML', () => {
    const body =
      `<w:p><w:hyperlink r:id="rId9">${r('Cổng')}</w:hyperlink><w:smartTag w:element="place">${r(' Hà Nội')}</w:smartTag>` +
      `<w:customXml w:element="x">${r(' 2026')}</w:customXml></w:p>`;
    expect(texts(body)).toEqual(['Cổng Hà Nội 2026']);
  });

  it('renders tabs, breaks, non-breaking hyphens and symbols', () => {
    const body =
      `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:noBreakHyphen/><w:t>e</w:t>` +
      `<w:sym w:font="Symbol" w:char="F0B3"/><w:softHyphen/><w:br w:type="page"/><w:footnoteReference w:id="1"/></w:r></w:p>`;
    expect(texts(body)).toEqual(['a\tb\nc\nd-e³']);
  });

  it('reads alternate content once, preferring the Choice it understands', () => {
    const alt = (choice: string, req: string, fallback: string): string =>
      `<mc:AlternateContent><mc:Choice Requires="${req}">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
    const body =
      `<w:p>${r('x')}${alt(r('[mới]'), 'w14', r('[cũ]'))}${alt(r('[lạ]'), 'unknownNs', r('[dự phòng]'))}</w:p>` +
      `<w:p><w:r>${alt('<w:sym w:font="Wingdings" w:char="F0FC"/>', 'w14', '<w:t>v</w:t>')}</w:r></w:p>`;
    expect(texts(body)).toEqual(['x[mới][dự phòng]', 'ü']);
  });

  it('ignores footnote references, comments and altChunks in the body text', () => {
    const body = `<w:p>${r('Văn bản')}<w:r><w:footnoteReference w:id="2"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p><w:altChunk r:id="rId5"/>`;
    expect(texts(body)).toEqual(['Văn bản']);
  });

  it('keeps leading and trailing spaces and decodes escapes', () => {
    expect(texts(`<w:p>${r('  A &lt;b&gt; &quot;c&quot; &amp; d  ')}</w:p>`)).toEqual(['  A <b> "c" & d  ']);
  });
});

describe('damaged fields', () => {
  it('does not let a field that never separates hide the following paragraphs', () => {
    const body = `<w:p>${r('a')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r></w:p><w:p>${r('b')}</w:p>`;
    expect(texts(body)).toEqual(['a', 'b']);
  });
});
