/**
 * MST cross-agency views benchmark: against a fresh PostgreSQL database with 10,000
 * agencies, N of them (BENCH_PLANS, default 2,000) with a 50 KB draft revision:
 *  - GET /api/mst/indicators (all indicators, and one catalogue code),
 *  - GET /api/mst/export/indicators.xlsx and tasks.xlsx (streamed),
 * each on a freshly started app server: median time to the last byte over BENCH_RUNS
 * requests (default 5), and the server's peak RSS growth over its idle RSS (VmHWM − VmRSS
 * before the first request, from /proc: Linux only), after the first request and after all.
 * Run: npx tsx apps/server/bench/mst-views.bench.ts   (BENCH_PG_URL, BENCH_PLANS, BENCH_RUNS)
 * Not part of any test run: it takes minutes and a few hundred MB of database.
 *
 * `... mst-views.bench.ts board`: the board API (GET /api/mst/board, first page of 200:
 * default sort, by errors, accent-insensitive search; /board/totals) in process, on
 * PGlite in memory (the embedded default) or with BENCH_BOARD_PG=1 on PostgreSQL
 * (BENCH_PG_URL), over 10,000 agencies, BENCH_PLANS with a draft, a quarter of those
 * submitted with 40 findings each: median of BENCH_RUNS (default 20) requests after two
 * warm-ups, and the best (goal ≤ 50 ms). BENCH_EXPLAIN=1 prints the best EXPLAIN ANALYZE execution time of the board's page
 * and count statements of 5, run through the same database instance (=full: the plans too).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleCatalog } from '@cds/plan';
import { sql } from 'drizzle-orm';
import { openDatabase, type Db } from '../src/db/client.js';
import { agencies, planRevisions, plans, sessions, users } from '../src/db/schema/index.js';
import { hashToken } from '../src/repositories/users.js';
import { insertEntries } from '../src/services/catalog-import.js';
import { syntheticPlan } from '../src/test/plan-data.js';
import { freshDatabase } from './fresh-database.js';
import { seedAgencyUsers, seedRound } from './seed-bench.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const AGENCIES = 10_000;
const PLANS = Number(process.env.BENCH_PLANS ?? 2_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TOKEN = 'mst-views-reviewer-token';

const step = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

/** The app server as ONE node process (tsx as an import hook), so /proc/<pid> is the server's. */
function serve(databaseUrl: string): Promise<ChildProcess & { port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'serve.ts'), 'app'], {
    env: { ...process.env, FASTIFY_AUTOLOAD_TYPESCRIPT: '1', DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const line = buf.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) resolve(Object.assign(child, { port: (JSON.parse(line) as { port: number }).port }));
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}
const stop = (c: ChildProcess) => new Promise<void>((r) => (c.once('exit', () => r()), c.kill('SIGTERM')));

/** A /proc/<pid>/status field in MB (VmRSS: now, VmHWM: peak). */
function procMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(m[1]) / 1024;
}

/** N agencies' plans, each with one 50 KB draft revision (the same synthetic plan, its block ids made unique). */
async function seedDrafts(db: Db, roundId: number, agencyIds: number[]): Promise<number> {
  const template = JSON.stringify(syntheticPlan(50 * 1024, 'SEED'));
  const now = new Date();
  for (let start = 0; start < agencyIds.length; start += 100) {
    const batch = agencyIds.slice(start, start + 100);
    const ps = await db
      .insert(plans)
      .values(batch.map((agencyId) => ({ roundId, agencyId, currentRevision: 1, completeness: 50, lastSyncedAt: now })))
      .returning({ id: plans.id });
    await db.insert(planRevisions).values(
      ps.map((p, i) => ({
        planId: p.id,
        number: 1,
        baseRevision: 0,
        idempotencyKey: `bench-${p.id}`,
        plan: JSON.parse(template.replaceAll('SEED', String(start + i))),
        findingsSummary: { error: 0, warning: 1, info: 2 },
        completeness: 50,
        createdAt: now,
      })),
    );
  }
  return template.length;
}

interface Figures {
  medianMs: number;
  firstPeakMb: number;
  peakRssMb: number;
  bytes: number;
}

/**
 * RUNS requests on a fresh server: median time to the last byte; peak RSS growth over the
 * idle server after the first request (what one request needs) and after all of them
 * (garbage V8 has not collected yet between requests counts there too).
 */
async function measure(databaseUrl: string, url: string): Promise<Figures> {
  const server = await serve(databaseUrl);
  try {
    await new Promise((r) => setTimeout(r, 500));
    const idle = procMb(server.pid!, 'VmRSS');
    const times: number[] = [];
    let bytes = 0;
    let firstPeakMb = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${server.port}${url}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      bytes = 0;
      for await (const chunk of res.body!) bytes += (chunk as Uint8Array).byteLength;
      times.push(performance.now() - t0);
      if (i === 0) firstPeakMb = procMb(server.pid!, 'VmHWM') - idle;
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)]!, firstPeakMb, peakRssMb: procMb(server.pid!, 'VmHWM') - idle, bytes };
  } finally {
    await stop(server);
  }
}

async function main() {
  const fresh = await freshDatabase(ADMIN_URL, 'cds_bench_mst');
  const database = await openDatabase({ url: fresh.url });
  try {
    await database.migrate();
    const db = database.db;
    const roundId = await seedRound(db);
    await insertEntries(db, roundId, sampleCatalog.entries, new Map());
    step(`seeding ${AGENCIES} agencies`);
    await seedAgencyUsers(db, AGENCIES, 'M', 'drafter');
    const ids = (await db.select({ id: agencies.id }).from(agencies).orderBy(agencies.id)).map((a) => a.id);
    step(`seeding ${PLANS} drafts of 50 KB`);
    const planBytes = await seedDrafts(db, roundId, ids.slice(0, PLANS));
    const [reviewer] = await db.insert(users).values({ email: 'reviewer@bench.vn', name: 'R', role: 'mst_reviewer', passwordHash: 'x' }).returning();
    await db.insert(sessions).values({ userId: reviewer!.id, tokenHash: hashToken(TOKEN), expiresAt: new Date(Date.now() + 3600_000) });
    console.log(
      `${AGENCIES} agencies, ${PLANS} with a ${(planBytes / 1024).toFixed(1)} KB draft; ${RUNS} runs each; fresh database ${new URL(fresh.url).pathname.slice(1)}`,
    );

    const results: [string, Figures][] = [];
    for (const [label, url] of [
      ['indicator view (all)', '/api/mst/indicators'],
      ['indicator view (?code=NQ03-11.1)', '/api/mst/indicators?code=NQ03-11.1'],
      ['export indicators.xlsx', '/api/mst/export/indicators.xlsx'],
      ['export tasks.xlsx', '/api/mst/export/tasks.xlsx'],
    ] as const) {
      step(label);
      results.push([label, await measure(fresh.url, url)]);
    }
    console.log('\n=== MST cross-agency views (PostgreSQL) ===');
    for (const [label, f] of results) {
      const mb = (n: number) => `+${n.toFixed(0).padStart(4)} MB`;
      console.log(
        `${label.padEnd(34)} median ${f.medianMs.toFixed(0).padStart(6)} ms   peak RSS ${mb(f.firstPeakMb)} (first request), ${mb(f.peakRssMb)} (all ${RUNS})   body ${(f.bytes / 1024 / 1024).toFixed(1)} MB`,
      );
    }
  } finally {
    await database.close();
    await fresh.drop();
  }
}

/** The board API on the engine under test (PGlite by default), in process: see the header. */
async function boardMain() {
  if (process.env.BENCH_BOARD_PG) process.env.TEST_DATABASE_URL = ADMIN_URL;
  const { build } = await import('../src/test/helper.js');
  const { boardViewSql } = await import('../src/repositories/board-view.js');
  const { submissions } = await import('../src/db/schema/index.js');
  const runs = Number(process.env.BENCH_RUNS ?? 20);
  // Production settings: the session and the current round cached for 5 s per process.
  const t = await build({ config: { logLevel: 'silent', cacheTtlMs: 5_000 } });
  try {
    const db = t.database.db;
    const now = t.clock.now;
    step(`seeding ${AGENCIES} agencies, ${PLANS} drafts (${t.database.engine})`);
    const findings = Array.from({ length: 40 }, (_, i) => ({
      ruleId: `R${i % 9}`,
      severity: (['error', 'warning', 'info'] as const)[i % 3],
      message: 'Thiếu chỉ tiêu',
      ...(i % 10 === 0 ? { ignored: { reason: 'đã giải trình' } } : {}),
    }));
    for (let start = 0; start < AGENCIES; start += 1000) {
      const n = Math.min(1000, AGENCIES - start);
      const ags = await db
        .insert(agencies)
        .values(
          Array.from({ length: n }, (_, i) => ({
            code: `X${String(start + i).padStart(5, '0')}`,
            name: `Xã thử tải số ${start + i}`,
            kind: 'province' as const,
          })),
        )
        .returning({ id: agencies.id });
      const withPlan = ags.slice(0, Math.max(0, Math.min(n, PLANS - start)));
      if (!withPlan.length) continue;
      const ps = await db
        .insert(plans)
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
        .returning({ id: plans.id, status: plans.status });
      await db.insert(planRevisions).values(
        ps.map((p, i) => ({
          planId: p.id,
          number: 1,
          baseRevision: 0,
          idempotencyKey: `bench-${start}-${i}`,
          // The board reads no plan data: a revision's part list is enough.
          sections: { rest: 'x', sections: [] },
          completeness: 50,
          findingsSummary: { error: i % 5, warning: i % 7, info: 0 },
          createdAt: new Date(now.getTime() - 60_000),
        })),
      );
      const subs = ps.filter((p) => p.status === 'submitted');
      if (subs.length)
        await db.insert(submissions).values(
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
            findings: findings as never,
            plan: {} as never,
            completeness: 80,
          })),
        );
    }
    const reviewer = await t.token('reviewer');
    const time = async (url: string) => {
      const xs: number[] = [];
      let bytes = 0;
      for (let i = 0; i < runs + 2; i++) {
        const t0 = performance.now();
        const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${reviewer}` } });
        const dt = performance.now() - t0;
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        bytes = res.rawPayload.byteLength;
        if (i >= 2) xs.push(dt);
      }
      xs.sort((a, b) => a - b);
      // The best run too: on a shared, loaded machine it is the figure least moved by other work.
      return { median: xs[Math.floor(xs.length / 2)]!, p90: xs[Math.floor(xs.length * 0.9)]!, min: xs[0]!, bytes };
    };
    const rows: [string, Awaited<ReturnType<typeof time>>][] = [];
    for (const [label, url] of [
      ['board, first 200 (agency order)', '/api/mst/board?pageSize=200'],
      ['board, by errors (desc)', '/api/mst/board?pageSize=200&sort=errors&dir=desc'],
      ['board, by status', '/api/mst/board?pageSize=200&sort=status'],
      ['board, page 10', '/api/mst/board?pageSize=200&page=10'],
      ['board, accent-insensitive search', `/api/mst/board?pageSize=200&q=${encodeURIComponent('xã thử tải số 99')}`],
      ['board totals', '/api/mst/board/totals'],
    ] as const) {
      step(label);
      rows.push([label, await time(url)]);
    }
    if (process.env.BENCH_EXPLAIN) {
      const actor = { userId: 1, role: 'mst_reviewer' as const, agencyId: null };
      for (const sort of ['agency', 'errors'] as const) {
        const q = { roundId: t.fixture.roundId, page: 1, pageSize: 200, sort, dir: 'desc' as const };
        const { page, count } = await boardViewSql(db, actor, q);
        for (const [what, stmt] of [
          ['page', page],
          ['count', count],
        ] as const) {
          let lines: string[] = [];
          const times: number[] = [];
          for (let i = 0; i < 5; i++) {
            const res = (await db.execute(sql`explain (analyze, costs off) ${stmt}`)) as unknown as { rows: Record<string, string>[] };
            lines = res.rows.map((r) => Object.values(r)[0]!);
            times.push(Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? '')?.[1] ?? NaN));
          }
          const plan = process.env.BENCH_EXPLAIN === 'full' ? `\n${lines.join('\n')}` : '';
          console.log(`--- EXPLAIN ANALYZE board ${what} (sort ${sort}): best execution ${Math.min(...times).toFixed(1)} ms of 5${plan}`);
        }
      }
    }
    console.log(`\n=== Board API (${t.database.engine}, ${AGENCIES} agencies, ${PLANS} plans, ${runs} runs) ===`);
    for (const [label, f] of rows)
      console.log(
        `${label.padEnd(36)} median ${f.median.toFixed(1).padStart(6)} ms   p90 ${f.p90.toFixed(1).padStart(6)} ms   best ${f.min.toFixed(1).padStart(6)} ms   ${(f.bytes / 1024).toFixed(0)} KB`,
      );
  } finally {
    await t.close();
  }
}

(process.argv[2] === 'board'
  ? // The in-process server leaves a handle open after close (PGlite's worker): end once the figures are out.
    boardMain().then(() => process.exit(0))
  : main()
).catch((e) => {
  console.error(e);
  process.exit(1);
});
