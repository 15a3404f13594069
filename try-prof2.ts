import { readFileSync } from 'node:fs';
import { readDocx } from './libs/docx/src/index.ts';
const buf = new Uint8Array(readFileSync('/tmp/bench-plan.docx'));
for (let k=0;k<15;k++) readDocx(buf);
