import { bench, describe } from 'vitest';
import { extract, recognize, sampleCatalog } from '@cds/plan';
import { getTemplate } from '@cds/template';
import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { paragraphs, paragraphText, type Run } from '@cds/model';
import { analyze } from './analyze.js';
import { createAnalyzer, isPlainBodyText } from './incremental/analyzer.js';
import { runRules } from './engine.js';

/**
 * A 150-page plan (~3,000 body paragraphs, 200 indicators, 500 task rows):
 * `npx vitest bench libs/rules`. "rules" is runRules over an already extracted
 * plan (the shared index is rebuilt each time, as in one real analysis).
 */
const doc = buildCleanPlanModel({ size: LARGE_PLAN_SIZE });
const template = getTemplate();
const outline = recognize(doc, template);
const plan = extract(doc, outline, template);

// Live validation: successive readings, each with one more word typed into one body paragraph (made beforehand).
const typed = [...paragraphs(doc.body)].filter((x) => !x.table && isPlainBodyText(x.paragraph) && paragraphText(x.paragraph).length > 40)[50]!.paragraph.id;
const EDITS = 15;
const readings: (typeof doc)[] = [];
for (let i = 0, last = doc; i < EDITS + 5; i++) {
  last = structuredClone(last);
  ([...paragraphs(last.body)].find((x) => x.paragraph.id === typed)!.paragraph.inlines.find((r) => r.kind === 'run') as Run).text += ' thêm';
  readings.push(last);
}
const live = createAnalyzer({ catalog: sampleCatalog.entries });
live.analyze(doc);
let next = 0;

describe('large plan', () => {
  bench('rules over the model', () => {
    runRules({ doc, template, outline, plan, agencyKind: 'province', catalog: sampleCatalog.entries });
  });
  bench('recognize + extract + rules (analyze)', () => {
    analyze(doc, { catalog: sampleCatalog.entries });
  });
  bench('createAnalyzer, first (full) pass', () => {
    createAnalyzer({ catalog: sampleCatalog.entries }).analyze(doc);
  });
  bench(
    'createAnalyzer after a one-paragraph edit',
    () => {
      live.analyze(readings[next++ % readings.length]!);
    },
    { iterations: EDITS, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
