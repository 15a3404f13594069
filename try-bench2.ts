import mammoth from 'mammoth';
import type { Block, DocumentModel } from '@cds/model';
import { readDocx, writeDocx, docxText } from './libs/docx/src/index.ts';
const body: Block[] = [];
let n = 0;
for (let i = 0; i < 3000; i++) body.push({ kind: 'paragraph', id: `p${n++}`, styleId: i % 100 === 0 ? 'Heading1' : undefined, outlineLevel: i % 100 === 0 ? 0 : undefined,
  props: { alignment: 'justify', firstLineIndentCm: 1.27, spacingAfterPt: 6 }, inlines: [{ kind: 'run', text: `Đoạn văn số ${i} có nội dung khá dài để đo tốc độ phân tích cú pháp `, props: { font: 'Times New Roman', sizePt: 14 } }, { kind: 'run', text: 'thêm chữ', props: { bold: true, font: 'Times New Roman', sizePt: 14 } }],
  numbering: i % 10 === 0 ? { numId: '1', level: 0, label: `${i / 10 + 1}.`, format: 'decimal' } : undefined });
const mk = (rows: number, cols: number): Block => ({ kind: 'table', id: `t${n++}`, rows: Array.from({ length: rows }, (_, r) => ({ id: `r${n++}`, cc: { tag: `cds:row:${r}` }, cells: Array.from({ length: cols }, (_, c) => ({ id: `c${n++}`, blocks: [{ kind: 'paragraph' as const, id: `p${n++}`, inlines: [{ kind: 'run' as const, text: `ô ${r} ${c} nội dung`, props: { font: 'Times New Roman', sizePt: 13 } }] }] })) })) });
body.push(mk(200, 9), mk(500, 7));
const doc: DocumentModel = { body, sections: [], defaults: {} };
let t = performance.now(); const bytes = writeDocx(doc); console.log('write ms', (performance.now() - t).toFixed(0), 'size', bytes.length);
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
const o: number[] = [], m: number[] = [];
for (let k = 0; k < 9; k++) { t = performance.now(); readDocx(bytes); o.push(performance.now() - t); t = performance.now(); await mammoth.extractRawText({ buffer: Buffer.from(bytes) }); m.push(performance.now() - t); }
console.log('ours', med(o).toFixed(0), 'mammoth', med(m).toFixed(0), 'ratio', (med(m) / med(o)).toFixed(2), docxText(readDocx(bytes)).length);
