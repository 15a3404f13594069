import { bench, describe } from 'vitest';
import { extract, recognize, sampleCatalog } from '@cds/plan';
import { getTemplate } from '@cds/template';
import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { analyze } from './analyze.js';
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

describe('large plan', () => {
  bench('rules over the model', () => {
    runRules({ doc, template, outline, plan, agencyKind: 'province', catalog: sampleCatalog.entries });
  });
  bench('recognize + extract + rules (analyze)', () => {
    analyze(doc, { catalog: sampleCatalog.entries });
  });
});
