import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../bench/fresh-database.js';
import { seedAgencyUsers, seedRound } from '../bench/seed-bench.js';
import { openDatabase, type Database } from './db/client.js';
import { rounds, sessions, users } from './db/schema/index.js';
import { hashToken } from './repositories/users.js';
import { testPgUrl } from './test/database.js';
import { syntheticPlan } from './test/plan-data.js';
import { spawnServer, type SpawnedServer } from './test/spawn-server.js';

/**
 * Two real servers on one PostgreSQL database: A one process, B a cluster of two
 * workers (WORKERS=2), each process with its caches on (the production 5 s): what A changes, B's
 * honours on the very next request: A answers only once every listening process has
 * acknowledged the invalidation. PostgreSQL only (the embedded PGlite is one process).
 */
describe.skipIf(!testPgUrl())('two server processes on one PostgreSQL', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let database: Database;
  let a: SpawnedServer;
  let b: SpawnedServer;
  let drafters: string[];
  let roundId: number;
  const adminToken = 'admin-token-multi-process';
  const reviewerToken = 'reviewer-token-multi-process';

  beforeAll(async () => {
    fresh = await freshDatabase(testPgUrl()!, 'cds_test_mp');
    database = await openDatabase({ url: fresh.url, poolSize: 4 });
    await database.migrate();
    const db = database.db;
    roundId = await seedRound(db);
    drafters = await seedAgencyUsers(db, 6, 'MP', 'drafter');
    const expiresAt = new Date(Date.now() + 3600_000);
    const staff = await db
      .insert(users)
      .values([
        { email: 'admin@mp.vn', name: 'Quản trị', role: 'admin', passwordHash: 'x' },
        { email: 'reviewer@mp.vn', name: 'Cán bộ Bộ', role: 'mst_reviewer', passwordHash: 'x' },
      ])
      .returning({ id: users.id });
    await db.insert(sessions).values([
      { userId: staff[0]!.id, tokenHash: hashToken(adminToken), expiresAt },
      { userId: staff[1]!.id, tokenHash: hashToken(reviewerToken), expiresAt },
    ]);
    const env = { DATABASE_URL: fresh.url, NODE_ENV: 'production', LOG_LEVEL: 'warn', CHECK_WORKERS: '0', PG_POOL_SIZE: '4' };
    // A: one process. B: a cluster of two workers on one port (each with its own caches).
    // One after the other: three processes compiling at once on a busy machine can pass Fastify's 10 s plugin timeout.
    a = await spawnServer('app', env, { stderr: 'pipe' });
    b = await spawnServer('app', { ...env, WORKERS: '2' }, { stderr: 'pipe' });
    expect(b.pids).toHaveLength(2);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.close();
    await fresh?.drop();
  });

  // A new connection each time: the cluster's primary hands connections to its workers in turn.
  const call = (server: SpawnedServer, method: string, path: string, token: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { connection: 'close', authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  /** The status four requests in a row get (a list, so both of B's workers are asked). */
  const me = async (server: SpawnedServer, token: string) => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(server, 'GET', '/api/auth/me', token)).status);
    return new Set(statuses).size === 1 ? statuses[0]! : statuses.join('/');
  };
  const userIdOf = async (token: string) =>
    (
      await database.db
        .select({ id: sessions.userId })
        .from(sessions)
        .where(eq(sessions.tokenHash, hashToken(token)))
    )[0]!.id;

  it('B’s workers cache a session: a row deleted behind the servers’ backs is still honoured by both (what makes the next tests meaningful)', async () => {
    const token = drafters[0]!;
    expect(await me(b, token)).toBe(200);
    await database.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
    expect(await me(b, token)).toBe(200);
  });

  it('a sign-out in A is refused by B at once', async () => {
    const token = drafters[1]!;
    expect(await me(b, token)).toBe(200);
    expect(await me(a, token)).toBe(200);
    expect((await call(a, 'POST', '/api/auth/logout', token)).status).toBe(204);
    expect(await me(b, token)).toBe(401);
    const res = await call(b, 'GET', '/api/auth/me', token);
    expect(((await res.json()) as { code: string }).code).toBe('SESSION_EXPIRED');
  });

  it('an account disabled in A, or its password reset in A, is refused by B at once', async () => {
    const disabled = drafters[2]!;
    const reset = drafters[3]!;
    expect(await me(b, disabled)).toBe(200);
    expect(await me(b, reset)).toBe(200);
    expect((await call(a, 'PATCH', `/api/admin/users/${await userIdOf(disabled)}`, adminToken, { disabled: true })).status).toBe(200);
    expect(await me(b, disabled)).toBe(401);
    expect((await call(a, 'POST', `/api/admin/users/${await userIdOf(reset)}/password`, adminToken, { password: 'mat-khau-moi-2026!' })).status).toBe(204);
    expect(await me(b, reset)).toBe(401);
    // The other accounts keep their sessions.
    expect(await me(b, drafters[4]!)).toBe(200);
  });

  it('a round edited in A is seen by B at once (and B does cache it)', async () => {
    const token = drafters[4]!;
    const current = async () => {
      const names = new Set<string>();
      for (let i = 0; i < 4; i++) names.add(((await (await call(b, 'GET', '/api/rounds/current', token)).json()) as { name: string }).name);
      return [...names].join(' / ');
    };
    expect(await current()).toBe('Đợt thử tải');
    // Behind both servers' backs: B keeps answering from its cache.
    await database.db.update(rounds).set({ name: 'Đổi thẳng trong cơ sở dữ liệu' }).where(eq(rounds.id, roundId));
    expect(await current()).toBe('Đợt thử tải');
    expect((await call(a, 'PATCH', `/api/admin/rounds/${roundId}`, adminToken, { name: 'Đợt 2026 (đã sửa)' })).status).toBe(200);
    expect(await current()).toBe('Đợt 2026 (đã sửa)');
  });

  it('a plan synced on A reaches a live-board client of B (and of A)', async () => {
    const open = async (server: SpawnedServer) => {
      const ctrl = new AbortController();
      const res = await fetch(`${server.url}/api/mst/events`, { headers: { authorization: `Bearer ${reviewerToken}` }, signal: ctrl.signal });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      let text = '';
      const until = async (pattern: RegExp) => {
        while (!pattern.test(text)) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended: ${text}`);
          text += new TextDecoder().decode(value);
        }
        return text;
      };
      await until(/^: ok/m);
      return { until, close: () => ctrl.abort() };
    };
    const onB = await open(b);
    const onA = await open(a);
    try {
      const token = drafters[5]!;
      const agencyId = (
        await database.db
          .select({ agencyId: users.agencyId })
          .from(users)
          .where(eq(users.id, await userIdOf(token)))
      )[0]!.agencyId;
      const res = await call(a, 'PUT', '/api/plans/mine/draft', token, {
        baseRevision: 0,
        idempotencyKey: 'multi-process-1',
        findingsSummary: { error: 0, warning: 0, info: 0 },
        completeness: 10,
        plan: syntheticPlan(2_000),
      });
      expect(res.status).toBe(201);
      for (const client of [onB, onA]) {
        // Earlier tests' admin events may still be on their way: the sync is the one looked for.
        const text = await client.until(/event: board\ndata: \{"kind":"sync".*\n\n/);
        const event = JSON.parse(/event: board\ndata: (\{"kind":"sync".*)\n/.exec(text)![1]!) as { kind: string; agencyId: number };
        expect(event).toMatchObject({ kind: 'sync', agencyId });
      }
    } finally {
      onB.close();
      onA.close();
    }
  });
});
