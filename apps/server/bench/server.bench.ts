/**
 * Server benchmark (issue 4): against a fresh PostgreSQL database, with autocannon:
 *  - draft sync of a 50 KB plan vs a bare Fastify route taking the same body (ceiling),
 *    alternating, and the same write issued straight at the database (its own ceiling),
 *  - draft sync at a fixed 1,500 req/s (p99),
 *  - 1 MB .docx submissions of a 150-page plan and of a typical one,
 *  - the MST plan list with 10,000 agencies (median ms),
 *  - the server as 1 and as 2 processes (WORKERS, node:cluster on one port), alternating:
 *    draft sync and the board read (GET /api/mst/board), req/s, p99, CPU per request of
 *    the server processes, the database and this process (the load generator).
 * Run: npx tsx apps/server/bench/server.bench.ts   (BENCH_PG_URL, BENCH_DURATION seconds, BENCH_ROUNDS;
 * BENCH_ONLY=draft|submit|processes for one phase)
 */
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { cpuSeconds, postgresCpu, postgresCpuSince } from './cpu.js';
import { DEFAULT_PLAN_SIZE, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { openDatabase, type Db } from '../src/db/client.js';
import { plansRepository } from '../src/repositories/plans.js';
import { prepareDraft } from '../src/services/draft-sync.js';
import { users, sessions } from '../src/db/schema/index.js';
import { hashToken } from '../src/repositories/users.js';
import { syntheticPlan } from '../src/test/plan-data.js';
import { spawnServer } from '../src/test/spawn-server.js';
import { freshDatabase } from './fresh-database.js';
import { benchDocx } from './docx.js';
import { seedAgencyUsers, seedRound } from './seed-bench.js';

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.BENCH_DURATION ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** A server child process (serve.ts), with --cpu-prof when BENCH_PROFILE names a folder. */
function serve(mode: 'app' | 'bare', env: NodeJS.ProcessEnv) {
  const prof = process.env.BENCH_PROFILE && mode === 'app' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  return spawnServer(mode, env, { nodeArgs: prof });
}

const step = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const stop = (c: ChildProcess) =>
  c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => (c.once('exit', () => r()), c.kill('SIGTERM')));

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
  serverCpuMs: number;
  dbCpuMs: number;
  /** CPU of this process (autocannon, the load generator) per request. */
  loadCpuMs: number;
  /** Cores the load generator kept busy on average (its CPU seconds / wall seconds). */
  loadCores: number;
  /** Cores the server processes and PostgreSQL kept busy on average. */
  serverCores: number;
  dbCores: number;
}
/** One autocannon run, with the server's (all its serving processes'), the database's and the load generator's CPU time per request. */
async function cannon(opts: autocannon.Options, server?: ChildProcess | number[]): Promise<Figures> {
  const pids = Array.isArray(server) ? server : server?.pid ? [server.pid] : [];
  const serverCpu = () => pids.reduce((t, pid) => t + cpuSeconds(pid), 0);
  const cpu0 = serverCpu();
  const db0 = postgresCpu();
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await autocannon({ duration: DURATION, ...opts });
  const self = process.cpuUsage(self0);
  const selfSeconds = (self.user + self.system) / 1e6;
  const wall = (performance.now() - t0) / 1000;
  const serverSeconds = serverCpu() - cpu0;
  const dbSeconds = postgresCpuSince(db0);
  const per = (s: number) => (s * 1000) / Math.max(1, r.requests.total);
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    total: r.requests.total,
    serverCpuMs: per(serverSeconds),
    dbCpuMs: per(dbSeconds),
    loadCpuMs: per(selfSeconds),
    loadCores: selfSeconds / wall,
    serverCores: serverSeconds / wall,
    dbCores: dbSeconds / wall,
  };
}

/**
 * Draft-sync requests, round-robin over the agencies' tokens; each agency's latest
 * revision is tracked so every request is a real new revision (autocannon resets its
 * per-request context, so the state lives here).
 */
const revByToken = new Map<string, number>();
/** Idempotency keys are unique across runs: a reused key is a replay, not a sync. */
let key = 0;
function draftRequests(tokens: string[], planJson: string): autocannon.Request[] {
  let next = 0;
  type Ctx = { token?: string };
  return [
    {
      method: 'PUT',
      path: '/api/plans/mine/draft',
      setupRequest: (req, context) => {
        const token = tokens[next++ % tokens.length]!;
        (context as Ctx).token = token;
        const body = `{"baseRevision":${revByToken.get(token) ?? 0},"idempotencyKey":"bench-${process.pid}-${++key}","findingsSummary":{"error":1,"warning":2,"info":3},"completeness":50,"plan":${planJson}}`;
        return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body };
      },
      onResponse: (status, body, context) => {
        const token = (context as Ctx).token!;
        const b = JSON.parse(body) as { revision?: { number: number }; currentRevision?: number };
        if (status === 201 && b.revision) revByToken.set(token, b.revision.number);
        else if (status === 409 && b.currentRevision !== undefined) revByToken.set(token, b.currentRevision);
      },
    },
  ];
}

function multipartBody(fields: Record<string, string>, file: Uint8Array) {
  const boundary = '----cdsbench7d1a';
  const parts = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ke-hoach.docx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n`,
  );
  return {
    body: Buffer.concat([...parts, head, Buffer.from(file), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The database's own ceiling for the draft-sync write: the same statement the route
 * runs (`partsNotStored`, then `syncFast`), issued straight from this process at the same
 * concurrency, with no HTTP and no parsing. What the route can reach is bounded by this figure.
 */
async function databaseOnly(db: Db, concurrency: number, seconds: number): Promise<number> {
  const repo = plansRepository(db);
  const rows = (await db.execute(
    sql`select u.id as user_id, u.agency_id, p.round_id, p.current_revision from users u join plans p on p.agency_id = u.agency_id where u.role = 'drafter' order by u.id`,
  )) as unknown as { rows: { user_id: number; agency_id: number; round_id: number; current_revision: number }[] };
  const state = rows.rows.map((r) => ({ ...r }));
  const plan = syntheticPlan(50 * 1024);
  const summary = { error: 0, warning: 0, info: 0 };
  // The whole-plan form as the route prepares it; its parts are stored by the route's phases already.
  const prepared = prepareDraft({ baseRevision: 0, idempotencyKey: 'db-only-prepared', plan, findingsSummary: summary, completeness: 50 });
  let done = 0;
  let next = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const r = state[next++ % state.length]!;
        const base = r.current_revision;
        r.current_revision = base + 1;
        const actor = { userId: r.user_id, role: 'drafter' as const, agencyId: r.agency_id };
        const parts = await repo.partsNotStored(actor, r.round_id, prepared.parts);
        const ok = await repo.syncFast(
          actor,
          r.round_id,
          {
            number: base + 1,
            baseRevision: base,
            idempotencyKey: `db-only-${++key}`,
            requestHash: prepared.requestHash,
            findingsSummary: summary,
            completeness: 50,
            createdBy: r.user_id,
            createdAt: new Date(),
          },
          prepared.listText,
          parts,
          prepared.needed,
          { revision: base + 1 },
        );
        if (ok) done++;
        else r.current_revision = base;
      }
    }),
  );
  return Math.round(done / seconds);
}

/**
 * The same server as 1 and as 2 processes (WORKERS; node:cluster on one port), both up
 * on the same database, alternating ROUNDS times (medians): the draft sync and the
 * board read. Each process gets half the pool at 2 so the database sees the same
 * number of connections. On this machine everything shares two cores: the server
 * processes, PostgreSQL and this process, which generates the load (its share is
 * printed, in cores).
 */
async function runProcesses(url: string, drafters: string[], planJson: string, readerToken: string) {
  const common = { DATABASE_URL: url, NODE_ENV: 'production', LOG_LEVEL: 'warn' } as const;
  const servers = [
    { workers: 1, server: await spawnServer('app', { ...common, WORKERS: '1', PG_POOL_SIZE: '40' }) },
    { workers: 2, server: await spawnServer('app', { ...common, WORKERS: '2', PG_POOL_SIZE: '20' }) },
  ];
  const load0 = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const runs = new Map<string, Figures[]>();
  const add = (k: string, f: Figures) => runs.set(k, [...(runs.get(k) ?? []), f]);
  try {
    // Warm-up, not counted: each process compiles its hot paths on its own.
    for (const { server } of servers) {
      await autocannon({ url: server.url, connections: 50, duration: 2, requests: draftRequests(drafters, planJson) });
      await autocannon({
        url: `${server.url}/api/mst/board?page=1&pageSize=50`,
        connections: 50,
        duration: 2,
        headers: { authorization: `Bearer ${readerToken}` },
      });
    }
    for (let r = 0; r < ROUNDS; r++) {
      for (const { workers, server } of servers) {
        // The cluster's primary too (it hands each new connection to a worker).
        const pids = workers > 1 ? [server.child.pid!, ...server.pids] : server.pids;
        const draft = await cannon({ url: server.url, connections: 50, requests: draftRequests(drafters, planJson) }, pids);
        const board = await cannon(
          { url: `${server.url}/api/mst/board?page=1&pageSize=50`, connections: 50, headers: { authorization: `Bearer ${readerToken}` } },
          pids,
        );
        add(`draft ${workers}`, draft);
        add(`board ${workers}`, board);
        step(`processes round ${r + 1}, ${workers} worker(s): draft ${draft.rps} req/s (p99 ${draft.p99} ms), board ${board.rps} req/s (p99 ${board.p99} ms)`);
      }
    }
  } finally {
    for (const { server } of servers) await server.stop();
  }
  const lines: string[] = [
    `load average before/after the phase: ${load0} / ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (other work on the machine takes the cores the server does not get)`,
  ];
  const m = (k: string, f: (x: Figures) => number) => median(runs.get(k)!.map(f));
  for (const what of ['draft', 'board'] as const) {
    const one = m(`${what} 1`, (f) => f.rps);
    const two = m(`${what} 2`, (f) => f.rps);
    for (const w of [1, 2]) {
      const k = `${what} ${w}`;
      const all = runs.get(k)!;
      lines.push(
        `${what === 'draft' ? 'draft sync (50 KB plan)' : 'board read (50 rows)   '} × ${w} process${w > 1 ? 'es' : ''}: median ${m(k, (f) => f.rps)} req/s (${all.map((f) => f.rps).join(', ')}), p99 ${m(k, (f) => f.p99)} ms, non-2xx ${all.reduce((t, f) => t + f.non2xx, 0)}, errors ${all.reduce((t, f) => t + f.errors, 0)}; CPU per request: server ${m(k, (f) => f.serverCpuMs).toFixed(2)} ms + database ${m(k, (f) => f.dbCpuMs).toFixed(2)} ms + load generator ${m(k, (f) => f.loadCpuMs).toFixed(2)} ms (cores busy: server ${m(k, (f) => f.serverCores).toFixed(2)}, database ${m(k, (f) => f.dbCores).toFixed(2)}, load generator ${m(k, (f) => f.loadCores).toFixed(2)} of ${os.cpus().length})`,
      );
    }
    lines.push(`  ${what}: 2 processes / 1 process = ${(two / one).toFixed(2)}×`);
  }
  return lines;
}

/** A reviewer with an open session (the board's reader). */
async function seedReviewer(db: Db): Promise<string> {
  const [reviewer] = await db.insert(users).values({ email: 'reviewer@bench.vn', name: 'R', role: 'mst_reviewer', passwordHash: 'x' }).returning();
  await db.insert(sessions).values({ userId: reviewer!.id, tokenHash: hashToken('reviewer-token'), expiresAt: new Date(Date.now() + 3600_000) });
  return 'reviewer-token';
}

async function main() {
  const fresh = await freshDatabase(ADMIN_URL);
  const database = await openDatabase({ url: fresh.url, poolSize: 50 });
  const children: ChildProcess[] = [];
  try {
    await database.migrate();
    const db = database.db;
    await seedRound(db);
    const drafters = await seedAgencyUsers(db, 100, 'D', 'drafter');
    const submitters = await seedAgencyUsers(db, 3000, 'S', 'submitter');
    const plan = syntheticPlan(50 * 1024);
    const planJson = JSON.stringify(plan);
    console.log(`plan JSON: ${(planJson.length / 1024).toFixed(1)} KB; fresh database ${new URL(fresh.url).pathname.slice(1)}`);

    const readerToken = await seedReviewer(db);
    if (process.env.BENCH_ONLY === 'processes') {
      console.log('\n=== server as 1 and 2 processes (PostgreSQL) ===');
      for (const line of await runProcesses(fresh.url, drafters, planJson, readerToken)) console.log(line);
      return;
    }

    const app = await serve('app', { DATABASE_URL: fresh.url, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    const bare = await serve('bare', {});
    children.push(app.child, bare.child);
    const base = `http://127.0.0.1:${app.port}`;

    /** 1 MB .docx submissions (8 at once), a 150-page plan then a typical one. */
    const runSubmissions = async () => {
      const out: { label: string; mb: number; fig: Figures; checkMs: number }[] = [];
      let s = 0;
      for (const [label, size] of [
        ['150-page plan', LARGE_PLAN_SIZE],
        ['typical plan', DEFAULT_PLAN_SIZE],
      ] as const) {
        const doc = benchDocx(1024 * 1024, size);
        const form = multipartBody({ plan: JSON.stringify(doc.plan), idempotencyKey: 'bench-submission' }, doc.bytes);
        const fig = await cannon(
          {
            url: base,
            connections: 8,
            requests: [
              {
                method: 'POST',
                path: '/api/plans/mine/submit',
                setupRequest: (req) => ({
                  ...req,
                  headers: { 'content-type': form.type, authorization: `Bearer ${submitters[s++ % submitters.length]}` },
                  body: form.body,
                }),
              },
            ],
          },
          app.child,
        );
        out.push({ label, mb: doc.bytes.length / 1024 / 1024, fig, checkMs: doc.checkMs });
        step(`submissions (${label}): ${fig.rps} req/s`);
      }
      return out;
    };
    const submissionLine = (x: Awaited<ReturnType<typeof runSubmissions>>[number]) =>
      `submission, ${x.label} (${x.mb.toFixed(2)} MB .docx): ${x.fig.rps} req/s (goal ≥ 50), p99 ${x.fig.p99} ms, non-2xx ${x.fig.non2xx}, total ${x.fig.total}; one check in this process ${x.checkMs.toFixed(0)} ms; server ${x.fig.serverCpuMs.toFixed(0)} ms + database ${x.fig.dbCpuMs.toFixed(0)} ms CPU per submission`;
    if (process.env.BENCH_ONLY === 'submit') {
      for (const x of await runSubmissions()) console.log(submissionLine(x));
      return;
    }

    // The machine is shared and noisy: bare and draft alternate, ROUNDS times, and the
    // ratio is of the medians. The first draft round also creates the 100 plans.
    const bareRuns: Figures[] = [];
    const draftRuns: Figures[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      bareRuns.push(
        await cannon(
          {
            url: `http://127.0.0.1:${bare.port}/bare`,
            method: 'PUT',
            connections: 50,
            headers: { 'content-type': 'application/json' },
            body: `{"baseRevision":0,"idempotencyKey":"k","plan":${planJson}}`,
          },
          bare.child,
        ),
      );
      draftRuns.push(await cannon({ url: base, connections: 50, requests: draftRequests(drafters, planJson) }, app.child));
      step(`round ${r + 1}: bare ${bareRuns[r]!.rps} req/s, draft ${draftRuns[r]!.rps} req/s (p99 ${draftRuns[r]!.p99} ms, non-2xx ${draftRuns[r]!.non2xx})`);
    }
    const bareRps = median(bareRuns.map((f) => f.rps));
    const draftRps = median(draftRuns.map((f) => f.rps));
    const draftP99 = median(draftRuns.map((f) => f.p99));
    const cpu = (runs: Figures[]) =>
      `server ${median(runs.map((f) => f.serverCpuMs)).toFixed(2)} ms + database ${median(runs.map((f) => f.dbCpuMs)).toFixed(2)} ms CPU per request`;
    // The repository's write changes with the section-level sync under way: a failure here is said, not fatal.
    const dbOnly = await databaseOnly(db, 50, DURATION);
    step(`database alone: ${dbOnly} syncs/s; draft sync at 1500 req/s`);
    const atRate = await cannon({ url: base, connections: 50, overallRate: 1500, requests: draftRequests(drafters, planJson) }, app.child);
    const draftLine = `bare ${bareRps} req/s; draft ${draftRps} req/s (${((draftRps / bareRps) * 100).toFixed(1)}% of bare), p99 ${draftP99} ms; bare ${cpu(bareRuns)}; draft ${cpu(draftRuns)}; database alone ${dbOnly}/s; @1500: ${atRate.rps} req/s p50 ${atRate.p50} ms p99 ${atRate.p99} ms`;
    if (process.env.BENCH_ONLY === 'draft') {
      console.log(draftLine);
      return;
    }

    step(`at rate: p99 ${atRate.p99} ms; submissions`);
    const submissions = await runSubmissions();

    step('seeding 10,000 agencies');
    // The MST board with 10,000 agencies (plus those above), half of them with a plan.
    await seedAgencyUsers(db, 10_000 - drafters.length - submitters.length, 'M', 'drafter');
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/mst/plans?page=${1 + (i % 20)}&pageSize=50`, { headers: { authorization: 'Bearer reviewer-token' } });
      const body = (await res.json()) as { total: number };
      times.push(performance.now() - t0);
      if (i === 0) console.log(`MST list total agencies: ${body.total}`);
    }

    console.log('\n=== server benchmark (PostgreSQL) ===');
    console.log(`bare route (50 KB body):  median ${bareRps} req/s over ${ROUNDS} runs (${bareRuns.map((f) => f.rps).join(', ')})`);
    console.log(
      `draft sync (50 KB plan):  median ${draftRps} req/s (${draftRuns.map((f) => f.rps).join(', ')}), p99 ${draftP99} ms → ${((draftRps / bareRps) * 100).toFixed(1)}% of bare (goal ≥ 25%)`,
    );
    console.log(`  CPU: bare ${cpu(bareRuns)}; draft ${cpu(draftRuns)} (the server process includes its check workers, idle here)`);
    console.log(`  database alone (the same write, no HTTP, 50 at once): ${dbOnly} syncs/s`);
    console.log(`draft sync @1500 req/s:   achieved ${atRate.rps} req/s, p50 ${atRate.p50} ms, p99 ${atRate.p99} ms (goal ≤ 50 ms), non-2xx ${atRate.non2xx}`);
    for (const x of submissions) console.log(submissionLine(x));
    console.log(`MST plan list, 10,000 agencies: median ${median(times).toFixed(1)} ms (goal ≤ 50 ms)`);

    // Its own servers: the ones above are stopped first, so nothing else holds a core.
    for (const c of children.splice(0)) await stop(c);
    step('server as 1 and 2 processes');
    const processes = await runProcesses(fresh.url, drafters, planJson, readerToken);
    console.log('\n=== server as 1 and 2 processes (10,000 agencies on the board) ===');
    for (const line of processes) console.log(line);
  } finally {
    for (const c of children) await stop(c);
    await database.close();
    await fresh.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
