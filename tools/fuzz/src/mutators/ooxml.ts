import { editPart, withNumbering } from '../package.js';
import type { Rng } from '../rng.js';
import { insertBlocks, insertInline, para, run } from './insert.js';
import type { Mutator } from './types.js';

const box = (inner: string, vml: boolean): string =>
  vml
    ? `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
    : `<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="x"><a:graphic xmlns:a="y"><a:graphicData><wps:wsp xmlns:wps="z"><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

const huge = (rng: Rng): string => rng.pick(['1e300', '10000000000', '-5', '0', 'NaN', '2147483648', '99999', '100001', '1.5', '-1e308', 'Infinity', '']);

/** Meaningful but hostile OOXML: numbering, fields, symbols, content controls, tables, text boxes. */
export const ooxmlMutators: Mutator[] = [
  {
    cls: 'ooxml',
    name: 'numbering-start',
    entries: (rng, es) => {
      const fmt = rng.pick(['lowerLetter', 'upperLetter', 'decimal', 'lowerRoman', 'ordinal', 'decimalZero', 'bullet', 'chineseCounting']);
      const text = rng.pick(['%1.', '%1.%2.%3.%4.%5.%6.%7.%8.%9.', '%9', '%1'.repeat(rng.pick([10, 1000, 100000])), '']);
      const lvls = Array.from(
        { length: rng.pick([1, 9, 12]) },
        (_, i) =>
          `<w:lvl w:ilvl="${rng.chance(0.1) ? huge(rng) : i}"><w:start w:val="${huge(rng)}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${rng.chance(0.3) ? `<w:lvlRestart w:val="${huge(rng)}"/>` : ''}</w:lvl>`,
      ).join('');
      const def = `<w:abstractNum w:abstractNumId="9990">${lvls}</w:abstractNum><w:num w:numId="9990"><w:abstractNumId w:val="9990"/>${rng.chance(0.3) ? `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${huge(rng)}"/></w:lvlOverride>` : ''}</w:num>`;
      const withNum = editPart(withNumbering(es), 'word/numbering.xml', (x) => x.replace(/<\/w:numbering>\s*$/, `${def}</w:numbering>`));
      const paras = Array.from({ length: rng.range(1, 50) }, () =>
        para(run('mục'), `<w:numPr><w:ilvl w:val="${rng.chance(0.1) ? huge(rng) : rng.int(9)}"/><w:numId w:val="9990"/></w:numPr>`),
      ).join('');
      return insertBlocks(rng, withNum, paras);
    },
  },
  {
    cls: 'ooxml',
    name: 'numbering-style-link-cycle',
    entries: (rng, es) => {
      const def =
        '<w:abstractNum w:abstractNumId="9991"><w:numStyleLink w:val="FuzzList"/></w:abstractNum><w:num w:numId="9991"><w:abstractNumId w:val="9991"/></w:num>';
      const style = '<w:style w:type="numbering" w:styleId="FuzzList"><w:pPr><w:numPr><w:numId w:val="9991"/></w:numPr></w:pPr></w:style>';
      const out = editPart(
        editPart(withNumbering(es), 'word/numbering.xml', (x) => x.replace(/<\/w:numbering>\s*$/, `${def}</w:numbering>`)),
        'word/styles.xml',
        (x) => x.replace('</w:styles>', `${style}</w:styles>`),
      );
      return insertBlocks(rng, out, para(run('x'), '<w:numPr><w:numId w:val="9991"/></w:numPr>'));
    },
  },
  {
    cls: 'ooxml',
    name: 'unclosed-fields',
    entries: (rng, es) => {
      const n = rng.pick([10, 1000, 20000]);
      const begin = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>${rng.pick(['PAGE', 'HYPERLINK "x"', 'TOC \\o', ' '])}</w:instrText></w:r>`;
      const perPara = rng.chance(0.5);
      return perPara ? insertBlocks(rng, es, para(run('a') + begin + run('b')).repeat(n)) : insertInline(rng, es, begin.repeat(n));
    },
  },
  {
    cls: 'ooxml',
    name: 'field-chars-shuffled',
    entries: (rng, es) =>
      insertInline(
        rng,
        es,
        Array.from(
          { length: rng.range(1, 500) },
          () =>
            `<w:r><w:fldChar w:fldCharType="${rng.pick(['begin', 'separate', 'end', 'bogus'])}"/>${rng.chance(0.3) ? '<w:instrText>PAGE</w:instrText>' : ''}<w:t>t</w:t></w:r>`,
        ).join(''),
      ),
  },
  {
    cls: 'ooxml',
    name: 'fldSimple-nested',
    entries: (rng, es) => {
      const d = rng.pick([10, 400]);
      return insertInline(rng, es, '<w:fldSimple w:instr="PAGE">'.repeat(d) + run('1') + '</w:fldSimple>'.repeat(d));
    },
  },
  {
    cls: 'ooxml',
    name: 'sym',
    entries: (rng, es) =>
      insertInline(
        rng,
        es,
        Array.from(
          { length: rng.range(1, 20) },
          () =>
            `<w:r><w:sym w:font="${rng.pick(['Symbol', 'Wingdings', ''])}" w:char="${rng.pick(['110000', 'D800', 'DFFF', 'FFFFFFFF', '0', 'F0B7', 'zz', '-1', '1F600', 'FFFE', '7FFFFFFFFFFFFFFF', ''])}"/></w:r>`,
        ).join(''),
      ),
  },
  {
    cls: 'ooxml',
    name: 'content-controls',
    entries: (rng, es) => {
      const d = rng.pick([1, 50, 400]);
      const pr = `<w:sdtPr><w:tag w:val="${rng.pick(['cds:section:P2', 'cds:section:', 'x'.repeat(10000), 'cds:row:\u0000'])}"/><w:id w:val="${huge(rng)}"/><w:placeholder><w:docPart w:val="missing"/></w:placeholder><w:showingPlcHdr/></w:sdtPr>`;
      const blockLevel = rng.chance(0.5);
      return blockLevel
        ? insertBlocks(rng, es, `<w:sdt>${pr}<w:sdtContent>`.repeat(d) + para(run('trong')) + '</w:sdtContent></w:sdt>'.repeat(d))
        : insertInline(rng, es, `<w:sdt>${pr}<w:sdtContent>`.repeat(d) + run('trong') + '</w:sdtContent></w:sdt>'.repeat(d));
    },
  },
  {
    cls: 'ooxml',
    name: 'sdt-without-content',
    entries: (rng, es) => insertBlocks(rng, es, '<w:sdt><w:sdtPr/></w:sdt><w:sdt/>' + '<w:sdt><w:sdtContent/></w:sdt>'),
  },
  {
    cls: 'ooxml',
    name: 'tables',
    entries: (rng, es) => {
      const cell = (): string =>
        `<w:tc><w:tcPr><w:gridSpan w:val="${rng.pick(['1', '2', '1000000000', '-1', 'x'])}"/>${rng.chance(0.3) ? `<w:vMerge w:val="${rng.pick(['restart', 'continue', ''])}"/>` : ''}</w:tcPr>${para(run('ô'))}</w:tc>`;
      const row = (n: number): string => `<w:tr>${rng.chance(0.2) ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${Array.from({ length: n }, cell).join('')}</w:tr>`;
      const shape = rng.pick([
        [3, 3],
        [1, 2000],
        [2000, 1],
        [300, 300],
        [0, 0],
      ] as const);
      const tbl = `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${Array.from({ length: shape[0] }, () => row(shape[1])).join('')}</w:tbl>`;
      const nested = rng.chance(0.3) ? '<w:tbl><w:tr><w:tc>'.repeat(100) + para(run('sâu')) + '</w:tc></w:tr></w:tbl>'.repeat(100) : '';
      return insertBlocks(rng, es, tbl + nested + para(''));
    },
  },
  {
    cls: 'ooxml',
    name: 'text-boxes',
    entries: (rng, es) => {
      const d = rng.pick([1, 3, 60]);
      let inner = para(run('trong hộp'));
      // Deep nests use VML alone: an alternate holds its content twice, so nesting it doubles the file each level.
      for (let i = 0; i < d; i++) inner = para(run(`hộp ${i}`) + box(inner, d > 3 || rng.chance(0.3)));
      const many = rng.chance(0.3) ? box(para(run('x')), false).repeat(rng.pick([100, 5000])) : '';
      return insertInline(rng, es, box(inner, rng.chance(0.5)) + many);
    },
  },
  {
    cls: 'ooxml',
    name: 'tracked-changes',
    entries: (rng, es) =>
      insertInline(
        rng,
        es,
        Array.from({ length: rng.range(1, 300) }, () =>
          rng.pick([
            `<w:ins w:id="1" w:author="A">${run('thêm')}</w:ins>`,
            '<w:del w:id="2" w:author="A"><w:r><w:delText>bỏ</w:delText></w:r></w:del>',
            `<w:moveTo w:id="3">${run('đến')}</w:moveTo>`,
            '<w:r><w:rPr><w:b/><w:rPrChange w:id="4"><w:rPr/></w:rPrChange></w:rPr><w:t>đậm</w:t></w:r>',
          ]),
        ).join(''),
      ),
  },
  {
    cls: 'ooxml',
    name: 'sections',
    entries: (rng, es) =>
      insertBlocks(
        rng,
        es,
        Array.from({ length: rng.pick([5, 5000]) }, () =>
          para(
            run('s'),
            `<w:sectPr><w:pgSz w:w="${huge(rng)}" w:h="${huge(rng)}"/><w:headerReference w:type="default" r:id="rIdMissing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr>`,
          ),
        ).join(''),
      ),
  },
  {
    cls: 'ooxml',
    name: 'styles-chain',
    entries: (rng, es) => {
      const n = rng.pick([10, 5000]);
      const styles = Array.from(
        { length: n },
        (_, i) =>
          `<w:style w:type="paragraph" w:styleId="F${i}"><w:name w:val="heading ${i % 9}"/><w:basedOn w:val="F${(i + 1) % n}"/><w:pPr><w:outlineLvl w:val="${huge(rng)}"/></w:pPr></w:style>`,
      ).join('');
      const out = editPart(es, 'word/styles.xml', (x) => x.replace('</w:styles>', `${styles}</w:styles>`));
      return insertBlocks(rng, out, Array.from({ length: 50 }, (_, i) => para(run('kiểu'), `<w:pStyle w:val="F${i}"/>`)).join(''));
    },
  },
  {
    cls: 'ooxml',
    name: 'custom-xml-ignores',
    entries: (rng, es) => {
      const n = rng.pick([10, 1000, 20000]);
      const body = rng.pick([
        Array.from({ length: n }, (_, i) => `<cds:ignore rule="r${i}" block="b${i}" reason="${'lý do '.repeat(3)}"/>`).join(''),
        '<cds:ignore '.repeat(n),
        `<cds:ignore-x rule="a" block="b0"/>`.repeat(n),
        '<'.repeat(n),
      ]);
      const xml = `<?xml version="1.0"?><cds:ignores xmlns:cds="urn:cds:ignores">${body}</cds:ignores>`;
      return [...es.filter((e) => e.name !== 'customXml/item1.xml'), { name: 'customXml/item1.xml', data: new TextEncoder().encode(xml) }];
    },
  },
];
