import * as d from 'docx';
import mammoth from 'mammoth';
import { readDocx, docxText } from '@cds/docx';
const kids: any[] = [];
for (let i=0;i<3000;i++) kids.push(new d.Paragraph({ children:[new d.TextRun({text:`Đoạn văn số ${i} có nội dung khá dài để đo tốc độ phân tích cú pháp `, bold: i%2==0}), new d.TextRun({text:'thêm một chút chữ nữa', font:'Times New Roman', size: 28})], heading: i%100==0? d.HeadingLevel.HEADING_1: undefined }));
const mk=(n:number,c:number)=>new d.Table({rows: Array.from({length:n},(_,r)=>new d.TableRow({children:Array.from({length:c},(_,k)=>new d.TableCell({children:[new d.Paragraph(`ô ${r} ${k} nội dung`)]}))}))});
kids.push(mk(200,9)); kids.push(mk(500,7));
const buf = new Uint8Array(await d.Packer.toBuffer(new d.Document({sections:[{children:kids}]})));
const med = (a: number[]) => a.sort((x,y)=>x-y)[a.length>>1]!;
const ours: number[] = [], mam: number[] = [];
for (let k=0;k<7;k++){ let t=performance.now(); readDocx(buf); ours.push(performance.now()-t); t=performance.now(); await mammoth.extractRawText({buffer: Buffer.from(buf)}); mam.push(performance.now()-t); }
console.log('ours', med(ours).toFixed(0), 'mammoth', med(mam).toFixed(0), 'ratio', (med(mam)/med(ours)).toFixed(2), docxText(readDocx(buf)).length);
import { Package } from './libs/docx/src/read/package.ts';
import { DOCX_LIMITS } from './libs/docx/src/limits.ts';
import { parseXml, partText } from './libs/docx/src/read/xml.ts';
import { ZipArchive } from './libs/docx/src/read/zip.ts';
for (let k=0;k<5;k++) {
  let t=performance.now(); const z = new ZipArchive(buf, DOCX_LIMITS); const raw = z.read('word/document.xml')!; const t1=performance.now()-t;
  t=performance.now(); const s = partText(raw); const t2=performance.now()-t;
  t=performance.now(); parseXml(s, 'x'); const t3=performance.now()-t;
  t=performance.now(); readDocx(buf); const t4=performance.now()-t;
  console.log('unzip', t1.toFixed(0), 'decode', t2.toFixed(0), 'parse', t3.toFixed(0), 'total', t4.toFixed(0), raw.length);
}
