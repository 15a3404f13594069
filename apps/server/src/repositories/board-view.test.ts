import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, planRevisions, plans, submissions } from '../db/schema/index.js';
import { build, type TestApp } from '../test/helper.js';
import { boardView, type BoardViewQuery } from './board-view.js';

const reviewer = { userId: 1, role: 'mst_reviewer' as const, agencyId: null };

describe('board view: finding counts and search', () => {
  let t: TestApp;
  let q: (over: Partial<BoardViewQuery>) => BoardViewQuery;
  beforeAll(async () => {
    t = await build();
    q = (over) => ({ roundId: t.fixture.roundId, page: 1, pageSize: 50, sort: 'agency', dir: 'asc', ...over });
  });
  afterAll(() => t.close());

  it("counts a newer submission's own findings (ignored ones left out), else the synced revision's summary, and sorts by them", async () => {
    const db = t.database.db;
    const at = (min: number) => new Date(t.clock.now.getTime() + min * 60_000);
    const ags = await db
      .insert(agencies)
      .values(['A', 'B', 'C'].map((c) => ({ code: `FC-${c}`, name: `Cơ quan ${c}`, kind: 'province' as const })))
      .returning({ id: agencies.id });
    const ps = await db
      .insert(plans)
      .values(ags.map((a) => ({ roundId: t.fixture.roundId, agencyId: a.id, currentRevision: 1, completeness: 10, lastSyncedAt: at(0) })))
      .returning({ id: plans.id });
    const summaries = [
      { error: 7, warning: 0, info: 0 },
      { error: 5, warning: 4, info: 1 },
      { error: 9, warning: 9, info: 9 },
    ];
    await db.insert(planRevisions).values(
      ps.map((p, i) => ({
        planId: p.id,
        number: 1,
        baseRevision: 0,
        idempotencyKey: `k${i}`,
        sections: { rest: 'x', sections: [] },
        findingsSummary: summaries[i]!,
        completeness: 10,
        createdAt: at(0),
      })),
    );
    const finding = (severity: string, ignored = false) => ({ ruleId: 'R', severity, message: 'm', ...(ignored ? { ignored: { reason: 'lý do' } } : {}) });
    const submission = (planId: number, i: number, minutes: number, findings: object[]) => ({
      planId,
      receiptNumber: `FC-${i}`,
      idempotencyKey: `s${i}`,
      fileName: 'a.docx',
      docx: Buffer.from('PK'),
      sha256: 'x',
      size: 2,
      submittedAt: at(minutes),
      late: false,
      findings: findings as never,
      plan: {} as never,
      completeness: 10,
    });
    await db.insert(submissions).values([
      // B: submitted after its revision: its own findings count, the ignored error not.
      submission(ps[1]!.id, 1, 5, [finding('error'), finding('error', true), finding('warning'), finding('info'), finding('info')]),
      // C: a submission older than the synced revision: the revision's summary counts.
      submission(ps[2]!.id, 2, -5, [finding('error')]),
    ]);
    const rows = await boardView(db, reviewer, q({ sort: 'errors', dir: 'desc', q: 'FC-' }));
    expect(rows.map((r) => [r.code, r.errors, r.warnings, r.infos])).toEqual([
      ['FC-C', 9, 9, 9],
      ['FC-A', 7, 0, 0],
      ['FC-B', 1, 1, 2],
    ]);
    const byWarnings = await boardView(db, reviewer, q({ sort: 'warnings', dir: 'asc', q: 'FC-' }));
    expect(byWarnings.map((r) => r.code)).toEqual(['FC-A', 'FC-B', 'FC-C']);
    // The default order computes the same counts for the page's rows.
    const byAgency = await boardView(db, reviewer, q({ q: 'FC-' }));
    expect(byAgency.map((r) => [r.code, r.errors, r.warnings, r.infos])).toEqual([
      ['FC-A', 7, 0, 0],
      ['FC-B', 1, 1, 2],
      ['FC-C', 9, 9, 9],
    ]);
    expect(byAgency[0]!.total).toBe(3);
  });

  it('finds an agency added or renamed since the last search (the folded names are not kept stale)', async () => {
    const db = t.database.db;
    const codes = async (needle: string) => (await boardView(db, reviewer, q({ q: needle }))).map((r) => r.code);
    expect(await codes('quang ngai')).toEqual([]);
    const [added] = await db.insert(agencies).values({ code: 'QNG', name: 'Tỉnh Quảng Ngãi', kind: 'province' }).returning({ id: agencies.id });
    expect(await codes('quang ngai')).toEqual(['QNG']);
    await db.update(agencies).set({ name: 'Tỉnh Đắk Lắk' }).where(eq(agencies.id, added!.id));
    expect(await codes('quang ngai')).toEqual([]);
    expect(await codes('DAK LAK')).toEqual(['QNG']);
  });
});
