import { count, eq } from 'drizzle-orm';
import { extract, recognize, sampleCatalog, splitPlan, type PlanData } from '@cds/plan';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { getTemplate } from '@cds/template';
import type { SectionedDraftBody } from '@cds/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRevisions, planSectionBodies } from '../../../db/schema/index.js';
import { rowCounts } from '../../../test/counts.js';
import { build, type TestApp } from '../../../test/helper.js';

const template = getTemplate();
const doc = buildCleanPlanModel({ size: { indicators: 10, taskRows: 6, projects2025: 2, extraParagraphs: 1 } });
const basePlan: PlanData = extract(doc, recognize(doc, template), template, { catalog: sampleCatalog.entries });

let n = 0;
const key = () => `sections-key-${process.pid}-${++n}`;
const common = (baseRevision: number) => ({ baseRevision, idempotencyKey: key(), findingsSummary: { error: 0, warning: 1, info: 2 }, completeness: 60 });

/** The sectioned form as a client makes it: every hash, and the parts whose hash `known` (what the base revision held) lacks. */
function sectioned(plan: PlanData, baseRevision: number, known: ReadonlySet<string> = new Set()): SectionedDraftBody {
  const s = splitPlan(plan);
  return {
    ...common(baseRevision),
    sections: s.list,
    parts: { rest: known.has(s.list.rest) ? undefined : s.rest, bodies: [...s.bodies].filter(([h]) => !known.has(h)).map(([, b]) => b) },
  };
}
const hashesOf = (plan: PlanData) => new Set(splitPlan(plan).texts.keys());
/** The plan with one section's text changed. */
function edited(plan: PlanData, id: string, text: string): PlanData {
  const p = structuredClone(plan);
  p.sections.find((s) => s.id === id)!.text += `\n${text}`;
  return p;
}

describe('PUT /api/plans/mine/draft, sectioned', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  const put = (payload: object, account: 'drafterA' | 'submitterA' = 'drafterA') => t.as(account, { method: 'PUT', url: '/api/plans/mine/draft', payload });
  const mine = async () => {
    const r = await t.as('drafterA', { method: 'GET', url: '/api/plans/mine' });
    return r.json();
  };
  const bodies = async () => (await t.app.db.select({ n: count() }).from(planSectionBodies))[0]!.n;

  it('stores a first sectioned sync, and a one-section edit carries one body; each revision rebuilds to the plan that was sent', async () => {
    const first = await put(sectioned(basePlan, 0));
    expect(first.statusCode).toBe(201);
    expect((await mine()).latestRevision.plan).toStrictEqual(basePlan);
    const stored = await bodies();

    const next = edited(basePlan, 'P1.II.3', 'Bổ sung một đoạn về hạ tầng số.');
    const body = sectioned(next, 1, hashesOf(basePlan));
    expect(body.parts!.bodies).toHaveLength(1);
    expect(body.parts!.rest).toBeUndefined();
    expect(JSON.stringify(body).length).toBeLessThan(JSON.stringify(basePlan).length / 4);
    const second = await put(body, 'submitterA');
    expect(second.statusCode).toBe(201);
    expect(second.json().revision).toMatchObject({ number: 2, baseRevision: 1 });
    expect(await bodies()).toBe(stored + 1);
    expect((await mine()).latestRevision.plan).toStrictEqual(next);
    // The revision row holds its list of hashes, not the plan.
    const [row] = await t.app.db.select().from(planRevisions).where(eq(planRevisions.number, 2));
    expect(row!.plan).toBeNull();
    expect(row!.sections).toEqual(body.sections);
  });

  it('refuses a part it does not hold with 409 SECTIONS_MISSING, the missing hashes and a Vietnamese message, storing nothing', async () => {
    const { plan } = await mine();
    const before = { ...(await rowCounts(t.app.db)), bodies: await bodies() };
    const next = edited(basePlan, 'P2.I', 'Một mục tiêu mới.');
    const body = sectioned(next, plan.currentRevision, hashesOf(next)); // claims the server has every part
    const res = await put(body);
    expect(res.statusCode).toBe(409);
    const changed = splitPlan(next)
      .list.sections.map((s) => s.hash)
      .filter((h) => !hashesOf(basePlan).has(h));
    expect(res.json()).toMatchObject({ code: 'SECTIONS_MISSING', missing: changed, currentRevision: plan.currentRevision });
    expect(res.json().message).toMatch(/Máy chủ chưa có nội dung của một số mục/);
    expect({ ...(await rowCounts(t.app.db)), bodies: await bodies() }).toEqual(before);

    // The whole plan, with the same key, then goes through.
    const whole = await put({ ...common(plan.currentRevision), idempotencyKey: body.idempotencyKey, plan: next });
    expect(whole.statusCode).toBe(201);
    expect((await mine()).latestRevision.plan).toStrictEqual(next);
  });

  it('does not take a body the list does not name, nor a section body named as the rest', async () => {
    const { plan, latestRevision } = await mine();
    const current: PlanData = latestRevision.plan;
    const next = edited(current, 'P2.II', 'Thêm một chỉ tiêu mô tả.');
    const s = splitPlan(next);
    const stray = splitPlan(edited(current, 'P2.III', 'Không được liệt kê.'));
    const [changed] = [...s.bodies].filter(([h]) => !hashesOf(current).has(h));
    const posing = { ...common(plan.currentRevision), sections: { ...s.list, rest: changed![0] }, parts: { bodies: [changed![1]] } };
    const res = await put(posing);
    expect(res.statusCode).toBe(409);
    expect(res.json().missing).toContain(changed![0]);

    const before = await bodies();
    const withStray = sectioned(next, plan.currentRevision, hashesOf(current));
    withStray.parts!.bodies.push(...[...stray.bodies].filter(([h]) => !hashesOf(current).has(h)).map(([, b]) => b));
    expect((await put(withStray)).statusCode).toBe(201);
    expect(await bodies()).toBe(before + 1);
  });

  it('replays a retry with the same key in either form, and refuses the key with other content (422)', async () => {
    const { plan, latestRevision } = await mine();
    const next = edited(latestRevision.plan, 'P2.IV', 'Giải pháp bổ sung.');
    const body = sectioned(next, plan.currentRevision, hashesOf(latestRevision.plan));
    const first = await put(body);
    expect(first.statusCode).toBe(201);
    const again = await put(body, 'submitterA');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, revision: first.json().revision });
    const whole = await put({ ...common(body.baseRevision), idempotencyKey: body.idempotencyKey, plan: next });
    expect(whole.statusCode).toBe(200);
    expect(whole.json().revision).toEqual(first.json().revision);
    const other = await put({ ...body, sections: splitPlan(edited(next, 'P2.V', 'khác')).list });
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('lets exactly one of two clients racing on one base win; the other gets 409 STALE_REVISION with the winner’s plan', async () => {
    const { plan, latestRevision } = await mine();
    const known = hashesOf(latestRevision.plan);
    const a = edited(latestRevision.plan, 'P1.I', 'Bản của máy A.');
    const b = edited(latestRevision.plan, 'P1.I', 'Bản của máy B.');
    const before = await rowCounts(t.app.db);
    const results = await Promise.all([put(sectioned(a, plan.currentRevision, known)), put(sectioned(b, plan.currentRevision, known), 'submitterA')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const lost = results.find((r) => r.statusCode === 409)!.json();
    expect(lost.code).toBe('STALE_REVISION');
    const winner = results[0]!.statusCode === 201 ? a : b;
    expect(lost.current.plan).toStrictEqual(winner);
    expect((await rowCounts(t.app.db)).revisions).toBe(before.revisions + 1);
  });

  it('refuses neither form and both forms with 400 and a Vietnamese message', async () => {
    const { plan } = await mine();
    const neither = await put(common(plan.currentRevision));
    expect(neither.statusCode).toBe(400);
    expect(neither.json().issues.map((i: { message: string }) => i.message)).toContain(
      'Bản nháp phải được gửi theo đúng một trong hai dạng: toàn bộ kế hoạch ("plan"), hoặc theo mục ("sections" kèm "parts").',
    );
    const both = await put({ ...sectioned(basePlan, plan.currentRevision), plan: basePlan });
    expect(both.statusCode).toBe(400);
  });

  it('checks carried sections against the round’s template', async () => {
    const { plan, latestRevision } = await mine();
    const next = structuredClone(latestRevision.plan as PlanData);
    next.sections[3]!.id = 'P9.IX';
    const res = await put(sectioned(next, plan.currentRevision, hashesOf(latestRevision.plan)));
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toMatch(/^body\.parts/);
  });
});
