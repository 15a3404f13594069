/**
 * Server benchmark (issue 4): against a fresh PostgreSQL database, with autocannon:
 *  - draft sync of a 50 KB plan vs a bare Fastify route taking the same body (ceiling),
 *  - draft sync at a fixed 1,500 req/s (p99),
 *  - 1 MB .docx submissions,
 *  - the MST plan list with 10,000 agencies (median ms).
 * Run: npx tsx apps/server/bench/server.bench.ts   (BENCH_PG_URL, BENCH_DURATION seconds)
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/db/client.js';
import { users, sessions } from '../src/db/schema/index.js';
import { hashToken } from '../src/repositories/users.js';
import { syntheticPlan } from '../src/test/plan-data.js';
import { freshDatabase } from './fresh-database.js';
import { benchDocx } from './docx.js';
import { seedAgencyUsers, seedRound } from './seed-bench.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** tsx's CLI, so the child is a tsx process (which @fastify/autoload recognises). */
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.BENCH_DURATION ?? 10);

function serve(mode: 'app' | 'bare', env: NodeJS.ProcessEnv): Promise<{ port: number; child: ChildProcess }> {
  // Profiling: node itself runs serve.ts (tsx as an --import hook), so --cpu-prof
  // profiles the server rather than tsx's launcher process.
  const prof = process.env.BENCH_PROFILE && mode === 'app';
  const args = prof ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`, '--import', 'tsx'] : [TSX_CLI];
  const child = spawn(process.execPath, [...args, path.join(here, 'serve.ts'), mode], { env: { ...process.env, ...(prof ? { FASTIFY_AUTOLOAD_TYPESCRIPT: '1' } : {}), ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
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

interface Figures { rps: number; p50: number; p99: number; non2xx: number; errors: number; total: number }
async function cannon(opts: autocannon.Options): Promise<Figures> {
  const r = await autocannon({ duration: DURATION, ...opts });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, total: r.requests.total };
}

/**
 * Draft-sync requests, round-robin over the agencies' tokens; each agency's latest
 * revision is tracked so every request is a real new revision (autocannon resets its
 * per-request context, so the state lives here).
 */
const revByToken = new Map<string, number>();
function draftRequests(tokens: string[], planJson: string): autocannon.Request[] {
  let next = 0;
  let key = 0;
  type Ctx = { token?: string };
  return [{
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
  }];
}

function multipartBody(fields: Record<string, string>, file: Uint8Array) {
  const boundary = '----cdsbench7d1a';
  const parts = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ke-hoach.docx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n`);
  return { body: Buffer.concat([...parts, head, Buffer.from(file), Buffer.from(`\r\n--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

async function main() {
  const fresh = await freshDatabase(ADMIN_URL);
  const database = await openDatabase({ url: fresh.url });
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

    step('servers up; bare route');
    const ceiling = await cannon({ url: `http://127.0.0.1:${bare.port}/bare`, method: 'PUT', connections: 50, headers: { 'content-type': 'application/json' }, body: `{"baseRevision":0,"idempotencyKey":"k","plan":${planJson}}` });
    step(`bare ${ceiling.rps} req/s; draft sync`);
    const draft = await cannon({ url: base, connections: 50, requests: draftRequests(drafters, planJson) });
    step(`draft ${draft.rps} req/s; draft sync at 1500 req/s`);
    const atRate = await cannon({ url: base, connections: 50, overallRate: 1500, requests: draftRequests(drafters, planJson) });

    if (process.env.BENCH_ONLY === 'draft') {
      console.log(`bare ${ceiling.rps} req/s; draft ${draft.rps} req/s p99 ${draft.p99} ms non-2xx ${draft.non2xx}/${draft.total} (${((draft.rps / ceiling.rps) * 100).toFixed(1)}% of bare); @1500: ${atRate.rps} req/s p50 ${atRate.p50} ms p99 ${atRate.p99} ms non-2xx ${atRate.non2xx}`);
      return;
    }
    step(`at rate: p99 ${atRate.p99} ms; building the 1 MB .docx`);
    const doc = benchDocx(1024 * 1024);
    const form = multipartBody({ plan: JSON.stringify(doc.plan), idempotencyKey: 'bench-submission' }, doc.bytes);
    step('submissions');
    let s = 0;
    const submit = await cannon({
      url: base, connections: 8,
      requests: [{ method: 'POST', path: '/api/plans/mine/submit', setupRequest: (req) => ({ ...req, headers: { 'content-type': form.type, authorization: `Bearer ${submitters[s++ % submitters.length]}` }, body: form.body }) }],
    });

    step(`submissions ${submit.rps} req/s; seeding 10,000 agencies`);
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
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;

    const ratio = draft.rps / ceiling.rps;
    console.log('\n=== server benchmark (PostgreSQL) ===');
    console.log(`bare route (50 KB body):  ${ceiling.rps} req/s, p99 ${ceiling.p99} ms`);
    console.log(`draft sync (50 KB plan):  ${draft.rps} req/s, p99 ${draft.p99} ms, non-2xx ${draft.non2xx}, errors ${draft.errors}  → ${(ratio * 100).toFixed(1)}% of bare (goal ≥ 25%)`);
    console.log(`draft sync @1500 req/s:   achieved ${atRate.rps} req/s, p50 ${atRate.p50} ms, p99 ${atRate.p99} ms (goal ≤ 50 ms), non-2xx ${atRate.non2xx}`);
    console.log(`submission (${(doc.bytes.length / 1024 / 1024).toFixed(2)} MB .docx): ${submit.rps} req/s (goal ≥ 50), p99 ${submit.p99} ms, non-2xx ${submit.non2xx}, total ${submit.total}`);
    console.log(`MST plan list, 10,000 agencies: median ${median.toFixed(1)} ms (goal ≤ 50 ms)`);
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
