/**
 * Server benchmark (issue 4): against a fresh PostgreSQL database, with autocannon:
 *  - draft sync of a 50 KB plan vs a bare Fastify route taking the same body (ceiling),
 *    alternating, and the same write issued straight at the database (its own ceiling),
 *  - draft sync at a fixed 1,500 req/s (p99),
 *  - 1 MB .docx submissions of a 150-page plan and of a typical one,
 *  - the MST plan list with 10,000 agencies (median ms).
 * Run: npx tsx apps/server/bench/server.bench.ts   (BENCH_PG_URL, BENCH_DURATION seconds, BENCH_ROUNDS)
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { DEFAULT_PLAN_SIZE, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { openDatabase, type Db } from '../src/db/client.js';
import { plansRepository } from '../src/repositories/plans.js';
import { users, sessions } from '../src/db/schema/index.js';
import { hashToken } from '../src/repositories/users.js';
import { syntheticPlan } from '../src/test/plan-data.js';
import { freshDatabase } from './fresh-database.js';
import { benchDocx } from './docx.js';
import { seedAgencyUsers, seedRound } from './seed-bench.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.BENCH_DURATION ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function serve(mode: 'app' | 'bare', env: NodeJS.ProcessEnv): Promise<{ port: number; child: ChildProcess }> {
  // node itself runs serve.ts, with tsx as an --import hook (not tsx's CLI, which would
  // be a launcher process in front of it): the child's pid is the server's, for its CPU
  // figures and for --cpu-prof (BENCH_PROFILE).
  const prof = process.env.BENCH_PROFILE && mode === 'app' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', path.join(here, 'serve.ts'), mode], {
    env: { ...process.env, FASTIFY_AUTOLOAD_TYPESCRIPT: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const line = buf.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) resolve({ port: (JSON.parse(line) as { port: number }).port, child });
    });
    child.once('exit', (code) => reject(new Error(`serve ${mode} exited ${code}`)));
  });
}

const step = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const stop = (c: ChildProcess) => new Promise<void>((r) => (c.once('exit', () => r()), c.kill('SIGTERM')));

/** CPU seconds (user + system) a process has used so far; Linux /proc, NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds of each PostgreSQL process now, by pid. */
function postgresCpu(): Map<string, number> {
  const byPid = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') byPid.set(pid, cpuSeconds(Number(pid)));
    } catch {
      /* gone */
    }
  }
  return byPid;
}

/** The database's CPU seconds since `before`: processes that started since count whole, ended ones are lost. */
function postgresCpuSince(before: Map<string, number>): number {
  let total = 0;
  for (const [pid, now] of postgresCpu()) total += now - (before.get(pid) ?? 0);
  return total;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
  serverCpuMs: number;
  dbCpuMs: number;
}
/** One autocannon run, with the server's and the database's CPU time per request. */
async function cannon(opts: autocannon.Options, server?: ChildProcess): Promise<Figures> {
  const cpu0 = cpuSeconds(server?.pid);
  const db0 = postgresCpu();
  const r = await autocannon({ duration: DURATION, ...opts });
  const per = (s: number) => (s * 1000) / Math.max(1, r.requests.total);
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    total: r.requests.total,
    serverCpuMs: per(cpuSeconds(server?.pid) - cpu0),
    dbCpuMs: per(postgresCpuSince(db0)),
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
 * runs (`syncFast`), issued straight from this process at the same concurrency, with
 * no HTTP and no parsing. What the route can reach is bounded by this figure.
 */
async function databaseOnly(db: Db, concurrency: number, seconds: number): Promise<number> {
  const repo = plansRepository(db);
  const rows = (await db.execute(
    sql`select u.id as user_id, u.agency_id, p.round_id, p.current_revision from users u join plans p on p.agency_id = u.agency_id where u.role = 'drafter' order by u.id`,
  )) as unknown as { rows: { user_id: number; agency_id: number; round_id: number; current_revision: number }[] };
  const state = rows.rows.map((r) => ({ ...r }));
  const plan = syntheticPlan(50 * 1024);
  let done = 0;
  let next = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const r = state[next++ % state.length]!;
        const base = r.current_revision;
        r.current_revision = base + 1;
        const ok = await repo.syncFast(
          { userId: r.user_id, role: 'drafter', agencyId: r.agency_id },
          r.round_id,
          {
            number: base + 1,
            baseRevision: base,
            idempotencyKey: `db-only-${++key}`,
            requestHash: null,
            plan,
            findingsSummary: { error: 0, warning: 0, info: 0 },
            completeness: 50,
            createdBy: r.user_id,
            createdAt: new Date(),
          },
          { revision: base + 1 },
        );
        if (ok) done++;
        else r.current_revision = base;
      }
    }),
  );
  return Math.round(done / seconds);
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
    const [reviewer] = await db.insert(users).values({ email: 'reviewer@bench.vn', name: 'R', role: 'mst_reviewer', passwordHash: 'x' }).returning();
    await db.insert(sessions).values({ userId: reviewer!.id, tokenHash: hashToken('reviewer-token'), expiresAt: new Date(Date.now() + 3600_000) });
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
