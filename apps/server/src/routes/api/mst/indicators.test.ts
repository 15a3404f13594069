import { sampleCatalog, type Indicator, type PlanData } from '@cds/plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, planRevisions, plans } from '../../../db/schema/index.js';
import { draftBody } from '../../../test/draft.js';
import { planDocx } from '../../../test/docx.js';
import { build, type TestApp } from '../../../test/helper.js';
import { multipart } from '../../../test/multipart.js';
import { syntheticPlan } from '../../../test/plan-data.js';

let n = 0;
/** An indicator row; override what the test is about. */
function ind(over: Partial<Indicator>): Indicator {
  n++;
  return {
    blockId: `ind-${n}`,
    code: null,
    parentCode: null,
    name: `Chỉ tiêu ${n}`,
    unit: '%',
    target2026: '50%',
    target2026Value: 50,
    target2030: '80%',
    target2030Value: 80,
    method: 'Phương pháp',
    measurement: 'Đo lường',
    lead: 'Sở KH&CN',
    deadline: '2026',
    resources: 'Ngân sách',
    ...over,
  };
}
function planWith(indicators: Indicator[]): PlanData {
  return { ...syntheticPlan(0), indicators };
}

/** An agency and its plan written directly (no account needed): a revision when `plan` is given, else an empty plan row. */
async function agencyPlan(t: TestApp, code: string, kind: 'province' | 'central', plan?: PlanData): Promise<number> {
  const db = t.app.db;
  const [a] = await db
    .insert(agencies)
    .values({ code, name: `Cơ quan ${code}`, kind })
    .returning();
  const [p] = await db
    .insert(plans)
    .values({ roundId: t.fixture.roundId, agencyId: a!.id, currentRevision: plan ? 1 : 0 })
    .returning();
  if (plan) {
    await db.insert(planRevisions).values({
      planId: p!.id,
      number: 1,
      baseRevision: 0,
      idempotencyKey: `k-${code}`,
      plan,
      findingsSummary: { error: 0, warning: 0, info: 0 },
      completeness: 10,
      createdAt: t.clock.now,
    });
  }
  return p!.id;
}

interface Value {
  agency: { code: string };
  planId: number;
  status: string;
  source: string;
  name: string;
  target2026: string;
  target2026Value: number | null;
}
interface Group {
  code: string | null;
  name: string;
  unit: string;
  inCatalog: boolean;
  values: Value[];
}
const view = async (t: TestApp, query = '') => {
  const res = await t.as('reviewer', { method: 'GET', url: `/api/mst/indicators${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<{ indicators: Group[] }>().indicators;
};
const who = (g: Group | undefined) => g?.values.map((v) => `${v.agency.code}:${v.name}`);

describe('GET /api/mst/indicators (computed by the database)', () => {
  let t: TestApp;
  let planA: number;
  let planB: number;
  let odd: number;
  // Agency 03's plan holds a NUL character, which PostgreSQL's json operators refuse to
  // turn into text: that plan is read whole instead, with the same result.
  const nul = 'Chỉ tiêu có ký tự lạ \u0000 ở giữa';
  beforeAll(async () => {
    t = await build();
    const a = planWith([
      ind({ code: 'NQ03-11.2', name: 'DVC trực tuyến toàn trình', target2026: '87,5%', target2026Value: 87.5 }),
      ind({ name: 'Tỉ lệ hồ sơ được số hoá', unit: '%' }),
      ind({ name: 'Số nền tảng dùng chung', unit: 'nền tảng', target2026: 'ba', target2026Value: null }),
    ]);
    planA = (await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ plan: a }) })).json().plan.id;
    const b = planWith([
      ind({ name: 'TỈ LỆ HỒ SƠ ĐƯỢC SỐ HÓA', unit: 'phần trăm' }),
      ind({ code: 'NQ03-11.2', name: 'Dịch vụ công toàn trình', target2026: '90%', target2026Value: 90 }),
      ind({ code: 'RIENG-BYT', name: 'Chỉ tiêu riêng của Bộ', unit: 'hệ thống' }),
    ]);
    planB = (await t.as('drafterB', { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ plan: b }) })).json().plan.id;
    await agencyPlan(t, '02', 'province', planWith([]));
    odd = await agencyPlan(
      t,
      '03',
      'province',
      planWith([ind({ name: nul }), ind({ code: 'NQ03-11.2', name: 'Đường dẫn C:\\users\\a', target2026: '70%', target2026Value: 70 })]),
    );
    await agencyPlan(t, 'BO-TC', 'central');
  });
  afterAll(() => t.close());

  it("lists the catalogue entries first, in catalogue order, each with every agency's value in agency order", async () => {
    const list = await view(t);
    const codes = sampleCatalog.entries.map((e) => e.code);
    expect(list.slice(0, codes.length).map((g) => [g.code, g.inCatalog])).toEqual(codes.map((c) => [c, true]));
    const entry = list.find((g) => g.code === 'NQ03-11.2')!;
    const catalogue = sampleCatalog.entries.find((e) => e.code === 'NQ03-11.2')!;
    expect(entry).toMatchObject({ name: catalogue.name, unit: catalogue.unit, inCatalog: true });
    expect(who(entry)).toEqual(['01:DVC trực tuyến toàn trình', '03:Đường dẫn C:\\users\\a', 'BO-YT:Dịch vụ công toàn trình']);
    expect(entry.values[0]).toEqual({
      agency: { id: t.fixture.agencyA, code: '01', name: 'Thành phố Hà Nội', kind: 'province' },
      planId: planA,
      status: 'draft',
      source: 'draft',
      name: 'DVC trực tuyến toàn trình',
      target2026: '87,5%',
      target2026Value: 87.5,
      target2030: '80%',
      target2030Value: 80,
    });
    expect(entry.values.map((v) => v.target2026Value)).toEqual([87.5, 70, 90]);
    expect(entry.values.map((v) => v.planId)).toEqual([planA, odd, planB]);
    // Catalogue entries no agency reported still appear, empty.
    expect(list.find((g) => g.code === 'NQ57-KTS')!.values).toEqual([]);
  });

  it("groups the agencies' own indicators by folded name (first spelling wins), after the catalogue, in order of appearance", async () => {
    const own = (await view(t)).slice(sampleCatalog.entries.length);
    expect(own.map((g) => [g.code, g.name, g.unit, g.inCatalog])).toEqual([
      [null, 'Tỉ lệ hồ sơ được số hoá', '%', false],
      [null, 'Số nền tảng dùng chung', 'nền tảng', false],
      [null, nul, '%', false],
      ['RIENG-BYT', 'Chỉ tiêu riêng của Bộ', 'hệ thống', false],
    ]);
    expect(who(own[0])).toEqual(['01:Tỉ lệ hồ sơ được số hoá', 'BO-YT:TỈ LỆ HỒ SƠ ĐƯỢC SỐ HÓA']);
    expect(own[1]!.values[0]).toMatchObject({ target2026: 'ba', target2026Value: null });
    expect(who(own[2])).toEqual([`03:${nul}`]);
  });

  it('leaves out plans without indicators or without data', async () => {
    const agenciesSeen = new Set((await view(t)).flatMap((g) => g.values.map((v) => v.agency.code)));
    expect([...agenciesSeen].sort()).toEqual(['01', '03', 'BO-YT']);
  });

  it('pages the groups: the pages put together are the whole list, with its total', async () => {
    const all = await view(t, '?pageSize=200');
    const pages = [];
    for (let page = 1; page <= Math.ceil(all.length / 3); page++) {
      const res = await t.as('reviewer', { method: 'GET', url: `/api/mst/indicators?pageSize=3&page=${page}` });
      expect(res.json()).toMatchObject({ total: all.length, page, pageSize: 3 });
      pages.push(...res.json<{ indicators: Group[] }>().indicators);
    }
    expect(pages).toEqual(all);
    const bad = await t.as('reviewer', { method: 'GET', url: '/api/mst/indicators?pageSize=201' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('querystring.pageSize');
  });

  it('filters by catalogue code in the database, with the same groups', async () => {
    const all = await view(t);
    expect(await view(t, '?code=NQ03-11.2')).toEqual([all.find((g) => g.code === 'NQ03-11.2')]);
    expect(await view(t, '?code=RIENG-BYT')).toEqual([all.find((g) => g.code === 'RIENG-BYT')]);
    expect(await view(t, '?code=NQ57-KTS')).toEqual([{ code: 'NQ57-KTS', name: expect.any(String), unit: '%', inCatalog: true, values: [] }]);
    expect(await view(t, '?code=KHONG-CO')).toEqual([]);
  });
});

describe('GET /api/mst/indicators: which data of a plan', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  const valuesOfA = async () => (await view(t)).flatMap((g) => g.values).filter((v) => v.agency.code === '01');

  it('reads the latest submission when it is as new as the latest revision, and the revision once it is newer', async () => {
    const draft = planWith([ind({ name: 'Chỉ tiêu của bản nháp thứ nhất' })]);
    const first = await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ plan: draft }) });
    expect(first.statusCode).toBe(201);
    expect(await valuesOfA()).toEqual([expect.objectContaining({ name: 'Chỉ tiêu của bản nháp thứ nhất', status: 'draft', source: 'draft' })]);

    // Submitted at the same instant as the draft: the submission is the latest data.
    const doc = planDocx();
    const form = multipart({ plan: JSON.stringify(doc.plan), idempotencyKey: 'submit-source-1' }, { name: 'ke-hoach.docx', bytes: doc.bytes });
    expect((await t.as('submitterA', { method: 'POST', url: '/api/plans/mine/submit', ...form })).statusCode).toBe(201);
    const submitted = await valuesOfA();
    expect(doc.plan.indicators.length).toBeGreaterThan(0);
    expect(submitted.map((v) => v.name).sort()).toEqual(doc.plan.indicators.map((i) => i.name).sort());
    expect(new Set(submitted.map((v) => `${v.status}/${v.source}`))).toEqual(new Set(['submitted/submission']));

    // Returned: still the submission, until the agency syncs a newer draft.
    const planId = first.json().plan.id;
    const review = await t.as('reviewer', {
      method: 'POST',
      url: `/api/mst/plans/${planId}/review`,
      payload: { decision: 'return', comments: [{ section: 'P2.VI', comment: 'Bổ sung kinh phí' }] },
    });
    expect(review.statusCode).toBe(200);
    expect(new Set((await valuesOfA()).map((v) => `${v.status}/${v.source}`))).toEqual(new Set(['returned/submission']));

    t.clock.now = new Date(t.clock.now.getTime() + 3600_000);
    const redraft = planWith([ind({ name: 'Chỉ tiêu sau khi bị trả lại', target2026: '60%', target2026Value: 60 })]);
    const second = await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ plan: redraft, baseRevision: 1 }) });
    expect(second.statusCode).toBe(201);
    expect(await valuesOfA()).toEqual([
      expect.objectContaining({ name: 'Chỉ tiêu sau khi bị trả lại', target2026Value: 60, status: 'returned', source: 'draft' }),
    ]);
  });
});
