/**
 * Core benchmark (issue 2): a generated ~150-page plan (≈3,000 paragraphs, 200
 * indicators, 500 task rows). Figures are medians measured in one run, and the
 * comparison with mammoth is a ratio from the same run, so a noisy machine
 * affects both sides alike.
 */
import mammoth from 'mammoth';
import { paragraphs } from '@cds/model';
import { readDocx, writeDocx } from '@cds/docx';
import { readDocxTree } from '@cds/docx/testing/tree';
import { getTemplate } from '@cds/template';
import { recognize, extract } from '@cds/plan';
import { analyze, runRules } from '@cds/rules';
import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { measure, ms } from './measure.js';

/** Times each function in turn (a, b, c, a, b, c…) so that load from other processes falls on all alike; their medians. */
async function alternate(fns: (() => unknown)[], runs = 9): Promise<number[]> {
  for (const f of fns) await f();
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++)
    for (const [k, f] of fns.entries()) {
      const start = performance.now();
      await f();
      times[k]!.push(performance.now() - start);
    }
  return times.map((xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!);
}

const model = buildCleanPlanModel({ agencyKind: 'province', size: LARGE_PLAN_SIZE });
const bytes = writeDocx(model);
const doc = readDocx(bytes);
const template = getTemplate();
const outline = recognize(doc, template);
const plan = extract(doc, outline, template);
const paragraphCount = [...paragraphs(doc.body)].length;

console.log(
  `Kế hoạch mẫu lớn: ${paragraphCount} đoạn, ${plan.indicators.length} chỉ tiêu, ${plan.tasks.length} dòng nhiệm vụ, ${(bytes.length / 1024).toFixed(0)} KB .docx`,
);

// A fresh context each run: the rules' paragraph index is memoised per context.
const rules = await measure(() => runRules({ doc, template, outline, plan, agencyKind: 'province', catalog: null }));
const analyzeModel = await measure(() => analyze(doc, {}));
const readOnly = await measure(() => readDocx(bytes));
const readTree = await measure(() => readDocxTree(bytes));
const buffer = Buffer.from(bytes);
// Ours (the stream reader), the tree reader it replaced (issue 15) and mammoth, timed in turn.
const [ours, tree, mammothRaw] = await alternate([
  () => analyze(readDocx(bytes), {}),
  () => analyze(readDocxTree(bytes), {}),
  () => mammoth.extractRawText({ buffer }),
]);

console.log(`rules over the model (runRules):             median ${ms(rules.median)}`);
console.log(`recognize + extract + rules (analyze):       median ${ms(analyzeModel.median)}`);
console.log(`.docx read alone (readDocx, stream reader):  median ${ms(readOnly.median)}`);
console.log(`.docx read alone (tree reader, before):      median ${ms(readTree.median)}`);
console.log(`.docx read + extract + validate:             median ${ms(ours!)}`);
console.log(`the same with the tree reader (before):      median ${ms(tree!)}`);
console.log(`mammoth.extractRawText on the same file:     median ${ms(mammothRaw!)}  (timed in turn with both)`);
console.log(`ratio mammoth / ours (goal ≥ 10):            ${(mammothRaw! / ours!).toFixed(2)}x  (tree reader: ${(mammothRaw! / tree!).toFixed(2)}x)`);
