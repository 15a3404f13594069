#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other (they share two cores).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
// BENCH_ONLY=dashboard runs the dashboard's alone (10,000 agencies: board API, first render, indicator page, JS size).
const everything = [
  'tools/bench/src/core.bench.ts',
  'libs/word-host/scripts/bench.ts',
  'apps/word-addin/bench/addin.bench.ts',
  'apps/word-addin/bench/sync-figures.bench.ts',
  'apps/server/bench/server.bench.ts',
  'apps/server/bench/section-sync.bench.ts',
  'apps/server/bench/submission-parts.bench.ts',
  'apps/dashboard/bench/dashboard.bench.ts',
];
const benches = process.env.BENCH_ONLY === 'dashboard' ? ['apps/dashboard/bench/dashboard.bench.ts'] : everything;
let failed = false;
for (const bench of benches) {
  if (!existsSync(join(root, bench))) continue;
  console.log(`\n== ${bench}`);
  const r = spawnSync(tsx, [bench], { stdio: 'inherit', cwd: root });
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);
