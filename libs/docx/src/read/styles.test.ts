import type { Paragraph, Run } from '@cds/model';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../index.js';
import { docx, p, pp } from '../testing/ooxml.js';

const styles =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="720"/></w:pPr>' +
  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="CdsMuc"><w:name w:val="Cds Mục"/><w:basedOn w:val="Heading1"/><w:pPr><w:jc w:val="start"/></w:pPr><w:rPr><w:i/><w:color w:val="1f3864"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style>' +
  '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:rFonts w:asciiTheme="majorHAnsi"/></w:rPr></w:style>';
const theme =
  '<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="x">' +
  '<a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>';

function read(body: string, withStyles = true): Paragraph[] {
  const m = readDocx(
    docx({ body, styles: withStyles ? styles : undefined, rels: { rIdT: ['theme', 'theme/theme1.xml'] }, files: { 'word/theme/theme1.xml': theme } }),
  );
  return m.body as Paragraph[];
}
const runs = (para: Paragraph): Run[] => para.inlines as Run[];

describe('styles, outline levels and formatting', () => {
  it('resolves the outline level through the basedOn chain and built-in heading names', () => {
    const [a, b, c, d, e] = read(
      pp('<w:pStyle w:val="Heading1"/>', 'A') +
        pp('<w:pStyle w:val="CdsMuc"/>', 'B') +
        pp('<w:pStyle w:val="Heading3"/>', 'C') +
        pp('<w:outlineLvl w:val="1"/>', 'D') +
        pp('<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>', 'E'),
    );
    expect([a, b, c, d, e].map((x) => x!.outlineLevel)).toEqual([0, 0, 2, 1, undefined]);
    expect(b).toMatchObject({ styleId: 'CdsMuc', styleName: 'Cds Mục' });
    expect(d).not.toHaveProperty('styleId');
  });

  it('guesses heading levels from style ids when styles.xml is missing', () => {
    const [a, b] = read(pp('<w:pStyle w:val="Heading2"/>', 'A') + p('B'), false);
    expect(a!.outlineLevel).toBe(1);
    expect(b!.outlineLevel).toBeUndefined();
  });

  it('resolves run props docDefaults → paragraph style → character style → direct, with theme fonts', () => {
    const body =
      `<w:p><w:pPr><w:pStyle w:val="CdsMuc"/></w:pPr><w:r><w:t>a</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>b</w:t></w:r>` +
      '<w:r><w:rPr><w:rStyle w:val="Strong"/><w:b w:val="0"/><w:sz w:val="26"/><w:color w:val="auto"/></w:rPr><w:t>c</w:t></w:r></w:p>';
    const [para] = read(body);
    expect(runs(para!).map((r) => r.props)).toEqual([
      { font: 'Times New Roman', sizePt: 14, bold: true, italic: true, color: '1F3864' },
      { font: 'Cambria', sizePt: 14, bold: true, italic: true, color: '1F3864' },
      { font: 'Cambria', sizePt: 13, bold: false, italic: true, color: 'auto' },
    ]);
    const [plain] = read(p('x'), true);
    expect(runs(plain!)[0]!.props).toEqual({ font: 'Times New Roman', sizePt: 14 });
  });

  it('uses theme fonts from docDefaults when no style names a font', () => {
    const m = readDocx(
      docx({
        body: p('x'),
        styles: styles.replace(/<w:style .*$/, ''),
        rels: { rIdT: ['theme', 'theme/theme1.xml'] },
        files: { 'word/theme/theme1.xml': theme },
      }),
    );
    expect(m.defaults).toEqual({ font: 'Calibri', sizePt: 11 });
  });

  it('converts paragraph props: alignment names, indents in cm, spacing in pt, auto line spacing as a multiple', () => {
    const [a, b, c] = read(
      p('a') +
        pp('<w:pStyle w:val="CdsMuc"/><w:spacing w:before="120" w:after="0" w:line="360" w:lineRule="auto"/><w:ind w:left="567" w:hanging="284"/>', 'b') +
        pp('<w:jc w:val="end"/><w:spacing w:line="320" w:lineRule="exact"/>', 'c'),
    );
    expect(a!.props).toMatchObject({ alignment: 'justify', firstLineIndentCm: 1.27, spacingAfterPt: 8, lineSpacing: { rule: 'auto', value: 1.079 } });
    expect(b!.props).toMatchObject({
      alignment: 'left',
      firstLineIndentCm: -0.501,
      leftIndentCm: 1,
      spacingBeforePt: 6,
      spacingAfterPt: 0,
      lineSpacing: { rule: 'auto', value: 1.5 },
    });
    expect(c!.props).toMatchObject({ alignment: 'right', lineSpacing: { rule: 'exact', value: 16 } });
    expect(b!.props!.runDefaults).toMatchObject({ bold: true, italic: true });
  });

  it('reads a document with no styles, numbering or settings part', () => {
    const [a] = read(p('chỉ có văn bản'), false);
    expect(a).toMatchObject({ kind: 'paragraph', id: 'b0', inlines: [{ kind: 'run', text: 'chỉ có văn bản' }] });
  });
});

describe('props objects', () => {
  it('gives every run and paragraph its own props, so editing one changes no other', () => {
    const [a, b] = read(p('một') + p('hai'));
    (runs(a!)[0]!.props as { bold?: boolean }).bold = true;
    a!.props!.runDefaults!.italic = true;
    expect(runs(b!)[0]!.props).not.toHaveProperty('bold');
    expect(b!.props!.runDefaults).not.toHaveProperty('italic');
  });
});
