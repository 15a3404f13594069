import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/testing';
import { sampleCatalog, recognize, extract } from '@cds/plan';
import { getTemplate } from '@cds/template';
import { allRules } from '/work/main/libs/rules/src/registry.ts';
import { runRules } from '/work/main/libs/rules/src/engine.ts';
import { indexOf } from '/work/main/libs/rules/src/context/index.ts';

const doc = buildCleanPlanModel({ size: LARGE_PLAN_SIZE } as never);
const t = getTemplate();
const outline = recognize(doc, t);
const plan = extract(doc, outline, t);
const mk = () => ({ doc, template: t, outline, plan, agencyKind: 'province' as const, catalog: sampleCatalog.entries });
for (let k = 0; k < 3; k++) {
  const ctx = mk();
  let s = performance.now(); indexOf(ctx); const line = [`index ${(performance.now() - s).toFixed(1)}`];
  for (const r of allRules) { s = performance.now(); runRules(ctx, [r]); const d = performance.now() - s; if (d > 3) line.push(`${r.id} ${d.toFixed(1)}`); }
  console.log(line.join(' | '));
}
