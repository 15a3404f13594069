/**
 * Text boxes against LibreOffice. Its text export (`txt:Text`) leaves text boxes
 * out altogether (checked below, so a LibreOffice that starts exporting them
 * shows up here), so the reading order is compared with LibreOffice's own model
 * of the file: in the ODT it writes, a box's paragraphs sit inside the anchor
 * paragraph (`draw:frame` / `draw:text-box`); read as blocks, they follow it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@cds/test-support';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, readDocx } from './index.js';
import { scanXml } from './read/scan.js';
import { kids, partText, tag, textOf, type XNode } from './read/xml.js';
import { docx, p } from './testing/ooxml.js';
import { hasSoffice, normaliseLines, soffice } from './testing/soffice.js';
import { drawingTextBox, txbxContent, vmlTextBox, wordTextBoxRun } from './testing/textbox.js';

const r = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;

/** A plan opening as offices type it: the agency and number in text boxes, then the body. */
const BODY = [
  `<w:p>${wordTextBoxRun(txbxContent('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'Số: 12/KH-UBND'))}${wordTextBoxRun(txbxContent('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'))}</w:p>`,
  p('KẾ HOẠCH'),
  p('Chuyển đổi số năm 2026'),
  `<w:p>${r('Phụ lục kèm theo: ')}<w:r>${vmlTextBox(txbxContent('PHỤ LỤC I', 'Danh mục chỉ tiêu'))}</w:r>${r('xem dưới')}</w:p>`,
  `<w:p>${r('Hộp trong dòng: ')}<w:r>${drawingTextBox(txbxContent('Ghi chú trong hộp'), false)}</w:r></w:p>`,
  p('Hết'),
].join('');

/**
 * LibreOffice's reading of its ODT: each paragraph's own text, then the paragraphs
 * of the shapes anchored in it (a VML box becomes a `draw:frame` with a
 * `draw:text-box`, a DrawingML one a `draw:custom-shape` holding `text:p`s).
 */
function odtReading(contentXml: string): string[] {
  const out: string[] = [];
  const para = (n: XNode): void => {
    let own = '';
    const shapes: XNode[] = [];
    const inline = (c: XNode): void => {
      const t = tag(c);
      if (t === '#text') own += textOf(c);
      else if (t === 'text:tab') own += '\t';
      else if (t === 'text:s') own += ' ';
      else if (t.startsWith('draw:')) shapes.push(c);
      else for (const k of kids(c)) inline(k);
    };
    for (const c of kids(n)) inline(c);
    out.push(own);
    for (const s of shapes) blocks(kids(s));
  };
  const blocks = (nodes: XNode[]): void => {
    for (const n of nodes) {
      const t = tag(n);
      if (t === 'text:p' || t === 'text:h') para(n);
      else if (t !== '#text') blocks(kids(n));
    }
  };
  const doc = scanXml(contentXml);
  for (const n of doc) if (tag(n) === 'office:document-content') blocks(kids(n).filter((k) => tag(k) === 'office:body'));
  return out;
}

describe.skipIf(!hasSoffice)('text boxes, as LibreOffice reads them', () => {
  const temp = tempDir('docx-textbox');
  afterAll(() => temp.remove());
  const bytes = docx({ body: BODY });
  let txt: string[] = [];
  let odt: string[] = [];
  beforeAll(() => {
    const file = join(temp.path, 'hop.docx');
    writeFileSync(file, bytes);
    soffice([file], 'txt:Text (encoded):UTF8', temp.path);
    soffice([file], 'odt', temp.path);
    txt = normaliseLines(readFileSync(join(temp.path, 'hop.txt'), 'utf8'));
    odt = normaliseLines(odtReading(partText(unzipSync(readFileSync(join(temp.path, 'hop.odt')))['content.xml']!)));
  }, 240_000);

  it('reads each box once, after its anchor paragraph, in LibreOffice’s order', () => {
    const ours = normaliseLines(docxText(readDocx(bytes)));
    expect(ours).toEqual(odt);
    expect(ours).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
      'Số: 12/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'KẾ HOẠCH',
      'Chuyển đổi số năm 2026',
      'Phụ lục kèm theo: xem dưới',
      'PHỤ LỤC I',
      'Danh mục chỉ tiêu',
      'Hộp trong dòng:',
      'Ghi chú trong hộp',
      'Hết',
    ]);
  });

  it('agrees with LibreOffice’s text export outside the boxes, which that export leaves out', () => {
    const m = readDocx(bytes);
    const outside = { ...m, body: m.body.filter((b) => !b.id.includes('.x')) };
    expect(normaliseLines(docxText(outside))).toEqual(txt);
    expect(txt.join('\n')).not.toContain('Số: 12/KH-UBND');
  });
});
