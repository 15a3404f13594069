/**
 * Section-level sync benchmark (issue 15), against a fresh PostgreSQL database:
 *  - bytes per sync of a one-section edit of the 150-page plan, sectioned vs whole;
 *  - one-section-edit syncs per second (sectioned form) vs a bare route taking the same
 *    body, alternating ROUNDS times, and vs the whole-plan form of the same edits;
 *  - the sectioned sync at a fixed 1,500 req/s (p99);
 *  - after every phase, the 201s counted here equal the revisions in the database.
 * Run: npx tsx apps/server/bench/section-sync.bench.ts   (BENCH_PG_URL, BENCH_DURATION seconds, BENCH_ROUNDS)
 */
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { canonicalJson, extract, recognize, sha256Text, splitPlan, type PlanData, type SectionBody } from '@cds/plan';
import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/plan/testing';
import { getTemplate } from '@cds/template';
import { DraftBodySchema } from '@cds/api';
import { openDatabase, type Db } from '../src/db/client.js';
import { plansRepository } from '../src/repositories/plans.js';
import { prepareDraft } from '../src/services/draft-sync.js';
import { requestHash } from '../src/services/request-hash.js';
import { spawnServer, type SpawnedServer } from '../src/test/spawn-server.js';
import { cpuSeconds, postgresCpu, postgresCpuSince } from './cpu.js';
import { freshDatabase } from './fresh-database.js';
import { seedAgencyUsers, seedRound } from './seed-bench.js';

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.BENCH_DURATION ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const AGENCIES = 100;
/** Server processes (BENCH_WORKERS; node:cluster on one port). */
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);

const step = (msg: string) => process.stderr.write(`[section-sync ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The 150-page plan as the add-in extracts it. */
function largePlan(): PlanData {
  const template = getTemplate();
  const doc = buildCleanPlanModel({ agencyKind: 'province', size: LARGE_PLAN_SIZE });
  return extract(doc, recognize(doc, template), template, { catalog: [] });
}

/**
 * One-section edits of `plan`, cheap to make in the load generator: edit n appends
 * " n" to one section's text (cycling over the sections with text), so each request
 * is a new revision with one new body. Only that body is re-hashed; the list is the
 * base list with one hash replaced.
 */
function editor(plan: PlanData) {
  const split = splitPlan(plan);
  const editable = split.list.sections.map((ref, i) => ({ ref, i })).filter(({ ref }) => split.bodies.get(ref.hash)!.section.text.length > 0);
  const restText = split.texts.get(split.list.rest)!;
  const head = (baseRevision: number, key: string) =>
    `{"baseRevision":${baseRevision},"idempotencyKey":"${key}","findingsSummary":{"error":1,"warning":2,"info":3},"completeness":50`;
  return {
    split,
    /** The sectioned form: every hash, the one changed body. */
    sectioned(n: number, baseRevision: number, key: string): string {
      const { ref, i } = editable[n % editable.length]!;
      const body = structuredClone(split.bodies.get(ref.hash)!) as SectionBody;
      body.section.text += ` ${n}`;
      const text = canonicalJson(body);
      const sections = split.list.sections.slice();
      sections[i] = { ...ref, hash: sha256Text(text) };
      return `${head(baseRevision, key)},"sections":${JSON.stringify({ rest: split.list.rest, sections })},"parts":{"bodies":[${text}]}}`;
    },
    /** The same edit as the whole plan (old clients). */
    whole(n: number, baseRevision: number, key: string): string {
      const { ref } = editable[n % editable.length]!;
      const p = structuredClone(plan);
      p.sections.find((s) => s.id === split.bodies.get(ref.hash)!.section.id)!.text += ` ${n}`;
      return `${head(baseRevision, key)},"plan":${JSON.stringify(p)}}`;
    },
    /** The first sync of a plan: every part (what a pane sends when it knows nothing held). */
    first(key: string): string {
      const bodies = [...split.bodies.values()].map((b) => canonicalJson(b)).join(',');
      return `${head(0, key)},"sections":${JSON.stringify(split.list)},"parts":{"rest":${restText},"bodies":[${bodies}]}}`;
    },
  };
}

/**
 * The database's own ceiling for a one-section sync: the statement the route runs
 * (`syncFast`, with the parts and the held-parts check), issued straight from this
 * process at the route's concurrency, with no HTTP, no parsing and no hashing in the loop.
 */
async function databaseOnly(db: Db, edits: ReturnType<typeof editor>, concurrency: number, seconds: number): Promise<number> {
  const repo = plansRepository(db);
  const rows = (await db.execute(
    sql`select u.id as user_id, u.agency_id, p.round_id, p.current_revision from users u join plans p on p.agency_id = u.agency_id where u.role = 'drafter' order by u.id`,
  )) as unknown as { rows: { user_id: number; agency_id: number; round_id: number; current_revision: number }[] };
  const state = rows.rows.map((r) => ({ ...r }));
  // Every edit made and parsed before the clock starts: the loop holds the statement only.
  const summary = { error: 1, warning: 2, info: 3 };
  const ready = Array.from({ length: 4_000 }, (_, i) => prepareDraft(DraftBodySchema.parse(JSON.parse(edits.sectioned(1_000_000 + i, 0, `db-only-${i}`)))));
  let done = 0;
  let next = 0;
  let n = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until && n < ready.length) {
        const r = state[next++ % state.length]!;
        const base = r.current_revision;
        r.current_revision = base + 1;
        const prepared = ready[n++]!;
        const ok = await repo.syncFast(
          { userId: r.user_id, role: 'drafter', agencyId: r.agency_id },
          r.round_id,
          {
            number: base + 1,
            baseRevision: base,
            idempotencyKey: `db-only-${process.pid}-${n}`,
            requestHash: requestHash(String(base), prepared.listText, JSON.stringify(summary), '50'),
            findingsSummary: summary,
            completeness: 50,
            createdBy: r.user_id,
            createdAt: new Date(),
          },
          prepared.listText,
          prepared.parts,
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

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  created: number;
  non2xx: number;
  errors: number;
  /** CPU per request: the server's processes and PostgreSQL's. */
  serverCpuMs: number;
  dbCpuMs: number;
}

async function main() {
  const fresh = await freshDatabase(ADMIN_URL, 'cds_section_bench');
  const database = await openDatabase({ url: fresh.url, poolSize: 20 }); // the server holds 40 more; PostgreSQL allows 100
  const servers: SpawnedServer[] = [];
  try {
    await database.migrate();
    const db = database.db;
    await seedRound(db);
    const tokens = await seedAgencyUsers(db, AGENCIES, 'SEC', 'drafter');
    const plan = largePlan();
    const edits = editor(plan);
    step(`plan: ${plan.sections.length} sections, ${(JSON.stringify(plan).length / 1024).toFixed(0)} KB of JSON`);

    // BENCH_PROFILE=<dir>: the server writes a CPU profile there when it stops.
    const prof = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
    const app = await spawnServer('app', { DATABASE_URL: fresh.url, NODE_ENV: 'production', LOG_LEVEL: 'warn', WORKERS: String(WORKERS) }, { nodeArgs: prof });
    const bare = await spawnServer('bare', {});
    servers.push(app, bare);

    // Each agency's first sync: every part.
    const rev = new Map<string, number>();
    let key = 0;
    const newKey = () => `sec-${process.pid}-${++key}`;
    for (const token of tokens) {
      const res = await fetch(`${app.url}/api/plans/mine/draft`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: edits.first(newKey()),
      });
      if (res.status !== 201) throw new Error(`first sync: ${res.status} ${await res.text()}`);
      rev.set(token, 1);
    }

    const bytes = { first: edits.first('k').length, sectioned: edits.sectioned(0, 1, 'k').length, whole: edits.whole(0, 1, 'k').length };

    let created = 0;
    let n = 0;
    /** Keys of the revisions answered 201 since the last check. */
    let acked: string[] = [];
    const syncRequests = (form: 'sectioned' | 'whole'): autocannon.Request[] => {
      let next = 0;
      type Ctx = { token?: string; key?: string };
      return [
        {
          method: 'PUT',
          path: '/api/plans/mine/draft',
          setupRequest: (req, context) => {
            const token = tokens[next++ % tokens.length]!;
            (context as Ctx).token = token;
            const k = ((context as Ctx).key = newKey());
            const body = edits[form](++n, rev.get(token) ?? 0, k);
            return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body };
          },
          onResponse: (status, body, context) => {
            const token = (context as Ctx).token!;
            const b = JSON.parse(body) as { revision?: { number: number }; currentRevision?: number };
            if (status === 201 && b.revision) {
              created++;
              acked.push((context as Ctx).key!);
              rev.set(token, b.revision.number);
            } else if (status === 409 && b.currentRevision !== undefined) rev.set(token, b.currentRevision);
          },
        },
      ];
    };
    const run = async (opts: autocannon.Options, server: SpawnedServer = app): Promise<Figures> => {
      const before = created;
      const serverCpu = () => server.pids.reduce((t, pid) => t + cpuSeconds(pid), 0);
      const cpu0 = serverCpu();
      const db0 = postgresCpu();
      const r = await autocannon({ duration: DURATION, connections: 50, ...opts });
      const per = (sec: number) => (sec * 1000) / Math.max(1, r.requests.total);
      return {
        rps: Math.round(r.requests.average),
        p50: r.latency.p50,
        p99: r.latency.p99,
        created: created - before,
        non2xx: r.non2xx,
        errors: r.errors,
        serverCpuMs: per(serverCpu() - cpu0),
        dbCpuMs: per(postgresCpuSince(db0)),
      };
    };
    const cpu = (runs: Figures[]) =>
      `server ${median(runs.map((f) => f.serverCpuMs)).toFixed(2)} ms + database ${median(runs.map((f) => f.dbCpuMs)).toFixed(2)} ms CPU per request`;
    /**
     * No revision lost or duplicated: every key answered 201 is stored exactly once (keys
     * and numbers are unique per plan in the schema), and what is stored beyond them is at
     * most the requests whose answer was never read: in flight when autocannon stopped, or
     * timed out (`errors`); the server may still store them, so this waits a moment first.
     */
    let storedBefore = AGENCIES;
    const checkCounts = async (phase: string, fig: Figures) => {
      await new Promise((r) => setTimeout(r, 2000));
      const count = async (q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
      const found = await count(
        sql`select count(*)::int as n from plan_revisions where idempotency_key in (select json_array_elements_text(${JSON.stringify(acked)}::json))`,
      );
      const stored = await count(sql`select count(*)::int as n from plan_revisions`);
      const extra = stored - storedBefore - acked.length;
      if (found !== acked.length || extra < 0 || extra > 50 + fig.errors)
        throw new Error(`${phase}: ${acked.length} acknowledged, ${found} of them stored, ${extra} more stored`);
      counted += acked.length;
      acked = [];
      storedBefore = stored;
    };
    let counted = 0;

    const sampleBody = edits.sectioned(0, 1, 'k');
    const bareRuns: Figures[] = [];
    const sectionedRuns: Figures[] = [];
    const wholeRuns: Figures[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      bareRuns.push(await run({ url: `${bare.url}/bare`, method: 'PUT', headers: { 'content-type': 'application/json' }, body: sampleBody }, bare));
      sectionedRuns.push(await run({ url: app.url, requests: syncRequests('sectioned') }));
      await checkCounts(`sectioned round ${r + 1}`, sectionedRuns.at(-1)!);
      // BENCH_ONLY=sectioned skips the whole-plan form (for profiling the sectioned path alone).
      if (process.env.BENCH_ONLY !== 'sectioned') {
        wholeRuns.push(await run({ url: app.url, requests: syncRequests('whole') }));
        await checkCounts(`whole round ${r + 1}`, wholeRuns.at(-1)!);
      }
      step(
        `round ${r + 1}: bare ${bareRuns[r]!.rps}/s, sectioned ${sectionedRuns[r]!.rps}/s (p99 ${sectionedRuns[r]!.p99} ms), whole ${wholeRuns[r]?.rps ?? '-'}/s`,
      );
    }
    const atRate = await run({ url: app.url, overallRate: 1500, requests: syncRequests('sectioned') });
    await checkCounts('at 1500 req/s', atRate);
    // Revisions made here move the plans on: the route phases above are done.
    const dbOnly = await databaseOnly(db, edits, 20, DURATION);
    const stored = (await db.execute(
      sql`select count(*)::int as parts, sum(length(body))::bigint as bytes, (select count(*)::int from plan_revisions) as revisions from plan_section_bodies`,
    )) as unknown as { rows: { parts: number; bytes: string; revisions: number }[] };

    const bareRps = median(bareRuns.map((f) => f.rps));
    const secRps = median(sectionedRuns.map((f) => f.rps));
    const wholeRps = wholeRuns.length ? median(wholeRuns.map((f) => f.rps)) : Number.NaN;
    const s = stored.rows[0]!;
    console.log(`\n=== section-level sync (PostgreSQL, 150-page plan, ${WORKERS} server process${WORKERS > 1 ? 'es' : ''}) ===`);
    console.log(
      `plan: ${plan.sections.length} sections; request bytes: first sync ${bytes.first}, one-section edit sectioned ${bytes.sectioned} vs whole ${bytes.whole} (${(bytes.whole / bytes.sectioned).toFixed(0)}× fewer)`,
    );
    console.log(`bare route (same ${bytes.sectioned}-byte body): median ${bareRps} req/s (${bareRuns.map((f) => f.rps).join(', ')}); ${cpu(bareRuns)}`);
    console.log(
      `one-section edit, sectioned: median ${secRps} req/s (${sectionedRuns.map((f) => f.rps).join(', ')}), p99 ${median(sectionedRuns.map((f) => f.p99))} ms → ${((secRps / bareRps) * 100).toFixed(1)}% of bare (goal ≥ 25%)`,
    );
    console.log(
      wholeRuns.length
        ? `one-section edit, whole plan: median ${wholeRps} req/s (${wholeRuns.map((f) => f.rps).join(', ')}), p99 ${median(wholeRuns.map((f) => f.p99))} ms`
        : 'one-section edit, whole plan: not run (BENCH_ONLY=sectioned)',
    );
    console.log(`  CPU: sectioned ${cpu(sectionedRuns)}${wholeRuns.length ? `; whole ${cpu(wholeRuns)}` : ''}`);
    console.log(`database alone (the same statement, 20 at once, no HTTP): ${dbOnly} syncs/s`);
    console.log(
      `sectioned @1500 req/s: achieved ${atRate.rps} req/s, p50 ${atRate.p50} ms, p99 ${atRate.p99} ms (goal ≤ 50 ms), non-2xx ${atRate.non2xx}, errors ${atRate.errors}`,
    );
    console.log(
      `stored: ${s.revisions} revisions, ${s.parts} distinct parts, ${(Number(s.bytes) / 1024 / 1024).toFixed(1)} MB of part text; ${counted} acknowledged revisions each stored once`,
    );
  } finally {
    for (const server of servers) await server.stop();
    await database.close();
    await fresh.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
