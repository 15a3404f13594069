import { describe, expect, it } from 'vitest';
import { readDocx } from '../index.js';
import { docx, p, pp, story } from '../testing/ooxml.js';

const pageField = (jc: string, simple = false): string =>
  simple
    ? `<w:p><w:pPr><w:jc w:val="${jc}"/></w:pPr><w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`
    : `<w:p><w:pPr><w:jc w:val="${jc}"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
const sect = (inner: string): string => `<w:sectPr>${inner}</w:sectPr>`;
const a4 = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>';
const a4Landscape = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/>';

describe('sections, headers and page numbers', () => {
  const files = {
    'word/header1.xml': story('hdr', p('UBND TỈNH HÀ TĨNH') + p('') + pageField('center')),
    'word/header2.xml': story('hdr', p('trang đầu')),
    'word/footer1.xml': story('ftr', pageField('right', true)),
  };
  const rels = { rIdH1: ['header', 'header1.xml'], rIdH2: ['header', 'header2.xml'], rIdF1: ['footer', 'footer1.xml'] } as Record<string, [string, string]>;
  const body =
    p('Trang bìa') +
    pp(sect(`<w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>${a4}<w:titlePg/>`), 'hết phần 1') +
    '<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>' +
    pp(sect(a4Landscape), 'bảng ngang') +
    p('Phần cuối') +
    sect(`<w:headerReference w:type="default" r:id="rIdH2"/><w:footerReference w:type="default" r:id="rIdF1"/>${a4}`);
  const m = readDocx(docx({ body, rels, files }));

  it('reads every sectPr with page size, orientation, margins in mm and the block it ends after', () => {
    expect(m.sections).toHaveLength(3);
    expect(m.sections[0]).toMatchObject({
      widthMm: 210,
      heightMm: 297,
      orientation: 'portrait',
      endsAfterBlock: 1,
      differentFirstPage: true,
      margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 20, headerMm: 12.7, footerMm: 12.7 },
    });
    expect(m.sections[1]).toMatchObject({ widthMm: 297, heightMm: 210, orientation: 'landscape', endsAfterBlock: 3 });
    expect(m.sections[2]).toMatchObject({ endsAfterBlock: 4 });
  });

  it('finds the PAGE field, its header or footer, alignment, and whether the first page shows it', () => {
    expect(m.sections[0]!.pageNumber).toEqual({ in: 'header', alignment: 'center', onFirstPage: false });
    // The second section inherits the first's header references, but not its title page.
    expect(m.sections[1]!.pageNumber).toEqual({ in: 'header', alignment: 'center', onFirstPage: true });
    expect(m.sections[2]!.pageNumber).toEqual({ in: 'footer', alignment: 'right', onFirstPage: true });
  });

  it('gives the first section’s default header text', () => {
    expect(m.headerText).toEqual(['UBND TỈNH HÀ TĨNH', '2']);
  });

  it('reports no page number and no header when there is none, and a default A4 section when sectPr is missing', () => {
    const plain = readDocx(docx({ body: p('x') }));
    expect(plain.sections).toEqual([
      {
        widthMm: 210,
        heightMm: 297,
        orientation: 'portrait',
        endsAfterBlock: 0,
        margins: { topMm: 25.4, bottomMm: 25.4, leftMm: 31.8, rightMm: 31.8, headerMm: 12.7, footerMm: 12.7 },
      },
    ]);
    expect(plain.headerText).toBeUndefined();
  });
});

describe('custom XML parts and settings', () => {
  it('keys custom XML parts by their root namespace, or the item name without one', () => {
    const m = readDocx(
      docx({
        body: p('x'),
        files: {
          'customXml/item1.xml': '\ufeff<?xml version="1.0"?><cds:ignores xmlns:cds="urn:cds:ignores"><cds:i rule="r1"/></cds:ignores>',
          'customXml/itemProps1.xml': '<ds:datastoreItem xmlns:ds="x"/>',
          'customXml/item2.xml': '<plain><a/></plain>',
          'customXml/item10.xml': '<cds:ignores xmlns:cds="urn:cds:ignores"/>',
        },
      }),
    );
    expect(Object.keys(m.customParts ?? {})).toEqual(['urn:cds:ignores', 'item2', 'urn:cds:ignores#2']);
    expect(m.customParts!['urn:cds:ignores']).toContain('<cds:i rule="r1"/>');
  });

  it('reads docProps/custom.xml properties and web-extension settings into settings', () => {
    const m = readDocx(
      docx({
        body: p('x'),
        files: {
          'docProps/custom.xml':
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="cds.round"><vt:lpwstr>2026</vt:lpwstr></property></Properties>',
          'word/webextensions/webextension1.xml':
            '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{X}">' +
            '<we:properties><we:property name="cds.planId" value="&quot;abc&quot;"/></we:properties></we:webextension>',
        },
      }),
    );
    expect(m.settings).toEqual({ 'cds.round': '2026', 'cds.planId': '"abc"' });
  });
});
