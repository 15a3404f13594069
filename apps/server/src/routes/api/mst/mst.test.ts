import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../../../test/counts.js';
import { draftBody } from '../../../test/draft.js';
import { build, type TestApp } from '../../../test/helper.js';
import { syntheticPlan } from '../../../test/plan-data.js';

describe('MST routes', () => {
  let t: TestApp;
  let planA: number;
  beforeAll(async () => {
    t = await build();
    const plan = syntheticPlan(1_500, 'hn');
    plan.indicators[0]!.code = 'NQ03-11.2';
    plan.indicators[0]!.target2026 = '87,5%';
    plan.indicators[0]!.target2026Value = 87.5;
    const res = await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ plan, completeness: 62 }) });
    planA = res.json().plan.id;
  });
  afterAll(() => t.close());

  it('lists every agency with its plan status, completeness and last sync, paged', async () => {
    const res = await t.as('reviewer', { method: 'GET', url: '/api/mst/plans?pageSize=1&page=1' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 1, roundId: t.fixture.roundId });
    expect(body.items).toHaveLength(1);
    const all = (await t.as('admin', { method: 'GET', url: '/api/mst/plans' })).json().items;
    const hn = all.find((i: { agency: { code: string } }) => i.agency.code === '01');
    const byt = all.find((i: { agency: { code: string } }) => i.agency.code === 'BO-YT');
    expect(hn).toMatchObject({
      planId: planA,
      status: 'draft',
      completeness: 62,
      currentRevision: 1,
      lastSyncedAt: t.clock.now.toISOString(),
      submittedAt: null,
      late: false,
    });
    expect(byt).toMatchObject({ planId: null, status: 'not_started', completeness: 0 });
  });

  it('filters the list by status and kind', async () => {
    const notStarted = (await t.as('reviewer', { method: 'GET', url: '/api/mst/plans?status=not_started' })).json();
    expect(notStarted.items.map((i: { agency: { code: string } }) => i.agency.code)).toEqual(['BO-YT']);
    const provinces = (await t.as('reviewer', { method: 'GET', url: '/api/mst/plans?kind=province' })).json();
    expect(provinces.total).toBe(1);
  });

  it('answers 404 for an unknown round and 400 for a bad page size', async () => {
    expect((await t.as('reviewer', { method: 'GET', url: '/api/mst/plans?roundId=9999' })).json()).toMatchObject({ statusCode: 404, code: 'ROUND_NOT_FOUND' });
    expect((await t.as('reviewer', { method: 'GET', url: '/api/mst/plans?pageSize=100000' })).statusCode).toBe(400);
  });

  it('shows one plan with its revisions and latest data', async () => {
    const res = await t.as('reviewer', { method: 'GET', url: `/api/mst/plans/${planA}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ agency: { code: '01' }, revisions: [{ number: 1, completeness: 62 }], submissions: [], reviews: [] });
    expect(res.json().latestPlan.indicators[0].target2026).toBe('87,5%');
    expect((await t.as('reviewer', { method: 'GET', url: '/api/mst/plans/9999' })).statusCode).toBe(404);
  });

  it("gives each indicator's values across agencies, catalogue entries first", async () => {
    const res = await t.as('reviewer', { method: 'GET', url: '/api/mst/indicators' });
    expect(res.statusCode).toBe(200);
    const list = res.json().indicators;
    const entry = list.find((i: { code: string }) => i.code === 'NQ03-11.2');
    expect(entry).toMatchObject({ inCatalog: true, unit: '%' });
    expect(entry.values).toEqual([
      expect.objectContaining({ agency: expect.objectContaining({ code: '01' }), target2026: '87,5%', target2026Value: 87.5, source: 'draft' }),
    ]);
    const one = (await t.as('reviewer', { method: 'GET', url: '/api/mst/indicators?code=NQ03-11.2' })).json().indicators;
    expect(one).toHaveLength(1);
  });

  it('exports indicators and tasks as Excel workbooks with Vietnamese headers', async () => {
    for (const [name, header] of [
      ['indicators', 'Chỉ tiêu'],
      ['tasks', 'Nhiệm vụ, dự án'],
    ] as const) {
      const res = await t.as('reviewer', { method: 'GET', url: `/api/mst/export/${name}.xlsx` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect((ws.getRow(1).values as unknown[]).includes(header)).toBe(true);
      expect(ws.rowCount).toBeGreaterThan(1);
      expect(ws.getRow(2).getCell(1).value).toBe('01');
    }
  });

  it('refuses to review a plan that was not submitted (409) and a return without comments (400), storing nothing', async () => {
    const before = await rowCounts(t.app.db);
    const draft = await t.as('reviewer', { method: 'POST', url: `/api/mst/plans/${planA}/review`, payload: { decision: 'accept' } });
    expect(draft.statusCode).toBe(409);
    expect(draft.json()).toMatchObject({ code: 'NOT_REVIEWABLE', status: 'draft' });
    const empty = await t.as('reviewer', { method: 'POST', url: `/api/mst/plans/${planA}/review`, payload: { decision: 'return', comments: [] } });
    expect(empty.json()).toMatchObject({ statusCode: 400, code: 'RETURN_NEEDS_COMMENT' });
    const badSection = await t.as('reviewer', {
      method: 'POST',
      url: `/api/mst/plans/${planA}/review`,
      payload: { decision: 'return', comments: [{ section: 'Phần 2', comment: 'x' }] },
    });
    expect(badSection.statusCode).toBe(400);
    expect(await rowCounts(t.app.db)).toEqual(before);
  });
});
