import { displayText, paragraphs } from '@cds/model';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../index.js';
import { docx, pp } from '../testing/ooxml.js';

const lvl = (ilvl: number, fmt: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const numPr = (numId: number | string, ilvl: number): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const item = (numId: number | string, ilvl: number, text: string): string => pp(numPr(numId, ilvl), text);

/** Display texts (label + tab + text) of every paragraph. */
function read(body: string, numbering: string, styles?: string): string[] {
  const m = readDocx(docx({ body, numbering, styles }));
  return [...paragraphs(m.body)].map((c) => displayText(c.paragraph));
}

const outline =
  '<w:abstractNum w:abstractNumId="0">' +
  lvl(0, 'upperRoman', '%1.') +
  lvl(1, 'decimal', '%2.') +
  lvl(2, 'lowerLetter', '%3)') +
  lvl(3, 'decimal', '%2.%4.') +
  lvl(4, 'bullet', '\uf0b7') +
  lvl(5, 'decimalZero', '%6 -') +
  lvl(6, 'upperLetter', '(%7)') +
  lvl(7, 'lowerRoman', '%8.') +
  lvl(8, 'none', '') +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

describe('automatic numbering as Word shows it', () => {
  it('renders every number format and restarts lower levels when a higher one advances', () => {
    const body = [
      item(1, 0, 'Mục tiêu'),
      item(1, 1, 'Chung'),
      item(1, 2, 'điểm'),
      item(1, 2, 'điểm'),
      item(1, 3, 'ý'),
      item(1, 1, 'Cụ thể'),
      item(1, 2, 'điểm'),
      item(1, 4, 'chấm'),
      item(1, 5, 'số'),
      item(1, 6, 'chữ'),
      item(1, 7, 'la mã'),
      item(1, 8, 'không'),
      item(1, 0, 'Nhiệm vụ'),
      item(1, 1, 'Một'),
    ].join('');
    expect(read(body, outline)).toEqual([
      'I.\tMục tiêu',
      '1.\tChung',
      'a)\tđiểm',
      'b)\tđiểm',
      '1.1.\tý',
      '2.\tCụ thể',
      'a)\tđiểm',
      '•\tchấm',
      '01 -\tsố',
      '(A)\tchữ',
      'i.\tla mã',
      'không',
      'II.\tNhiệm vụ',
      '1.\tMột',
    ]);
  });

  it('honours w:start, continues numIds sharing an abstractNum, and restarts once where a startOverride numId is first used', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
      '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>' +
      '<w:num w:numId="7"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>';
    const body = [item(5, 0, 'a'), item(5, 0, 'b'), item(6, 0, 'c'), item(7, 0, 'd'), item(7, 0, 'e'), item(5, 0, 'f')].join('');
    expect(read(body, numbering)).toEqual(['4.\ta', '5.\tb', '6.\tc', '10.\td', '11.\te', '12.\tf']);
  });

  it('follows w:lvlRestart (0 = never restart) and w:isLgl', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="1">' +
      lvl(0, 'upperRoman', '%1.') +
      lvl(1, 'decimal', '%1.%2.', '<w:isLgl/>') +
      lvl(2, 'decimal', '(%3)', '<w:lvlRestart w:val="0"/>') +
      '</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const body = [item(2, 0, 'A'), item(2, 1, 'B'), item(2, 2, 'x'), item(2, 0, 'C'), item(2, 1, 'D'), item(2, 2, 'y')].join('');
    expect(read(body, numbering)).toEqual(['I.\tA', '1.1.\tB', '(1)\tx', 'II.\tC', '2.1.\tD', '(2)\ty']);
  });

  it('takes numbering from the paragraph style (Word’s List Number, heading numbering) and lets numId 0 switch it off', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';
    const numbering =
      outline +
      '<w:abstractNum w:abstractNumId="8">' +
      lvl(0, 'upperRoman', '%1.') +
      lvl(1, 'decimal', '%2.', '<w:pStyle w:val="Heading2"/>') +
      '</w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="8"/></w:num>';
    const body =
      pp('<w:pStyle w:val="ListNumber"/>', 'một') +
      pp('<w:pStyle w:val="ListNumber"/>', 'hai') +
      pp(`<w:pStyle w:val="ListNumber"/>${numPr(0, 0)}`, 'không số') +
      pp('<w:pStyle w:val="Heading2"/>', 'Đề mục') +
      pp('<w:pStyle w:val="Heading2"/>', 'Đề mục');
    expect(read(body, numbering, styles)).toEqual(['I.\tmột', 'II.\thai', 'không số', '1.\tĐề mục', '2.\tĐề mục']);
  });

  it('reads Word 2010 custom formats from their classic fallback', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14">' +
      '<w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>' +
      '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    expect(read(item(1, 0, 'a') + item(1, 0, 'b'), numbering)).toEqual(['01.\ta', '02.\tb']);
  });

  it('fills Paragraph.numbering with numId, level, label and format', () => {
    const m = readDocx(docx({ body: item(1, 1, 'x'), numbering: outline }));
    expect(m.body[0]).toMatchObject({ numbering: { numId: '1', level: 1, label: '1.', format: 'decimal' } });
  });

  it('leaves paragraphs unnumbered when the list is unknown or numbering.xml is missing', () => {
    expect(read(item(42, 0, 'x'), outline)).toEqual(['x']);
    const m = readDocx(docx({ body: item(1, 0, 'y') }));
    expect(m.body[0]).not.toHaveProperty('numbering');
  });

  it('follows numStyleLink to the list a numbering style defines', () => {
    const styles = '<w:style w:type="numbering" w:styleId="CdsList"><w:name w:val="Cds List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const numbering =
      outline.replace('<w:num w:numId="1">', '<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="CdsList"/></w:abstractNum><w:num w:numId="1">') +
      '<w:num w:numId="4"><w:abstractNumId w:val="5"/></w:num>';
    expect(read(item(1, 0, 'a') + item(4, 0, 'b'), numbering, styles)).toEqual(['I.\ta', 'II.\tb']);
  });
});
