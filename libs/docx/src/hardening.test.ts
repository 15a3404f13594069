/**
 * Issue 9, the reader under fuzzing: each class of input the fuzz campaign found,
 * as a minimal file built here, and the budget that bounds what any file costs.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { DOCX_LIMITS, DocxError, docxText, readDocx, writeDocx, type DocxErrorCode } from './index.js';
import { corpusFiles } from './testing/corpus.js';
import { craftZip } from './testing/zipcraft.js';
import { docx, p } from './testing/ooxml.js';

/** CPU time of this process: what the input costs, whatever else the machine runs. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const r = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;

function refusal(bytes: Uint8Array, options?: Parameters<typeof readDocx>[1]): DocxError {
  try {
    readDocx(bytes, options);
  } catch (e) {
    expect(e).toBeInstanceOf(DocxError);
    expect((e as DocxError).message).toMatch(/[ệạảốờ]/);
    return e as DocxError;
  }
  throw new Error('expected a refusal');
}
const code = (bytes: Uint8Array, options?: Parameters<typeof readDocx>[1]): DocxErrorCode => refusal(bytes, options).code;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What PostgreSQL refuses in json: NUL, lone surrogates; in text: NUL. */
function storable(value: unknown): boolean {
  const s = JSON.stringify(value);
  return !s.includes('\\u0000') && !s.includes('\u0000') && !LONE_SURROGATE.test(s);
}

/** A stored zip of these entries (names may repeat, unlike with zipSync). */
function entries(list: [string, string | Uint8Array][]): Uint8Array {
  return craftZip(
    list.map(([name, data]) => {
      const bytes = typeof data === 'string' ? strToU8(data) : data;
      return { name, data: bytes, method: 0 as const, declaredSize: bytes.length };
    }),
  );
}
const baseline = unzipSync(docx({ body: p('Xin chào') }));
const withParts = (over: Record<string, string | Uint8Array>, extra: [string, string | Uint8Array][] = []): Uint8Array =>
  entries([...Object.entries({ ...baseline, ...over }), ...extra]);
const DTD_DOC =
  '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>';

describe('characters PostgreSQL could not store', () => {
  it('drops w:sym code points past U+10FFFF or in the surrogate range instead of throwing', () => {
    const body = `<w:p>${r('a')}<w:r><w:sym w:font="Symbol" w:char="110000"/><w:sym w:char="D800"/><w:sym w:char="FFFFFFFF"/><w:sym w:char="zz"/><w:sym w:char="F0B7"/></w:r>${r('b')}</w:p>`;
    const m = readDocx(docx({ body }));
    expect(docxText(m)).toEqual(['a·b']);
    expect(storable(m)).toBe(true);
  });

  it('drops character references XML does not allow: NUL, C0 controls, lone surrogates, U+FFFE, past U+10FFFF', () => {
    const body = p('a&#0;b&#xD800;c&#xDFFF;d&#x1;e&#xFFFE;f&#x110000;g&#99999999999;h&#x1F600;i&#9;j');
    const m = readDocx(docx({ body, styles: '<w:style w:type="paragraph" w:styleId="S&#0;"><w:name w:val="x&#xD800;"/></w:style>' }));
    expect(docxText(m)).toEqual(['abcdefgh😀i\tj']);
    expect(storable(m)).toBe(true);
  });

  it('drops raw NUL and control bytes, in text, attributes and custom XML alike', () => {
    const doc = readDocx(
      docx({
        body:
          `<w:p><w:pPr><w:pStyle w:val="A\u0000B"/></w:pPr>${r('x\u0000y\u0008z\u001fw')}</w:p>` +
          `<w:sdt><w:sdtPr><w:tag w:val="cds:\u0000section"/></w:sdtPr><w:sdtContent>${p('c')}</w:sdtContent></w:sdt>`,
        files: { 'customXml/item1.xml': '<r xmlns="urn:x">\u0000\u0001v</r>' },
      }),
    );
    expect(docxText(doc)).toEqual(['xyzw', 'c']);
    expect(doc.body[1]).toMatchObject({ cc: { tag: 'cds:section' } });
    expect(doc.customParts).toEqual({ 'urn:x': '<r xmlns="urn:x">v</r>' });
    expect(storable(doc)).toBe(true);
  });

  it('turns invalid UTF-8 into U+FFFD (the decoder’s replacement), which any database stores', () => {
    const files = unzipSync(docx({ body: p('AB') }));
    const xml = files['word/document.xml']!;
    const at = xml.indexOf(0x41); // "A"
    const bytes = new Uint8Array([...xml.subarray(0, at), 0xed, 0xa0, 0x80, 0xff, ...xml.subarray(at)]); // CESU surrogate, stray byte
    const m = readDocx(zipSync({ ...files, 'word/document.xml': bytes }));
    expect(docxText(m)[0]).toMatch(/^\ufffd+AB$/);
    expect(storable(m)).toBe(true);
  });
});

describe('numbering with absurd values', () => {
  const numbered = (start: string, fmt: string, lvlText = '%1.'): Uint8Array =>
    docx({
      numbering: `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${lvlText}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      body: `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${r('mục')}</w:p>`.repeat(3),
    });

  it('refuses a counter past the limit (w:start 1e300, or 10000000000 in letters) quickly and with a typed error', () => {
    for (const [start, fmt] of [
      ['1e300', 'decimal'],
      ['10000000000', 'lowerLetter'],
      ['-1e12', 'upperRoman'],
    ] as const) {
      const t0 = cpuMs();
      const err = refusal(numbered(start, fmt));
      expect(err.code).toBe('counter-too-large');
      expect(err.message).toContain('Giới hạn: 100.000.');
      expect(cpuMs() - t0).toBeLessThan(1_000);
    }
  });

  it('keeps labels bounded below the limit: a long letter label, a huge level text', () => {
    const letters = readDocx(numbered('99000', 'lowerLetter'));
    const label = (m: typeof letters, i: number): string => (m.body[i]!.kind === 'paragraph' ? (m.body[i]!.numbering?.label ?? '') : '');
    expect(label(letters, 0).length).toBeLessThanOrEqual(255);
    expect(label(letters, 0)).toMatch(/^([a-z])\1*\.?$/);
    const huge = readDocx(numbered('1', 'decimal', '%1'.repeat(100_000)));
    expect(label(huge, 2).length).toBeLessThanOrEqual(255);
    expect(label(huge, 2)).toMatch(/^3{100,}%?$/);
    expect(readDocx(numbered('2.7', 'decimal')).body.map((_, i) => label(readDocx(numbered('2.7', 'decimal')), i))).toEqual(['2.', '3.', '4.']);
  });
});

describe('unclosed fields', () => {
  it('walks field begins that never end once: 20,000 of them over 20,000 paragraphs read in well under a second or two', () => {
    const para = `<w:p>${r('chữ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>${r('kết quả')}</w:p>`;
    const bytes = docx({ body: para.repeat(20_000) });
    const t0 = cpuMs();
    const m = readDocx(bytes, { limits: { maxRatio: 1e6 } }); // repeated XML compresses past the bomb ratio
    expect(cpuMs() - t0).toBeLessThan(3_000); // the old walk was O(open fields × paragraphs)

    expect(m.body).toHaveLength(20_000);
    // Text after a begin and before a separate is instruction; the next paragraph shows again.
    expect(docxText(m)[19_999]).toBe('chữ');
  });
});

describe('the text budget', () => {
  const cases: [string, Partial<typeof DOCX_LIMITS>, string, DocxErrorCode][] = [
    ['paragraphs', { maxParagraphs: 3 }, p('a').repeat(4), 'too-many-paragraphs'],
    ['characters in one paragraph', { maxParagraphChars: 10 }, `<w:p>${r('12345')}${r('678901')}</w:p>`, 'paragraph-too-long'],
    ['characters in all', { maxTextChars: 10 }, p('123456') + p('789012'), 'too-much-text'],
    ['table cells', { maxTableCells: 2 }, `<w:tbl><w:tr><w:tc>${p('a')}</w:tc><w:tc>${p('b')}</w:tc><w:tc>${p('c')}</w:tc></w:tr></w:tbl>`, 'too-many-cells'],
    [
      'fields',
      { maxFields: 1 },
      `<w:p><w:fldSimple w:instr="PAGE">${r('1')}</w:fldSimple><w:r><w:fldChar w:fldCharType="begin"/></w:r></w:p>`,
      'too-many-fields',
    ],
  ];
  for (const [what, limits, body, expected] of cases)
    it(`refuses too many ${what} with ${expected} and the limit in the message`, () => {
      const err = refusal(docx({ body }), { limits });
      expect(err.code).toBe(expected);
      expect(err.limit).toBe(Object.values(limits)[0]);
      expect(err.message).toMatch(/Giới hạn: \d+/);
    });

  it('leaves real plans a wide margin: the 150-page plan and every corpus file read with each budget limit a quarter of its value', () => {
    const quarter = Object.fromEntries(
      (['maxParagraphs', 'maxParagraphChars', 'maxTextChars', 'maxTableCells', 'maxFields', 'maxCounterValue'] as const).map((k) => [k, DOCX_LIMITS[k] / 4]),
    );
    const large = writeDocx(buildCleanPlanModel({ agencyKind: 'province', size: LARGE_PLAN_SIZE }));
    expect(() => readDocx(large, { limits: quarter })).not.toThrow();
    const corpus = corpusFiles();
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    for (const f of corpus) expect(() => readDocx(f.bytes, { limits: quarter }), f.name).not.toThrow();
  });

  it('quotes the start of a paragraph that is too long, at the default limit', () => {
    const err = refusal(docx({ body: p('Nội dung dài ' + 'x'.repeat(DOCX_LIMITS.maxParagraphChars)) }));
    expect(err.code).toBe('paragraph-too-long');
    expect(err.message).toContain('Giới hạn: 100.000 ký tự trong một đoạn. Đoạn bắt đầu bằng: «Nội dung dài xxx');
  });

  it('counts headers, text boxes and labels in the same budget', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Mục %1 rất dài:"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    expect(
      code(docx({ numbering, body: `<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>${r('ab')}</w:p>` }), { limits: { maxParagraphChars: 15 } }),
    ).toBe('paragraph-too-long');
    const box = '<w:r><w:pict><v:shape><v:textbox><w:txbxContent>' + p('x') + p('y') + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>';
    expect(code(docx({ body: `<w:p>${box}</w:p>` }), { limits: { maxParagraphs: 2 } })).toBe('too-many-paragraphs');
  });
});

describe('zip entries that hide or escape', () => {
  it('refuses a DOCTYPE part shadowed by a second entry of the same name, as a duplicate', () => {
    const twice = withParts({}, [['word/document.xml', DTD_DOC]]);
    expect(refusal(twice)).toMatchObject({ code: 'duplicate-entry', part: 'word/document.xml' });
    const shadowFirst = entries([['word/document.xml', DTD_DOC], ...Object.entries(baseline)]);
    expect(code(shadowFirst)).toBe('duplicate-entry');
  });

  it('refuses case variants and backslash variants of one part name as duplicates', () => {
    expect(code(withParts({}, [['word/Document.XML', DTD_DOC]]))).toBe('duplicate-entry');
    expect(code(withParts({}, [['word\\document.xml', DTD_DOC]]))).toBe('duplicate-entry');
  });

  it('refuses absolute names, drive letters, .. segments and control characters (so a later unzip cannot write outside its folder)', () => {
    for (const name of ['/word/document.xml', '../../etc/cron.d/x', 'word/../../x.xml', 'C:\\Windows\\x.xml', '\\\\server\\share\\x', 'word/a\u0000.xml'])
      expect(code(withParts({}, [[name, '<x/>']])), name).toBe('unsafe-entry-name');
    expect(refusal(withParts({}, [['a/\u0007../x', '<x/>']])).message).not.toMatch(/[\u0000-\u001f]/);
  });

  it('reads a part whose relationship target differs in case from its entry name', () => {
    const files = unzipSync(docx({ body: p('x') }));
    const rels = new TextDecoder().decode(files['_rels/.rels']).replace('word/document.xml', 'word/Document.xml');
    expect(docxText(readDocx(zipSync({ ...files, '_rels/.rels': strToU8(rels) })))).toEqual(['x']);
  });
});

describe('parts in other encodings', () => {
  const utf16 = (s: string, be: boolean, bom = true): Uint8Array => {
    const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
    const all = (bom ? '\ufeff' : '') + s;
    for (let i = 0; i < all.length; i++) {
      const c = all.charCodeAt(i);
      out[2 * i + (be ? 1 : 0)] = c & 0xff;
      out[2 * i + (be ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  const docXml = new TextDecoder().decode(baseline['word/document.xml']).replace('encoding="UTF-8"', 'encoding="UTF-16"');

  it('reads UTF-16 parts (either byte order, with or without BOM) as Word does', () => {
    for (const [be, bom] of [
      [false, true],
      [true, true],
      [false, false],
      [true, false],
    ] as const)
      expect(docxText(readDocx(withParts({ 'word/document.xml': utf16(docXml, be, bom) }))), `be=${be} bom=${bom}`).toEqual(['Xin chào']);
  });

  it('refuses a DOCTYPE in a UTF-16 part, read or not, and one split by NULs', () => {
    expect(code(withParts({ 'word/document.xml': utf16(DTD_DOC, false) }))).toBe('xml-dtd');
    expect(refusal(withParts({ 'docProps/app.xml': utf16(DTD_DOC, true) }))).toMatchObject({ code: 'xml-dtd', part: 'docProps/app.xml' });
    expect(code(withParts({ 'word/document.xml': DTD_DOC.replace('DOCTYPE', 'DOC\u0000TYPE') }))).toBe('xml-dtd');
  });

  it('decodes a declared single-byte encoding, and refuses UTF-32 and unknown encodings', () => {
    const latin = strToU8(docXml.replace('encoding="UTF-16"', 'encoding="ISO-8859-1"').replace('Xin chào', 'Xin ch\u0000'));
    latin[latin.indexOf(0)] = 0xe0; // "à" in Latin-1
    expect(docxText(readDocx(withParts({ 'word/document.xml': latin })))).toEqual(['Xin chà']);
    expect(code(withParts({ 'word/document.xml': new Uint8Array([0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0]) }))).toBe('xml-encoding');
    expect(code(withParts({ 'word/document.xml': docXml.replace('encoding="UTF-16"', 'encoding="x-made-up"') }))).toBe('xml-encoding');
  });
});
