import { build } from './src/test/helper.ts';
import { syntheticPlan } from './src/test/plan-data.ts';
const t = await build();
const plan = syntheticPlan(50 * 1024);
let rev = 0;
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  const res = await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: { baseRevision: rev, idempotencyKey: `k-${i}-abcdefgh`, plan, findingsSummary: { error: 0, warning: 0, info: 0 }, completeness: 5 } });
  rev = res.json().revision?.number ?? rev;
  console.log(res.statusCode, Math.round(performance.now() - t0));
}
await t.close();
