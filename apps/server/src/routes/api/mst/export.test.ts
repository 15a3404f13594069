import ExcelJS from 'exceljs';
import type { PlanData } from '@cds/plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, plans } from '../../../db/schema/index.js';
import { exportMessages as m } from '../../../services/messages.vi.js';
import { draftBody } from '../../../test/draft.js';
import { build, type TestApp } from '../../../test/helper.js';
import { syntheticPlan } from '../../../test/plan-data.js';

type Cell = string | number | null;

async function download(t: TestApp, name: 'indicators' | 'tasks') {
  const res = await t.as('reviewer', { method: 'GET', url: `/api/mst/export/${name}.xlsx` });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers['content-disposition']).toBe(`attachment; filename="${name}-${t.fixture.roundId}.xlsx"`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  expect(wb.worksheets).toHaveLength(1);
  const ws = wb.worksheets[0]!;
  const width = ws.getRow(1).cellCount;
  const rows: Cell[][] = [];
  ws.eachRow((row) => rows.push(Array.from({ length: width }, (_, c) => row.getCell(c + 1).value as Cell)));
  return { ws, rows };
}

describe('GET /api/mst/export/*.xlsx (streamed)', () => {
  let t: TestApp;
  let a: PlanData;
  let b: PlanData;
  beforeAll(async () => {
    t = await build();
    a = syntheticPlan(2_500, 'a');
    a.indicators[1]!.target2026 = 'chưa xác định';
    a.indicators[1]!.target2026Value = null;
    a.tasks[0]!.amountVnd = null;
    b = syntheticPlan(1_200, 'b');
    for (const [who, plan] of [
      ['drafterB', b],
      ['drafterA', a],
    ] as const) {
      expect((await t.as(who, { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ plan }) })).statusCode).toBe(201);
    }
    const [ag] = await t.app.db.insert(agencies).values({ code: '02', name: 'Cơ quan chưa đồng bộ', kind: 'province' }).returning();
    await t.app.db.insert(plans).values({ roundId: t.fixture.roundId, agencyId: ag!.id });
  });
  afterAll(() => t.close());

  const hn = ['01', 'Thành phố Hà Nội', m.kind.province, m.status.draft, m.source.draft];
  const byt = ['BO-YT', 'Bộ Y tế', m.kind.central, m.status.draft, m.source.draft];

  it('writes one row per agency and indicator, agencies in kind and code order, under the Vietnamese headers', async () => {
    const { ws, rows } = await download(t, 'indicators');
    expect(ws.name).toBe(m.indicatorsSheet);
    expect(rows[0]).toEqual([...m.indicatorHeaders]);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const fields = (i: PlanData['indicators'][number]) => [
      i.code,
      i.parentCode,
      i.name,
      i.unit,
      i.target2026,
      i.target2026Value,
      i.target2030,
      i.target2030Value,
      i.method,
      i.measurement,
      i.lead,
      i.deadline,
      i.resources,
    ];
    expect(rows.slice(1)).toEqual([...a.indicators.map((i) => [...hn, ...fields(i)]), ...b.indicators.map((i) => [...byt, ...fields(i)])]);
    expect(rows[2]![10]).toBeNull();
  });

  it('writes one row per agency and task', async () => {
    const { ws, rows } = await download(t, 'tasks');
    expect(ws.name).toBe(m.tasksSheet);
    expect(rows[0]).toEqual([...m.taskHeaders]);
    const fields = (x: PlanData['tasks'][number]) => [
      x.section,
      x.name,
      x.expectedResult,
      x.effectiveness,
      x.deadline,
      x.implementingUnit,
      x.fundingSource,
      x.amount,
      x.amountVnd,
    ];
    expect(rows.slice(1)).toEqual([...a.tasks.map((x) => [...hn, ...fields(x)]), ...b.tasks.map((x) => [...byt, ...fields(x)])]);
    expect(rows[1]![13]).toBeNull();
    expect(rows[2]![13]).toBe(1_250_000_000);
  });

  it('is refused to agency users and answers 404 for an unknown round', async () => {
    expect((await t.as('drafterA', { method: 'GET', url: '/api/mst/export/tasks.xlsx' })).statusCode).toBe(403);
    const res = await t.as('reviewer', { method: 'GET', url: '/api/mst/export/indicators.xlsx?roundId=9999' });
    expect(res.json()).toMatchObject({ statusCode: 404, code: 'ROUND_NOT_FOUND' });
  });
});
