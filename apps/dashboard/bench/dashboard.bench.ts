/**
 * The dashboard at scale: 10,000 agencies (communes, for later rounds), BENCH_PLANS of
 * them (default 2,000) with a synced draft, a quarter of those submitted.
 *  - board API: GET /api/mst/board (first page of 200, default sort and by errors) and
 *    /board/totals, median over BENCH_RUNS in-process requests (goal ≤ 50 ms);
 *  - first render in Chromium: navigation start to the first board row painted (goal ≤ 1 s);
 *  - the indicator page's API for one indicator (GET /api/mst/indicator-list/:code);
 *  - dashboard JS gzipped (what the board needs first, and all of it).
 * PGlite in memory by default (the embedded default); BENCH_PG_URL for PostgreSQL.
 * Run: npx tsx apps/dashboard/bench/dashboard.bench.ts  (or BENCH_ONLY=dashboard npm run bench)
 * BENCH_TRACE=1 prints the last visit's waterfall (each request's start and end from navigation start).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

if (process.env.BENCH_PG_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_PG_URL;
const { build } = await import('@cds/server/testing');
const { syntheticPlan } = await import('@cds/server/testing');
const { schema } = await import('@cds/server/testing');
const { buildDashboard, launchChromium } = await import('../e2e/harness.js');

const AGENCIES = 10_000;
const PLANS = Number(process.env.BENCH_PLANS ?? 2_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const CODE = 'NQ03-11.1';
const step = (msg: string) => process.stderr.write(`[dashboard bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

// BENCH_DASHBOARD_DIST: serve a build made elsewhere (an older commit's, for a before/after comparison on the same machine).
const built = process.env.BENCH_DASHBOARD_DIST ? { dir: process.env.BENCH_DASHBOARD_DIST, remove() {} } : await buildDashboard();
process.env.DASHBOARD_DIST = built.dir;
// Production settings: the session and the current round cached for 5 s per process.
const t = await build({ config: { logLevel: 'silent', cacheTtlMs: 5_000 } });
const db = t.database.db;

step(`seeding ${AGENCIES} agencies, ${PLANS} drafts`);
const plan = syntheticPlan(6_000, 'bench');
// As in a real plan, each catalogue indicator appears once.
plan.indicators.forEach((ind, i) => {
  ind.code = i === 0 ? CODE : null;
  ind.target2026Value = 60 + (i % 40);
  ind.target2026 = `${ind.target2026Value}%`;
});
const now = t.clock.now;
for (let start = 0; start < AGENCIES; start += 1000) {
  const n = Math.min(1000, AGENCIES - start);
  const ags = await db
    .insert(schema.agencies)
    .values(
      Array.from({ length: n }, (_, i) => ({ code: `X${String(start + i).padStart(5, '0')}`, name: `Xã thử tải số ${start + i}`, kind: 'province' as const })),
    )
    .returning({ id: schema.agencies.id });
  const withPlan = ags.slice(0, Math.max(0, Math.min(n, PLANS - start)));
  if (!withPlan.length) continue;
  const ps = await db
    .insert(schema.plans)
    .values(
      withPlan.map((a, i) => ({
        roundId: t.fixture.roundId,
        agencyId: a.id,
        status: (i % 4 === 0 ? 'submitted' : 'draft') as 'submitted' | 'draft',
        currentRevision: 1,
        completeness: (i * 7) % 101,
        lastSyncedAt: now,
        submittedAt: i % 4 === 0 ? now : null,
      })),
    )
    .returning({ id: schema.plans.id, status: schema.plans.status });
  await db.insert(schema.planRevisions).values(
    ps.map((p, i) => ({
      planId: p.id,
      number: 1,
      baseRevision: 0,
      idempotencyKey: `bench-${start}-${i}`,
      plan,
      completeness: 50,
      findingsSummary: { error: i % 5, warning: i % 7, info: 0 },
      createdAt: now,
    })),
  );
  const subs = ps.filter((p) => p.status === 'submitted');
  if (subs.length)
    await db.insert(schema.submissions).values(
      subs.map((p, i) => ({
        planId: p.id,
        receiptNumber: `BENCH-${start}-${i}`,
        idempotencyKey: `bench-sub-${start}-${i}`,
        fileName: 'ke-hoach.docx',
        docx: Buffer.from('PK'),
        sha256: 'x',
        size: 2,
        submittedAt: now,
        late: false,
        findings: [],
        plan,
        completeness: 80,
      })),
    );
}

const reviewer = await t.token('reviewer');
const auth = { authorization: `Bearer ${reviewer}` };
async function time(url: string, runs = RUNS): Promise<{ median: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    const res = await t.app.inject({ method: 'GET', url, headers: auth });
    const dt = performance.now() - t0;
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    bytes = res.rawPayload.byteLength;
    if (i >= 2) times.push(dt); // two warm-up requests
  }
  return { median: median(times), bytes };
}

const results: [string, string][] = [];
if (process.env.BENCH_SQL) {
  const actor = { userId: 1, role: 'mst_reviewer' as const, agencyId: null };
  for (const sort of ['agency', 'errors'] as const) {
    const xs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await t.app.repos.mst.boardView(actor, { roundId: t.fixture.roundId, page: 1, pageSize: 200, sort, dir: 'asc' });
      xs.push(performance.now() - t0);
    }
    results.push([`board query alone (${sort})`, ms(median(xs))]);
  }
  const xs: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    await t.app.inject({ method: 'GET', url: '/api/rounds/current', headers: auth });
    xs.push(performance.now() - t0);
  }
  results.push(['GET /api/rounds/current (auth + round)', ms(median(xs))]);
}
const board = await time('/api/mst/board?pageSize=200');
results.push([
  `board API, first 200 of ${AGENCIES} agencies (${t.database.engine})`,
  `${ms(board.median)} (${Math.round(board.bytes / 1024)} KB; goal ≤ 50 ms)`,
]);
const byErrors = await time('/api/mst/board?pageSize=200&sort=errors&dir=desc');
results.push(['board API sorted by errors', ms(byErrors.median)]);
const search = await time(`/api/mst/board?pageSize=200&q=${encodeURIComponent('xã thử tải số 99')}`);
results.push(['board API, accent-insensitive search', ms(search.median)]);
const totals = await time('/api/mst/board/totals');
results.push(['board totals', ms(totals.median)]);
const indicator = await time(`/api/mst/indicator-list/${CODE}`, 5);
results.push([`indicator page API, one indicator (${CODE}) across ${PLANS} plans`, `${ms(indicator.median)} (${Math.round(indicator.bytes / 1024)} KB)`]);

step('first render in Chromium');
const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchChromium();
const renders: number[] = [];
// The JS files the board's first render loaded (the entry imports the rest dynamically, so index.html names only the entry).
const boardJs = new Set<string>();
for (let i = 0; i < 4; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // A reviewer's tab as the app leaves it after sign-in (token and role in sessionStorage), opened again.
  await context.addInitScript((token) => {
    sessionStorage.setItem('cds.dashboard.token', token);
    sessionStorage.setItem('cds.dashboard.role', 'mst_reviewer');
  }, reviewer);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.locator('[data-agency]').first().waitFor();
  const at = await page.evaluate(() => performance.now());
  if (i > 0) renders.push(at); // the first visit warms the server's caches
  for (const name of await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)))
    if (new URL(name).pathname.startsWith('/assets/') && name.endsWith('.js')) boardJs.add(path.basename(new URL(name).pathname));
  if (process.env.BENCH_TRACE && i === 3) {
    // Where the first render's time goes: each resource's start and end, from navigation start.
    const entries = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        name: e.name,
        start: e.startTime,
        end: e.responseEnd,
        size: e.transferSize,
      })),
    );
    const nav = await page.evaluate(() => {
      // Runs in the page: the browser's Performance, not node's (whose entry types lack 'navigation').
      const browser = (globalThis as unknown as { performance: { getEntriesByType(type: string): unknown[] } }).performance;
      const n = browser.getEntriesByType('navigation')[0] as { responseEnd: number; domInteractive: number; domContentLoadedEventEnd: number };
      return { responseEnd: n.responseEnd, domInteractive: n.domInteractive, domContentLoaded: n.domContentLoadedEventEnd };
    });
    step(
      `navigation: html ${ms(nav.responseEnd)}, DOM interactive ${ms(nav.domInteractive)}, DOMContentLoaded ${ms(nav.domContentLoaded)}, first row ${ms(at)}`,
    );
    for (const e of entries)
      step(`  ${ms(e.start).padStart(10)} → ${ms(e.end).padStart(10)}  ${new URL(e.name).pathname}${new URL(e.name).search.slice(0, 60)}`);
  }
  await context.close();
}
await browser.close();
results.push(['first render in Chromium (navigation → first board row)', `${ms(median(renders))} (goal ≤ 1 s)`]);

const assets = path.join(built.dir, 'assets');
const initial = [...boardJs];
const gz = (f: string) => gzipSync(readFileSync(path.join(assets, f)), { level: 9 }).byteLength;
const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
results.push(['dashboard JS gzipped: loaded for the board', `${(initial.reduce((n, f) => n + gz(f), 0) / 1024).toFixed(1)} KB (${initial.length} files)`]);
results.push([
  'dashboard JS gzipped: all (charts, admin load on demand)',
  `${(all.reduce((n, f) => n + gz(f), 0) / 1024).toFixed(1)} KB (${all.length} files)`,
]);

await t.close();
built.remove();
console.log('\nDashboard at scale');
for (const [k, v] of results) console.log(`  ${k.padEnd(68)} ${v}`);
// Something the server keeps open after close (the PGlite worker, a timer) holds the process: end it once the figures are out.
process.exit(0);
