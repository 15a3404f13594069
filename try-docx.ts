import { writeFileSync, readFileSync } from 'node:fs';
import { readDocx, writeDocx, docxText } from '@cds/docx';
const m = readDocx(readFileSync('/work/shared/corpus/real-docx/python-docx/sct-first-page-hdrftr.docx'));
console.log(JSON.stringify(m.sections), m.headerText);
const m2 = readDocx(readFileSync('/work/shared/corpus/real-docx/mammoth/simple-list.docx'));
console.log(JSON.stringify(m2.body[0]));
const out = writeDocx(m2); writeFileSync('/tmp/docx-try.docx', out);
const m3 = readDocx(out); console.log(docxText(m3), JSON.stringify(m3.body[0]));
