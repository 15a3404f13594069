import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { agencies, planRevisions, plans, submissions, users } from '../db/schema/index.js';
import { rowCounts } from './counts.js';
import { draftBody } from './draft.js';
import { ACCOUNTS, type AccountName } from './fixture.js';
import { build, type TestApp } from './helper.js';
import { syntheticPlan } from './plan-data.js';

type Who = 'anonymous' | AccountName;
const AGENCY = ['drafterA', 'submitterA', 'drafterB', 'submitterB'] as const;
const MST = ['reviewer', 'admin'] as const;
const EVERYONE: Who[] = ['drafterA', 'submitterA', 'drafterB', 'submitterB', 'reviewer', 'admin'];

type Ids = { planA: number; submissionA: number; roundId: number; agencyA: number; userA: number };

interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** Path as OpenAPI lists it ({id} for params) and the concrete URL to call. */
  path: string;
  url: (ids: Ids) => string;
  payload?: object;
  /** Roles allowed past authorization. */
  allowed: readonly Who[];
  /** An open stream (SSE): only the refusals are checked, an allowed caller would wait forever. */
  stream?: boolean;
}

/** Every route × who may call it. Writes carry empty bodies: allowed callers get 400, never a change. */
const CASES: Case[] = [
  { method: 'GET', path: '/api/auth/me', url: () => '/api/auth/me', allowed: EVERYONE },
  { method: 'GET', path: '/api/rounds/current', url: () => '/api/rounds/current', allowed: EVERYONE },
  { method: 'GET', path: '/api/plans/mine', url: () => '/api/plans/mine', allowed: AGENCY },
  { method: 'PUT', path: '/api/plans/mine/draft', url: () => '/api/plans/mine/draft', payload: {}, allowed: AGENCY },
  { method: 'POST', path: '/api/plans/mine/submit', url: () => '/api/plans/mine/submit', payload: {}, allowed: ['submitterA', 'submitterB'] },
  { method: 'GET', path: '/api/submissions/{id}/docx', url: (i) => `/api/submissions/${i.submissionA}/docx`, allowed: [...AGENCY, ...MST] },
  { method: 'GET', path: '/api/mst/plans', url: () => '/api/mst/plans', allowed: MST },
  { method: 'GET', path: '/api/mst/plans/{id}', url: (i) => `/api/mst/plans/${i.planA}`, allowed: MST },
  { method: 'POST', path: '/api/mst/plans/{id}/review', url: (i) => `/api/mst/plans/${i.planA}/review`, payload: {}, allowed: ['reviewer'] },
  { method: 'GET', path: '/api/mst/indicators', url: () => '/api/mst/indicators', allowed: MST },
  { method: 'GET', path: '/api/mst/export/indicators.xlsx', url: () => '/api/mst/export/indicators.xlsx', allowed: MST },
  { method: 'GET', path: '/api/mst/export/tasks.xlsx', url: () => '/api/mst/export/tasks.xlsx', allowed: MST },
  { method: 'GET', path: '/api/admin/rounds', url: () => '/api/admin/rounds', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/rounds/{id}', url: (i) => `/api/admin/rounds/${i.roundId}`, allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/rounds', url: () => '/api/admin/rounds', payload: {}, allowed: ['admin'] },
  { method: 'PATCH', path: '/api/admin/rounds/{id}', url: (i) => `/api/admin/rounds/${i.roundId}`, payload: {}, allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/agencies', url: () => '/api/admin/agencies', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/agencies', url: () => '/api/admin/agencies', payload: {}, allowed: ['admin'] },
  { method: 'PATCH', path: '/api/admin/agencies/{id}', url: (i) => `/api/admin/agencies/${i.agencyA}`, payload: {}, allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/users', url: () => '/api/admin/users', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/users', url: () => '/api/admin/users', payload: {}, allowed: ['admin'] },
  { method: 'PATCH', path: '/api/admin/users/{id}', url: (i) => `/api/admin/users/${i.userA}`, payload: {}, allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/users/{id}/password', url: (i) => `/api/admin/users/${i.userA}/password`, payload: {}, allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/catalog/import', url: () => '/api/admin/catalog/import', payload: {}, allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/catalog/preview', url: () => '/api/admin/catalog/preview', payload: {}, allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/diagnostics', url: () => '/api/admin/diagnostics', allowed: ['admin'] },
  { method: 'POST', path: '/api/diagnostics', url: () => '/api/diagnostics', payload: {}, allowed: EVERYONE },
  { method: 'POST', path: '/api/plans/mine/check', url: () => '/api/plans/mine/check', payload: {}, allowed: AGENCY },
  { method: 'GET', path: '/api/mst/board', url: () => '/api/mst/board', allowed: MST },
  { method: 'GET', path: '/api/mst/board/totals', url: () => '/api/mst/board/totals', allowed: MST },
  { method: 'GET', path: '/api/mst/export/overall-plan.docx', url: () => '/api/mst/export/overall-plan.docx', allowed: MST },
  { method: 'GET', path: '/api/mst/export/submissions.zip', url: () => '/api/mst/export/submissions.zip', allowed: MST },
  { method: 'GET', path: '/api/mst/export/workbook.xlsx', url: () => '/api/mst/export/workbook.xlsx', allowed: MST },
  { method: 'GET', path: '/api/mst/indicator-list', url: () => '/api/mst/indicator-list', allowed: MST },
  { method: 'GET', path: '/api/mst/indicator-list/{code}', url: () => '/api/mst/indicator-list/NQ03-11.1', allowed: MST },
  { method: 'GET', path: '/api/mst/plans/{id}/compare', url: (i) => `/api/mst/plans/${i.planA}/compare`, allowed: MST },
  { method: 'GET', path: '/api/mst/plans/{id}/versions/{ref}', url: (i) => `/api/mst/plans/${i.planA}/versions/1`, allowed: MST },
  { method: 'GET', path: '/api/mst/events', url: () => '/api/mst/events', allowed: MST, stream: true },
];
/** Public or session routes tested elsewhere (auth.test.ts). */
const OUTSIDE_MATRIX = ['POST /api/auth/login', 'POST /api/auth/logout', 'GET /api/health'];

describe('authorization matrix: every route × every role × own/other agency', () => {
  let t: TestApp;
  let ids: Ids;
  beforeAll(async () => {
    t = await build();
    // Agency A has a plan with a revision and a stored submission; B has nothing yet.
    const db = t.app.db;
    const [plan] = await db
      .insert(plans)
      .values({ roundId: t.fixture.roundId, agencyId: t.fixture.agencyA, status: 'submitted', currentRevision: 1 })
      .returning();
    await db.insert(planRevisions).values({
      planId: plan!.id,
      number: 1,
      baseRevision: 0,
      idempotencyKey: 'seed-rev-1',
      plan: syntheticPlan(1000),
      findingsSummary: { error: 0, warning: 0, info: 0 },
      completeness: 100,
    });
    const [sub] = await db
      .insert(submissions)
      .values({
        planId: plan!.id,
        receiptNumber: 'BKHCN-2026-999999',
        idempotencyKey: 'seed-sub',
        fileName: 'a.docx',
        docx: Buffer.from('PK-bytes-of-A'),
        sha256: 'x',
        size: 13,
        late: false,
        findings: [],
        plan: syntheticPlan(1000),
        completeness: 100,
      })
      .returning();
    ids = { planA: plan!.id, submissionA: sub!.id, roundId: t.fixture.roundId, agencyA: t.fixture.agencyA, userA: t.fixture.userIds.drafterA };
  });
  afterAll(() => t.close());

  it('covers every route the API documents', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = [...CASES.map((c) => `${c.method} ${c.path}`), ...OUTSIDE_MATRIX];
    expect(documented.sort()).toEqual(covered.sort());
  });

  for (const c of CASES) {
    for (const who of ['anonymous', ...EVERYONE] as Who[]) {
      const allowed = c.allowed.includes(who);
      if (allowed && c.stream) continue;
      it(`${c.method} ${c.path} as ${who} → ${who === 'anonymous' ? 401 : allowed ? 'allowed' : 403}`, async () => {
        const req = { method: c.method, url: c.url(ids), ...(c.payload ? { payload: c.payload } : {}) };
        const res = who === 'anonymous' ? await t.app.inject(req) : await t.as(who, req);
        if (who === 'anonymous') expect(res.statusCode).toBe(401);
        else if (!allowed) expect(res.json()).toMatchObject({ statusCode: 403, code: expect.stringMatching(/FORBIDDEN|DRAFTER_CANNOT_SUBMIT/) });
        else expect([401, 403]).not.toContain(res.statusCode);
      });
    }
  }

  it("own agency vs other: A's submission downloads for A and MST, is 404 for B", async () => {
    const url = `/api/submissions/${ids.submissionA}/docx`;
    for (const who of ['drafterA', 'submitterA', 'reviewer', 'admin'] as const) {
      const res = await t.as(who, { method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('PK-bytes-of-A');
    }
    for (const who of ['drafterB', 'submitterB'] as const) expect((await t.as(who, { method: 'GET', url })).statusCode).toBe(404);
  });

  it('own agency vs other: agency staff edit neither their own nor another agency, account or password (403, nothing stored)', async () => {
    const before = await rowCounts(t.app.db);
    const usersBefore = await t.app.db.select().from(users).orderBy(asc(users.id));
    const agenciesBefore = await t.app.db.select().from(agencies).orderBy(asc(agencies.id));
    const { agencyA, agencyB, userIds } = t.fixture;
    for (const who of AGENCY) {
      const own = ACCOUNTS[who].agency === 'A' ? { agency: agencyA, user: userIds.drafterA } : { agency: agencyB, user: userIds.drafterB };
      const other = ACCOUNTS[who].agency === 'A' ? { agency: agencyB, user: userIds.drafterB } : { agency: agencyA, user: userIds.drafterA };
      for (const target of [own, other, { agency: own.agency, user: userIds[who] }]) {
        const calls = [
          { method: 'PATCH' as const, url: `/api/admin/agencies/${target.agency}`, payload: { name: 'Đổi tên', kind: 'central' } },
          { method: 'PATCH' as const, url: `/api/admin/users/${target.user}`, payload: { role: 'admin', agencyId: null } },
          { method: 'POST' as const, url: `/api/admin/users/${target.user}/password`, payload: { password: 'mat-khau-chiem-quyen' } },
          { method: 'PATCH' as const, url: `/api/admin/rounds/${ids.roundId}`, payload: { deadline: '2030-01-01T00:00:00Z' } },
        ];
        for (const call of calls) expect((await t.as(who, call)).json()).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
      }
    }
    expect(await rowCounts(t.app.db)).toEqual(before);
    expect(await t.app.db.select().from(users).orderBy(asc(users.id))).toEqual(usersBefore);
    expect(await t.app.db.select().from(agencies).orderBy(asc(agencies.id))).toEqual(agenciesBefore);
  });

  it("own agency vs other: B's \"mine\" and B's syncs never touch A's plan", async () => {
    const mineB = (await t.as('drafterB', { method: 'GET', url: '/api/plans/mine' })).json();
    expect(mineB.plan).toBeNull();
    const res = await t.as('submitterB', { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ baseRevision: 0 }) });
    expect(res.statusCode).toBe(201);
    expect(res.json().plan.agencyId).toBe(t.fixture.agencyB);
    const mineA = (await t.as('drafterA', { method: 'GET', url: '/api/plans/mine' })).json();
    expect(mineA.plan).toMatchObject({ id: ids.planA, currentRevision: 1, status: 'submitted' });
  });
});
