import * as d from 'docx';
import { writeFileSync } from 'node:fs';
const kids: any[] = [];
for (let i=0;i<3000;i++) kids.push(new d.Paragraph({ children:[new d.TextRun({text:`Đoạn văn số ${i} có nội dung khá dài để đo tốc độ phân tích cú pháp `, bold: i%2==0}), new d.TextRun({text:'thêm một chút chữ nữa', font:'Times New Roman', size: 28})], heading: i%100==0? d.HeadingLevel.HEADING_1: undefined }));
const mk=(n:number,c:number)=>new d.Table({rows: Array.from({length:n},(_,r)=>new d.TableRow({children:Array.from({length:c},(_,k)=>new d.TableCell({children:[new d.Paragraph(`ô ${r} ${k} nội dung`)]}))}))});
kids.push(mk(200,9)); kids.push(mk(500,7));
writeFileSync('/tmp/bench-plan.docx', new Uint8Array(await d.Packer.toBuffer(new d.Document({sections:[{children:kids}]}))));
