import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardEvent } from '@cds/api';
import { planDocx, type PlanDocx } from '../../../test/docx.js';
import { build, type TestApp } from '../../../test/helper.js';
import { submitDocx, syncDraft } from '../../../test/dashboard-seed.js';

describe('MST board view', () => {
  let t: TestApp;
  let doc: PlanDocx;
  beforeAll(async () => {
    t = await build();
    doc = planDocx();
  });
  afterAll(() => t.close());

  it('shows every agency with status, finding counts of the latest data, and totals', async () => {
    const before = (await t.as('reviewer', { method: 'GET', url: '/api/mst/board/totals' })).json();
    expect(before).toMatchObject({ agencies: 2, notStarted: 2, submitted: 0, late: 0, lastSyncedAt: null, byStatus: { not_started: 2, draft: 0 } });
    expect(before.round).toMatchObject({ id: t.fixture.roundId, latePolicy: 'accept-flagged' });

    await syncDraft(t, 'drafterB', { plan: { ...doc.plan, agency: { name: 'Bộ Y tế', kind: 'central' } } }, 30);
    const res = await t.as('reviewer', { method: 'GET', url: '/api/mst/board' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 2, page: 1 });
    const byt = body.items.find((i: { agency: { code: string } }) => i.agency.code === 'BO-YT');
    expect(byt).toMatchObject({ status: 'draft', completeness: 30, findings: { error: 1, warning: 2, info: 3 }, submittedAt: null });

    await submitDocx(t, 'submitterA', doc);
    const hn = (await t.as('reviewer', { method: 'GET', url: '/api/mst/board?status=submitted' })).json().items;
    expect(hn).toHaveLength(1);
    // A submission's counts are the server's own findings (none of them errors).
    expect(hn[0]).toMatchObject({ agency: { code: '01' }, status: 'submitted', findings: { error: 0 } });
    expect(hn[0].submittedAt).toBe(t.clock.now.toISOString());

    const after = (await t.as('admin', { method: 'GET', url: '/api/mst/board/totals' })).json();
    expect(after).toMatchObject({ notStarted: 0, submitted: 1, byStatus: { draft: 1, submitted: 1 } });
    expect(after.lastSyncedAt).toBe(t.clock.now.toISOString());
  });

  it('searches ignoring accents and case, sorts, filters by kind and pages', async () => {
    const search = async (q: string) =>
      (await t.as('reviewer', { method: 'GET', url: `/api/mst/board?q=${encodeURIComponent(q)}` }))
        .json()
        .items.map((i: { agency: { code: string } }) => i.agency.code);
    expect(await search('ha noi')).toEqual(['01']);
    expect(await search('HÀ NỘI')).toEqual(['01']);
    expect(await search('bo-yt')).toEqual(['BO-YT']);
    expect(await search('100%_')).toEqual([]);
    const sorted = (await t.as('reviewer', { method: 'GET', url: '/api/mst/board?sort=completeness&dir=desc' })).json().items;
    expect(sorted.map((i: { completeness: number }) => i.completeness)).toEqual(
      [...sorted.map((i: { completeness: number }) => i.completeness)].sort((a, b) => b - a),
    );
    const provinces = (await t.as('reviewer', { method: 'GET', url: '/api/mst/board?kind=province' })).json();
    expect(provinces.items.map((i: { agency: { kind: string } }) => i.agency.kind)).toEqual(['province']);
    const page2 = (await t.as('reviewer', { method: 'GET', url: '/api/mst/board?pageSize=1&page=2' })).json();
    expect(page2).toMatchObject({ total: 2, page: 2 });
    expect(page2.items).toHaveLength(1);
    const past = (await t.as('reviewer', { method: 'GET', url: '/api/mst/board?pageSize=1&page=9' })).json();
    expect(past).toMatchObject({ total: 2, items: [] });
  });

  it('is for MST only, and 404s an unknown round', async () => {
    expect((await t.as('submitterA', { method: 'GET', url: '/api/mst/board' })).statusCode).toBe(403);
    expect((await t.as('reviewer', { method: 'GET', url: '/api/mst/board/totals?roundId=999' })).json()).toMatchObject({ code: 'ROUND_NOT_FOUND' });
    expect((await t.app.inject({ method: 'GET', url: '/api/mst/board' })).statusCode).toBe(401);
  });

  it('publishes an event for every sync, on either engine', async () => {
    const seen: BoardEvent[] = [];
    const stop = t.app.events.subscribe((e) => seen.push(e));
    const current = (await t.as('drafterB', { method: 'GET', url: '/api/plans/mine' })).json().plan.currentRevision;
    await syncDraft(t, 'drafterB', { plan: { ...doc.plan, agency: { name: 'Bộ Y tế', kind: 'central' } } }, 45, current);
    for (let i = 0; i < 50 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(seen).toEqual([expect.objectContaining({ kind: 'sync', agencyId: t.fixture.agencyB })]);
  });

  it('streams the events to a signed-in reviewer as server-sent events', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const abort = new AbortController();
    const res = await fetch(`${address}/api/mst/events`, { headers: { authorization: `Bearer ${await t.token('reviewer')}` }, signal: abort.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    expect((await reader.read()).value).toContain(': ok');
    await t.app.events.publish({ kind: 'admin', agencyId: null, planId: null, at: new Date().toISOString() });
    let text = '';
    while (!text.includes('\n\n')) text += (await reader.read()).value;
    expect(JSON.parse(/data: (.*)/.exec(text)![1]!)).toMatchObject({ kind: 'admin' });
    abort.abort();
    const denied = await fetch(`${address}/api/mst/events`, { headers: { authorization: `Bearer ${await t.token('drafterA')}` } });
    expect(denied.status).toBe(403);
  });
});
