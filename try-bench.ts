import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { readDocx } from './libs/docx/src/index.ts';
import { setXmlParser } from './libs/docx/src/read/xml.ts';
const buf = new Uint8Array(readFileSync('/tmp/bench-plan.docx'));
const med = (a: number[]) => a.sort((x,y)=>x-y)[a.length>>1]!;
const o: number[] = [], f: number[] = [], m: number[] = [];
for (let k=0;k<9;k++){ setXmlParser('scan'); let t=performance.now(); readDocx(buf); o.push(performance.now()-t);
 setXmlParser('fast-xml-parser'); t=performance.now(); readDocx(buf); f.push(performance.now()-t);
 t=performance.now(); await mammoth.extractRawText({buffer: Buffer.from(buf)}); m.push(performance.now()-t); }
console.log('scan', med(o).toFixed(0), 'fxp', med(f).toFixed(0), 'mammoth', med(m).toFixed(0), 'ratio scan', (med(m)/med(o)).toFixed(2), 'ratio fxp', (med(m)/med(f)).toFixed(2));
