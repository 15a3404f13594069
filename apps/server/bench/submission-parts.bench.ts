/**
 * Where a submission's server CPU goes (issue 15), piece by piece, in this process:
 * the form's plan field (JSON + zod), the request hash, the copy to and from the check
 * worker, reading the .docx, the rules, the comparison with the client's data, and the
 * stored file's SHA-256. The pieces are timed in turn, round after round, and the
 * medians printed with each piece's share, for a typical 1 MB plan and the 150-page one.
 * Run: npx tsx apps/server/bench/submission-parts.bench.ts   (BENCH_ROUNDS)
 */
import { ClientPlanSchema } from '@cds/api';
import { readDocx } from '@cds/docx';
import { DEFAULT_PLAN_SIZE, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { analyze } from '@cds/rules';
import { comparePlans } from '../src/services/plan-compare.js';
import { requestHash } from '../src/services/request-hash.js';
import { sha256Hex } from '../src/services/submission-store.js';
import { benchDocx } from './docx.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const [label, size] of [
  ['typical plan', DEFAULT_PLAN_SIZE],
  ['150-page plan', LARGE_PLAN_SIZE],
] as const) {
  const doc = benchDocx(1024 * 1024, size);
  const field = JSON.stringify(doc.plan);
  const bytes = Buffer.from(doc.bytes);
  const pieces: Record<string, () => unknown> = {};
  let plan = ClientPlanSchema.parse(JSON.parse(field));
  let model = readDocx(bytes);
  let analysis = analyze(model, { agencyKind: 'province', catalog: [] });
  pieces['plan field: JSON.parse + zod'] = () => (plan = ClientPlanSchema.parse(JSON.parse(field)));
  pieces['request hash (file + plan)'] = () => requestHash(bytes, JSON.stringify(plan));
  pieces['to the worker and back (clones)'] = () =>
    structuredClone([
      { bytes, plan },
      { plan: analysis.plan, findings: analysis.findings },
    ]);
  pieces['readDocx'] = () => (model = readDocx(bytes));
  pieces['analyze (recognize, extract, rules)'] = () => (analysis = analyze(model, { agencyKind: 'province', catalog: [] }));
  pieces['compare with the client data'] = () => comparePlans(plan, analysis.plan);
  pieces["stored file's SHA-256"] = () => sha256Hex(bytes);

  const times = new Map<string, number[]>(Object.keys(pieces).map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, f] of Object.entries(pieces)) {
      const t0 = performance.now();
      f();
      times.get(name)!.push(performance.now() - t0);
    }
  }
  const medians = [...times].map(([name, xs]) => [name, median(xs)] as const);
  const total = medians.reduce((s, [, m]) => s + m, 0);
  console.log(
    `\n=== submission CPU in this process, ${label} (${(bytes.length / 1024 / 1024).toFixed(2)} MB .docx, ${(field.length / 1024).toFixed(0)} KB plan field) ===`,
  );
  for (const [name, m] of medians) console.log(`${name.padEnd(38)} ${m.toFixed(2).padStart(8)} ms  ${((m / total) * 100).toFixed(1).padStart(5)}%`);
  console.log(
    `${'sum'.padEnd(38)} ${total.toFixed(2).padStart(8)} ms  → at most ${(2000 / total).toFixed(0)} submissions/s on 2 cores, before HTTP and the database`,
  );
}
