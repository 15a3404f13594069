import { sql } from 'drizzle-orm';
import { extract, recognize, sampleCatalog, splitPlan, type PlanData } from '@cds/plan';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { getTemplate } from '@cds/template';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, plans } from '../db/schema/index.js';
import { draftBody } from '../test/draft.js';
import { build, type TestApp } from '../test/helper.js';
import { syntheticPlan } from '../test/plan-data.js';
import type { LatestItemsQuery, PlanItemLists, PlanItems } from './latest-plan-items.js';
import type { Actor } from './ownership.js';

describe("mst.latestItems: plans' items unnested by the database", () => {
  let t: TestApp;
  let reviewer: Actor;
  beforeAll(async () => {
    t = await build();
    reviewer = { userId: t.fixture.userIds.reviewer, role: 'mst_reviewer', agencyId: null };
    const a = syntheticPlan(3_000, 'a');
    const b = syntheticPlan(1_500, 'b');
    for (const [who, plan] of [
      ['drafterA', a],
      ['drafterB', b],
    ] as const) {
      expect((await t.as(who, { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ plan }) })).statusCode).toBe(201);
    }
    // Plans without data, before, between and after the others (agency kind, then code).
    for (const [code, kind] of [
      ['00', 'province'],
      ['02', 'province'],
      ['BO-ZZ', 'central'],
    ] as const) {
      const [ag] = await t.app.db
        .insert(agencies)
        .values({ code, name: `Cơ quan ${code}`, kind })
        .returning();
      await t.app.db.insert(plans).values({ roundId: t.fixture.roundId, agencyId: ag!.id });
    }
  });
  afterAll(() => t.close());

  async function read<L extends keyof PlanItemLists, K extends keyof PlanItemLists[L] & string>(
    actor: Actor,
    q: Omit<LatestItemsQuery<L, K>, 'roundId'>,
    batchSize?: number,
  ) {
    const pages: PlanItems<Pick<PlanItemLists[L], K>>[][] = [];
    for await (const page of t.app.repos.mst.latestItems(actor, { roundId: t.fixture.roundId, ...q }, batchSize)) pages.push(page);
    return pages;
  }

  it("returns only the asked fields of each item, in the plan's order, plans in agency kind and code order", async () => {
    const [page, ...more] = await read(reviewer, { list: 'indicators', fields: ['name', 'target2026Value'] });
    expect(more).toEqual([]);
    expect(page!.map((p) => [p.plan.agency.code, p.plan.source, p.plan.status])).toEqual([
      ['01', 'draft', 'draft'],
      ['BO-YT', 'draft', 'draft'],
    ]);
    const expected = syntheticPlan(3_000, 'a').indicators.map((i) => ({ name: i.name, target2026Value: i.target2026Value }));
    expect(page![0]!.items).toEqual(expected);
    const tasks = await read(reviewer, { list: 'tasks', fields: ['name', 'amountVnd'] });
    expect(tasks[0]![1]!.items).toEqual(syntheticPlan(1_500, 'b').tasks.map((x) => ({ name: x.name, amountVnd: x.amountVnd })));
  });

  it('reads page by page with a keyset that moves past plans without data', async () => {
    const whole = (await read(reviewer, { list: 'tasks', fields: ['name'] })).flat();
    for (const size of [1, 2, 3]) {
      const pages = await read(reviewer, { list: 'tasks', fields: ['name'] }, size);
      expect(pages.every((p) => p.length <= size)).toBe(true);
      expect(pages.flat()).toEqual(whole);
    }
    expect(whole.map((p) => p.plan.agency.code)).toEqual(['01', 'BO-YT']);
  });

  it('keeps the ownership predicate: an agency user reads only its own plan, a user without an agency nothing', async () => {
    const drafterA: Actor = { userId: t.fixture.userIds.drafterA, role: 'drafter', agencyId: t.fixture.agencyA };
    const own = (await read(drafterA, { list: 'indicators', fields: ['code'] }, 1)).flat();
    expect(own.map((p) => p.plan.agency.code)).toEqual(['01']);
    expect(await read({ userId: 0, role: 'drafter', agencyId: null }, { list: 'indicators', fields: ['code'] })).toEqual([]);
  });

  it('filters indicators by code in the database', async () => {
    const [page] = await read(reviewer, { list: 'indicators', fields: ['code', 'name'], code: 'NQ03-11.1' });
    const a = syntheticPlan(3_000, 'a').indicators.filter((i) => i.code === 'NQ03-11.1');
    expect(page![0]!.items).toEqual(a.map((i) => ({ code: i.code, name: i.name })));
    expect(page!.every((p) => p.items.every((i) => i.code === 'NQ03-11.1'))).toBe(true);
  });

  it('refuses block id fields: inside stored parts they are relative to their section', async () => {
    await expect(read(reviewer, { list: 'tasks', fields: ['blockId'] })).rejects.toThrow(/relative/);
  });
});

describe('mst.latestItems on revisions stored as parts (migration 0006)', () => {
  let t: TestApp;
  let reviewer: Actor;
  const template = getTemplate();
  const doc = buildCleanPlanModel({ size: { indicators: 12, taskRows: 8, projects2025: 2, extraParagraphs: 1 } });
  const plan: PlanData = extract(doc, recognize(doc, template), template, { catalog: sampleCatalog.entries });
  const fields = ['code', 'name', 'target2026Value'] as const;
  const pick = (p: PlanData) => p.indicators.map((i) => ({ code: i.code, name: i.name, target2026Value: i.target2026Value }));
  const items = async () => {
    const out = [];
    for await (const page of t.app.repos.mst.latestItems(reviewer, { roundId: t.fixture.roundId, list: 'indicators', fields })) out.push(...page);
    return out;
  };
  beforeAll(async () => {
    t = await build();
    reviewer = { userId: t.fixture.userIds.reviewer, role: 'mst_reviewer', agencyId: null };
  });
  afterAll(() => t.close());

  it('reads the rest and each section body in the list’s order: the same items as the plan that was sent', async () => {
    // The rows must sit in section bodies for this to test anything.
    expect(splitPlan(plan).rest.indicators ?? []).toHaveLength(0);
    expect((await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ plan }) })).statusCode).toBe(201);
    const [a] = await items();
    expect(a!.plan.source).toBe('draft');
    expect(a!.items).toEqual(pick(plan));
    expect(a!.items.length).toBeGreaterThan(0);
  });

  it('follows a one-section edit, and reads a body the database cannot unnest (escaped text) whole, in its place', async () => {
    const next = structuredClone(plan);
    next.indicators[0]!.name = 'Tỷ lệ hồ sơ được số hoá, đã sửa';
    const res = await t.as('drafterA', { method: 'PUT', url: '/api/plans/mine/draft', payload: draftBody({ plan: next, baseRevision: 1 }) });
    expect(res.statusCode).toBe(201);
    expect((await items())[0]!.items).toEqual(pick(next));
    // A stored body holding a JSON escape (\u...) goes to the server whole and is parsed there.
    await t.app.db.execute(sql`update plan_section_bodies set body = replace(body, 'đã sửa', ${'\\u0111\\u00e3 s\\u1eeda'}) where indicators > 0`);
    const escaped = (await t.app.db.execute(sql`select count(*)::int as n from plan_section_bodies where strpos(body, '\\u') > 0`)) as unknown as {
      rows: unknown[];
    };
    expect(escaped.rows).toEqual([{ n: 1 }]);
    expect((await items())[0]!.items).toEqual(pick(next));
  });
});
