/**
 * The reader before and after a change, timed alternately in one process on the
 * 150-page plan (`npx tsx tools/fuzz/src/bench-reader.ts OLD_SRC_DIR`, where
 * OLD_SRC_DIR holds an older `libs/docx/src`, e.g. from `git archive`), so that
 * the machine's load falls on both alike.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocx, writeDocx } from '@cds/docx';
import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/plan/testing';

const oldSrc = resolve(process.argv[2] ?? '');
const old = (await import(pathToFileURL(`${oldSrc}/index.ts`).href)) as { readDocx: (b: Uint8Array) => unknown };
const bytes = writeDocx(buildCleanPlanModel({ agencyKind: 'province', size: LARGE_PLAN_SIZE }));
const times: { before: number[]; after: number[] } = { before: [], after: [] };
const cpu = (f: () => unknown): number => {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
for (let i = 0; i < 5; i++) {
  // warm-up
  cpu(() => old.readDocx(bytes));
  cpu(() => readDocx(bytes));
}
for (let i = 0; i < 30; i++) {
  times.before.push(cpu(() => old.readDocx(bytes)));
  times.after.push(cpu(() => readDocx(bytes)));
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const b = median(times.before);
const a = median(times.after);
console.log(
  `readDocx on the 150-page plan, CPU median of 30 alternating runs: before ${b.toFixed(1)} ms, after ${a.toFixed(1)} ms (${(((a - b) / b) * 100).toFixed(1)}%)`,
);
