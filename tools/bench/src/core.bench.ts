/**
 * Core benchmark (issue 2): a generated ~150-page plan (≈3,000 paragraphs, 200
 * indicators, 500 task rows). Figures are medians measured in one run, and the
 * comparison with mammoth is a ratio from the same run, so a noisy machine
 * affects both sides alike.
 */
import mammoth from 'mammoth';
import { paragraphs } from '@cds/model';
import { readDocx, writeDocx } from '@cds/docx';
import { getTemplate } from '@cds/template';
import { recognize, extract } from '@cds/plan';
import { analyze, runRules } from '@cds/rules';
import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { compare, measure, ms } from './measure.js';

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
const buffer = Buffer.from(bytes);
const vsMammoth = await compare(
  () => analyze(readDocx(bytes), {}),
  () => mammoth.extractRawText({ buffer }),
);

console.log(`rules over the model (runRules):             median ${ms(rules.median)}`);
console.log(`recognize + extract + rules (analyze):       median ${ms(analyzeModel.median)}`);
console.log(`.docx read alone (readDocx):                 median ${ms(readOnly.median)}`);
console.log(`.docx read + extract + validate:             median ${ms(vsMammoth.a)}`);
console.log(`mammoth.extractRawText on the same file:     median ${ms(vsMammoth.b)}  (timed alternately with ours)`);
console.log(`ratio mammoth / ours (goal ≥ 3):             ${vsMammoth.ratio.toFixed(2)}x`);
