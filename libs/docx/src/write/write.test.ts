import type { Block, ContentControlProps, DocumentModel, Inline, Paragraph } from '@cds/model';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx, writeDocx } from '../index.js';
import { richModel, para } from '../testing/models.js';

/** What a round trip must keep: structure, text, styles, numbering, controls; ids and resolved props aside. */
function shape(blocks: readonly Block[]): unknown[] {
  return blocks.map((b) => {
    if (b.kind === 'paragraph')
      return { p: inl(b.inlines), style: b.styleId, level: b.outlineLevel, num: b.numbering && [b.numbering.label, b.numbering.format, b.numbering.level] };
    if (b.kind === 'blockControl') return { cc: b.cc, children: shape(b.children) };
    return {
      rows: b.rows.map((r) => ({
        h: r.isHeader,
        cc: r.cc,
        cells: r.cells.map((c) => ({ span: c.gridSpan, vm: c.vMerge, cc: c.cc, blocks: shape(c.blocks) })),
      })),
    };
  });
}
// An empty run carries nothing to keep.
const inl = (list: readonly Inline[]): unknown[] =>
  list.filter((i) => i.kind !== 'run' || i.text !== '').map((i) => (i.kind === 'run' ? i.text : { cc: i.cc, children: inl(i.children) }));
const files = (bytes: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

describe('writeDocx', () => {
  const model = richModel();
  const bytes = writeDocx(model);
  const back = readDocx(bytes);

  it('round-trips structure, text, numbering, styles and content controls at every level', () => {
    expect(shape(back.body)).toEqual(shape(model.body));
  });

  it('round-trips sections, page numbers, header text, defaults, custom parts and settings', () => {
    expect(back.sections).toEqual(model.sections);
    expect(back.headerText).toEqual(model.headerText);
    expect(back.defaults).toEqual({ font: 'Times New Roman', sizePt: 14 });
    expect(back.customParts).toEqual(model.customParts);
    expect(back.settings).toEqual(model.settings);
  });

  it('keeps explicit run and paragraph formatting', () => {
    const p = back.body.find((b): b is Paragraph => b.kind === 'paragraph' && b.inlines.some((i) => i.kind === 'run' && i.text === 'đậm nghiêng'))!;
    const run = p.inlines.find((i) => i.kind === 'run' && i.text === 'đậm nghiêng');
    expect(run).toMatchObject({ props: { bold: true, italic: true, underline: true, font: 'Arial', sizePt: 13, color: 'C00000' } });
    expect(p.props).toMatchObject({
      alignment: 'justify',
      firstLineIndentCm: 1.27,
      spacingBeforePt: 6,
      spacingAfterPt: 6,
      lineSpacing: { rule: 'auto', value: 1.15 },
    });
  });

  it('writes real numbering.xml lists, and labels it cannot express as literal text', () => {
    const xml = files(bytes);
    expect(xml['word/numbering.xml']).toContain('<w:lvlText w:val="%1."/>');
    expect(xml['word/numbering.xml']).toContain('<w:numFmt w:val="upperRoman"/>');
    const odd: DocumentModel = {
      body: [
        para('a', { numbering: { numId: '9', level: 0, label: '1.', format: 'decimal' } }),
        para('b', { numbering: { numId: '9', level: 0, label: '7.', format: 'decimal' } }),
      ],
      sections: [],
      defaults: {},
    };
    const oddBack = readDocx(writeDocx(odd));
    expect(oddBack.body.map((b) => b.kind === 'paragraph' && b.inlines.map((i) => i.kind === 'run' && i.text).join(''))).toEqual(['1.\ta', '7.\tb']);
  });

  it('writes content controls the way Word does', () => {
    const doc = files(bytes)['word/document.xml']!;
    expect(doc).toMatch(
      /<w:sdt><w:sdtPr><w:alias w:val="Phần II"\/><w:tag w:val="cds:section:P2"\/><w:id w:val="101"\/><w:lock w:val="sdtContentLocked"\/><w15:color w:val="2E74B5"\/><w15:appearance w15:val="tags"\/><\/w:sdtPr><w:sdtContent><w:p>/,
    );
    expect(doc).toMatch(/<w:tbl>.*<w:sdt><w:sdtPr>[^]*?<w:tag w:val="cds:row:ind-1"\/>.*?<w:sdtContent><w:tr>/);
    expect(doc).toMatch(/<w:tr>(?:(?!<\/w:tr>).)*<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*<w:tag w:val="cds:cell:unit"\/>.*?<w:sdtContent><w:tc>/);
    expect(files(bytes)['word/glossary/document.xml']).toContain('Nhập ngày');
  });

  it('escapes XML, keeps spaces with xml:space, writes tabs and line breaks as elements, and drops characters XML forbids', () => {
    const tricky: DocumentModel = { body: [para('  <a> & "b" \'c\'\tcột\nhàng  \u0001\u000b')], sections: [], defaults: {} };
    const out = writeDocx(tricky);
    const doc = files(out)['word/document.xml']!;
    expect(doc).toContain('<w:t xml:space="preserve">  &lt;a&gt; &amp; "b" \'c\'</w:t><w:tab/><w:t>cột</w:t><w:br/><w:t xml:space="preserve">hàng  </w:t>');
    expect((readDocx(out).body[0] as Paragraph).inlines).toEqual([
      { kind: 'run', text: '  <a> & "b" \'c\'\tcột\nhàng  ', props: { font: 'Times New Roman', sizePt: 14 } },
    ]);
  });

  it('writes A4 pages, Times New Roman and heading styles with outline levels', () => {
    const xml = files(writeDocx({ body: [para('x')], sections: [], defaults: {} }));
    expect(xml['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(xml['word/styles.xml']).toContain('w:ascii="Times New Roman"');
    expect(xml['word/styles.xml']).toMatch(/w:styleId="Heading3">.*?<w:outlineLvl w:val="2"\/>/);
    expect(Object.keys(xml)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/settings.xml']));
  });

  it('is deterministic', () => {
    expect(writeDocx(richModel())).toEqual(bytes);
  });

  it('renumbers ids deterministically on reading back', () => {
    const cc = (b: Block): ContentControlProps | undefined => (b.kind === 'blockControl' ? b.cc : undefined);
    expect(back.body.map((b) => b.id)).toEqual(model.body.map((_, i) => `b${i}`));
    expect(cc(back.body[1]!)?.sdtId).toBe(101);
  });
});
