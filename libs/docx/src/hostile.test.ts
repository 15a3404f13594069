import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, DocxError, readDocx, writeDocx, type DocxErrorCode } from './index.js';
import { craftZip, zerosDeflate } from './testing/zipcraft.js';
import { docx, p } from './testing/ooxml.js';

/** Runs the reader and returns the refusal, checking it is typed, Vietnamese and quick. */
function refusal(bytes: Uint8Array, options?: Parameters<typeof readDocx>[1]): DocxError {
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = cpu();
  let caught: unknown;
  try {
    readDocx(bytes, options);
  } catch (e) {
    caught = e;
  }
  expect(cpu() - t0).toBeLessThan(5_000); // CPU time: the machine's load does not count
  expect(caught).toBeInstanceOf(DocxError);
  const err = caught as DocxError;
  // Vietnamese, with diacritics, for the user.
  expect(err.message).toMatch(/[ệạảốờ]/);
  return err;
}

const code = (bytes: Uint8Array, options?: Parameters<typeof readDocx>[1]): DocxErrorCode => refusal(bytes, options).code;
const ok = docx({ body: p('Xin chào') });
const mainDoc = (xml: string): Uint8Array =>
  zipSync({
    '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    'word/document.xml': strToU8(xml),
  });

describe('refusing hostile or broken input', () => {
  it('accepts the baseline fixture the other cases damage', () => {
    expect(readDocx(ok).body).toHaveLength(1);
  });

  it('refuses bytes that are not a zip', () => {
    expect(code(strToU8('Đây là một tệp văn bản, không phải .docx'))).toBe('not-zip');
    expect(code(new Uint8Array(0))).toBe('not-zip');
  });

  it('refuses an OLE compound file (old .doc or a password-protected .docx)', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(code(ole)).toBe('not-docx');
    const name = new Uint8Array(Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]));
    ole.set(name, 1024);
    expect(code(ole)).toBe('encrypted');
    // A larger file whose directory sits near the end.
    const big = new Uint8Array(3 * 1024 * 1024);
    big.set(ole.subarray(0, 8));
    big.set(name, big.length - 4096);
    expect(code(big)).toBe('encrypted');
  });

  it('refuses a zip without word/document.xml', () => {
    expect(code(zipSync({ 'hello.txt': strToU8('hi') }))).toBe('no-main-part');
  });

  it('refuses a truncated archive', () => {
    expect(code(ok.subarray(0, Math.floor(ok.length / 2)))).toBe('truncated');
    // Central directory intact but an entry's data cut short.
    const deflated = deflateSync(strToU8('<w:document>' + 'x'.repeat(5000) + '</w:document>'));
    const zip = craftZip([{ name: 'word/document.xml', data: deflated.subarray(0, 10), method: 8, declaredSize: 5025 }]);
    expect(code(zip)).toBe('truncated');
  });

  it('refuses files over the input size limit without looking inside', () => {
    const big = new Uint8Array(DOCX_LIMITS.maxInputBytes + 1);
    big.set([0x50, 0x4b, 3, 4]);
    expect(code(big)).toBe('too-large');
    expect(code(ok, { limits: { maxInputBytes: 100 } })).toBe('too-large');
  });

  it('refuses a 1 GB-of-zeros bomb from its declared size, before inflating', () => {
    const bomb = zerosDeflate(4_161_790); // 1 + 258 × 4,161,790 ≈ 1.07 GB of zeros
    expect(bomb.size).toBeGreaterThan(1024 ** 3 - 1024);
    const zip = craftZip([{ name: 'word/document.xml', data: bomb.data, method: 8, declaredSize: bomb.size }]);
    const before = process.memoryUsage().arrayBuffers;
    expect(code(zip)).toBe('zip-bomb');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('stops inflating the moment an entry exceeds the size its header declared', () => {
    const bomb = zerosDeflate(4_161_790);
    const zip = craftZip([{ name: 'word/document.xml', data: bomb.data, method: 8, declaredSize: 4096 }]);
    const before = process.memoryUsage().arrayBuffers;
    expect(code(zip)).toBe('zip-bomb');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a suspicious compression ratio on a large entry', () => {
    const zeros = deflateSync(new Uint8Array(10 * 1024 * 1024));
    expect((10 * 1024 * 1024) / zeros.length).toBeGreaterThan(DOCX_LIMITS.maxRatio);
    const zip = craftZip([{ name: 'word/document.xml', data: zeros, method: 8, declaredSize: 10 * 1024 * 1024 }]);
    expect(code(zip)).toBe('zip-bomb');
  });

  it('refuses archives whose declared sizes add up past the total limit', () => {
    const chunk = zerosDeflate(360_000); // ≈ 93 MB each, ratio ≈ 160:1
    const entries = [1, 2, 3].map((i) => ({ name: `word/media/image${i}.bin`, data: chunk.data, method: 8 as const, declaredSize: chunk.size }));
    expect(code(craftZip(entries))).toBe('zip-bomb');
  });

  it('refuses an entry bigger than the per-entry limit', () => {
    expect(code(ok, { limits: { maxEntryInflated: 10 } })).toBe('zip-bomb');
  });

  it('refuses encrypted zip entries', () => {
    const zip = craftZip([{ name: 'word/document.xml', data: strToU8('<x/>'), method: 0, declaredSize: 4, flags: 1 }]);
    expect(code(zip)).toBe('encrypted');
  });

  it('refuses XML with a DOCTYPE or ENTITY declaration and never expands entities', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    expect(code(mainDoc(laughs))).toBe('xml-dtd');
    expect(code(mainDoc('<!doctype w:document SYSTEM "file:///etc/passwd"><w:document/>'))).toBe('xml-dtd');
    const inStyles = docx({ body: p('a'), styles: '', files: {} });
    const withDtdStyles = docx({ body: p('a'), styles: '<!ENTITY x "y">' });
    expect(readDocx(inStyles).body).toHaveLength(1);
    expect(code(withDtdStyles)).toBe('xml-dtd');
    const custom = docx({ body: p('a'), files: { 'customXml/item1.xml': '<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>' } });
    expect(code(custom)).toBe('xml-dtd');
    // Even in a part the reader itself never needs.
    const app = docx({ body: p('a'), files: { 'docProps/app.xml': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Properties/>' } });
    expect(refusal(app)).toMatchObject({ code: 'xml-dtd', part: 'docProps/app.xml' });
  });

  it('keeps undeclared entity references as literal text', () => {
    const m = readDocx(docx({ body: p('a &amp; b &#x1EA1; &unknown;') }));
    expect(m.body[0]!.kind === 'paragraph' && m.body[0]!.inlines[0]).toMatchObject({ text: 'a & b ạ &unknown;' });
  });

  it('refuses malformed XML', () => {
    expect(code(mainDoc('<w:document><w:body><w:p><w:r><w:t>cut he'))).toBe('xml-malformed');
    expect(code(mainDoc('<w:document x="1><w:body/></w:document>'))).toBe('xml-malformed');
    expect(code(mainDoc('not xml at all'))).toBe('xml-malformed');
  });
});

describe('malformed XML with either parser', () => {
  it('refuses cut parts with both parsers, and never fails with anything but a DocxError', async () => {
    const { fastXmlParser } = await import('./fast-xml-parser.js');
    const odd = mainDoc('<w:document><a(><w:body/></w:document>');
    expect(code(odd)).toBe('xml-malformed');
    const xmlParser = fastXmlParser;
    expect(code(mainDoc('<w:document><w:body><w:p><w:r><w:t>cut he'), { xmlParser })).toBe('xml-malformed');
    // fast-xml-parser tolerates mismatched tags; it may read the part, but must not throw anything else.
    try {
      readDocx(odd, { xmlParser });
    } catch (e) {
      expect(e).toBeInstanceOf(DocxError);
    }
  });
});

describe('damaged values inside a readable file', () => {
  it('ignores non-numeric sizes and indents and clamps absurd column spans, so the model can be written again', () => {
    const body =
      '<w:p><w:pPr><w:spacing w:before="abc" w:after="120"/><w:ind w:firstLine="x"/><w:outlineLvl w:val="zz"/></w:pPr><w:r><w:rPr><w:sz w:val="big"/></w:rPr><w:t>a</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>';
    const m = readDocx(docx({ body }));
    expect(JSON.stringify(m)).not.toContain('null');
    expect(m.body[0]).toMatchObject({ props: { spacingAfterPt: 6 } });
    expect(m.body[0]).not.toHaveProperty('outlineLevel');
    const t = m.body[1];
    expect(t?.kind === 'table' && t.rows[0]!.cells[0]!.gridSpan).toBe(63);
    expect(readDocx(writeDocx(m)).body).toHaveLength(2);
  });
});
