import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../../../test/counts.js';
import { draftBody } from '../../../test/draft.js';
import { build, type TestApp } from '../../../test/helper.js';
import { syntheticPlan } from '../../../test/plan-data.js';

describe('first syncs of an agency without a plan', () => {
  it('creates the plan once when two first syncs race: one 201 (revision 1), one 409', async () => {
    const t = await build();
    try {
      const put = (account: 'drafterB' | 'submitterB') =>
        t.as(account, { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ baseRevision: 0 }) });
      const results = await Promise.all([put('drafterB'), put('submitterB')]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const counts = await rowCounts(t.app.db);
      expect(counts).toMatchObject({ plans: 1, revisions: 1 });
    } finally {
      await t.close();
    }
  });
});

describe('PUT /api/plans/mine/draft', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build({ config: { bodyLimit: 200_000 } });
  });
  afterAll(() => t.close());

  const put = (account: 'drafterA' | 'submitterA' | 'drafterB', payload: object) => t.as(account, { method: 'PUT', url: '/api/plans/mine/draft', payload });

  it('stores the first revision (201), then the next on top of it, and /mine shows the latest', async () => {
    const first = await put('drafterA', draftBody({ baseRevision: 0, completeness: 30 }));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      replayed: false,
      revision: { number: 1, baseRevision: 0, completeness: 30 },
      plan: { status: 'draft', currentRevision: 1 },
    });

    const plan = syntheticPlan(2_000, 'second');
    const second = await put('submitterA', draftBody({ baseRevision: 1, plan, completeness: 55 }));
    expect(second.statusCode).toBe(201);
    expect(second.json().revision).toMatchObject({ number: 2, baseRevision: 1 });

    const mine = await t.as('drafterA', { method: 'GET', url: '/api/plans/mine' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ plan: { currentRevision: 2, completeness: 55, status: 'draft' }, latestRevision: { number: 2, plan } });
    expect(mine.json().plan.lastSyncedAt).toBe(t.clock.now.toISOString());
  });

  it('keeps agencies apart: another agency starts at revision 1 and never sees this plan', async () => {
    const res = await put('drafterB', draftBody({ baseRevision: 0 }));
    expect(res.statusCode).toBe(201);
    expect(res.json().revision.number).toBe(1);
    const mineB = await t.as('drafterB', { method: 'GET', url: '/api/plans/mine' });
    expect(mineB.json().plan.agencyId).toBe(t.fixture.agencyB);
    expect(mineB.json().plan.id).not.toBe((await t.as('drafterA', { method: 'GET', url: '/api/plans/mine' })).json().plan.id);
  });

  it('answers a stale base with 409 and the current revision with its plan, storing nothing', async () => {
    const before = await rowCounts(t.app.db);
    const res = await put('drafterA', draftBody({ baseRevision: 1 }));
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body).toMatchObject({ code: 'STALE_REVISION', currentRevision: 2, current: { number: 2 } });
    expect(body.current.plan.indicators.length).toBeGreaterThan(0);
    expect(body.message).toContain('gộp');
    expect(await rowCounts(t.app.db)).toEqual(before);
  });

  it('replays a retried sync (same key) with 200 and the same revision, even after newer revisions', async () => {
    const mine = (await t.as('drafterA', { method: 'GET', url: '/api/plans/mine' })).json();
    const body = draftBody({ baseRevision: mine.plan.currentRevision });
    const first = await put('drafterA', body);
    expect(first.statusCode).toBe(201);
    const again = await put('submitterA', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, revision: first.json().revision });
  });

  it('makes exactly one revision when the same sync is retried 10 times at once', async () => {
    const mine = (await t.as('drafterA', { method: 'GET', url: '/api/plans/mine' })).json();
    const before = await rowCounts(t.app.db);
    const body = draftBody({ baseRevision: mine.plan.currentRevision });
    const results = await Promise.all(Array.from({ length: 10 }, () => put('drafterA', body)));
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.json().revision.number)).size).toBe(1);
    const after = await rowCounts(t.app.db);
    expect(after.revisions).toBe(before.revisions + 1);
  });

  it('lets only one of two different syncs on the same base win; the other gets 409', async () => {
    const mine = (await t.as('drafterA', { method: 'GET', url: '/api/plans/mine' })).json();
    const base = mine.plan.currentRevision;
    const results = await Promise.all([put('drafterA', draftBody({ baseRevision: base })), put('submitterA', draftBody({ baseRevision: base }))]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('refuses an invalid plan with 400 and Vietnamese issues naming the field', async () => {
    const body = draftBody();
    const res = await put('drafterA', { ...body, plan: { ...body.plan, indicators: [{ name: 1 }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().issues.some((i: { path: string }) => i.path.startsWith('body.plan.indicators.0'))).toBe(true);
  });

  it('refuses a body over the limit with 413 and stores nothing', async () => {
    const before = await rowCounts(t.app.db);
    const res = await put('drafterA', draftBody({ plan: syntheticPlan(300_000) }));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await rowCounts(t.app.db)).toEqual(before);
  });

  it('refuses a non-JSON content type with 415', async () => {
    const res = await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
    expect(res.statusCode).toBe(415);
  });
});
