import { it } from 'vitest';
import { writeFileSync, readFileSync } from 'node:fs';
import { readDocx, writeDocx } from '@cds/docx';
import { buildCleanPlanModel } from '@cds/testing';
import { sampleCatalog } from '@cds/plan';
import { analyze } from './analyze.js';
it('write', () => {
  writeFileSync('/tmp/rules-lo/in/plain.docx', writeDocx(buildCleanPlanModel({ form: 'plain' })));
  writeFileSync('/tmp/rules-lo/in/structured.docx', writeDocx(buildCleanPlanModel({ form: 'structured' })));
});
it('read', () => {
  for (const f of ['plain', 'structured']) {
    let b: Buffer; try { b = readFileSync(`/tmp/rules-lo/out/${f}.docx`); } catch { continue; }
    const a = analyze(readDocx(new Uint8Array(b)), { catalog: sampleCatalog.entries });
    console.log('RESULT', f, a.outline.sections.length, a.plan.indicators.length, a.plan.tasks.length, JSON.stringify(a.findings.map((x) => `${x.severity} ${x.rule} ${x.section} ${x.message}`), null, 1));
  }
});
