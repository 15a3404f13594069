import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/testing';
import { recognize, extract, sampleCatalog } from '@cds/plan';
import { getTemplate } from '@cds/template';
import { runRules } from '/work/main/libs/rules/src/engine.ts';
const doc = buildCleanPlanModel({ size: LARGE_PLAN_SIZE } as never);
const t = getTemplate();
const outline = recognize(doc, t);
const plan = extract(doc, outline, t);
const times: number[] = [];
for (let k = 0; k < 30; k++) {
  const s = performance.now(); runRules({ doc, template: t, outline, plan, agencyKind: 'province', catalog: sampleCatalog.entries }); times.push(performance.now() - s);
}
times.sort((a, b) => a - b); console.log('median', times[15]!.toFixed(1), 'min', times[0]!.toFixed(1));
