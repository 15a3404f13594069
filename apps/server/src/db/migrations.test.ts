import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, recognize, sampleCatalog, type PlanData } from '@cds/plan';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { getTemplate } from '@cds/template';
import { plansRepository } from '../repositories/plans.js';
import { latestPlanItems } from '../repositories/latest-plan-items.js';
import type { Actor } from '../repositories/ownership.js';
import { prepareDraft, syncDraft } from '../services/draft-sync.js';
import { nextReceipt } from '../services/submission-store.js';
import { openUnmigratedTestDatabase } from '../test/database.js';
import { MIGRATIONS_DIR, type Database } from './client.js';

/** The migrations up to `last` (inclusive), as a folder of their own. */
function migrationsUpTo(last: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cds-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

/**
 * A database with no migrations, and the migrations up to `last` as a folder of their own,
 * opened before the describe's tests and removed after: `upToLast()` migrates it as the
 * older code would, `toLatest()` runs every migration on it.
 */
function unmigratedDatabase(last: number) {
  let database: Database;
  let old: string;
  beforeAll(async () => {
    database = await openUnmigratedTestDatabase();
    old = migrationsUpTo(last);
  });
  afterAll(async () => {
    await database.close();
    rmSync(old, { recursive: true, force: true });
  });
  const run = (folder: string) =>
    database.engine === 'pglite'
      ? migratePglite(database.db as never, { migrationsFolder: folder })
      : migratePg(database.db as never, { migrationsFolder: folder });
  return {
    get db() {
      return database.db;
    },
    upToLast: () => run(old),
    toLatest: () => run(MIGRATIONS_DIR),
  };
}

/**
 * Migration 0005 on a database that already has receipts (from the old sequence): they
 * keep their numbers, each year's counter continues after its highest, rounds get the
 * year of their deadline in Việt Nam, and agency codes stay as they were.
 */
describe('migration 0005 (receipt counters, round year, request hashes, agency codes)', () => {
  const database = unmigratedDatabase(4);
  const rows = async <T>(q: ReturnType<typeof sql>) => ((await database.db.execute(q)) as unknown as { rows: T[] }).rows;

  it('keeps existing receipts and continues each year after its highest number', async () => {
    await database.upToLast();
    await database.db.execute(sql`insert into agencies (code, name, kind) values ('01', 'Thành phố Hà Nội', 'province'), ('BO-YT', 'Bộ Y tế', 'central')`);
    await database.db.execute(
      sql`insert into rounds (name, template_version, opens_at, deadline) values ('Đợt 2026', 'mst-2026', '2026-02-01T00:00:00Z', '2026-12-31T20:00:00Z')`,
    );
    await database.db.execute(sql`insert into plans (round_id, agency_id, status) select r.id, a.id, 'submitted' from rounds r, agencies a`);
    await database.db
      .execute(sql`insert into submissions (plan_id, receipt_number, idempotency_key, file_name, docx, sha256, size, late, findings, plan, completeness)
      select p.id, case when a.code = '01' then 'BKHCN-2026-000007' else 'BKHCN-2025-000003' end, 'khoa-cu-' || p.id, 'a.docx', '\\x00'::bytea, 'h', 1, false, '[]', '{}', 0
      from plans p join agencies a on a.id = p.agency_id`);

    await database.toLatest();

    expect(await rows(sql`select receipt_number from submissions order by 1`)).toEqual([
      { receipt_number: 'BKHCN-2025-000003' },
      { receipt_number: 'BKHCN-2026-000007' },
    ]);
    expect(await rows(sql`select year, last from receipt_counters order by year`)).toEqual([
      { year: 2025, last: 3 },
      { year: 2026, last: 7 },
    ]);
    // 31/12/2026 20:00 UTC is 1/1/2027 in Việt Nam.
    expect(await rows(sql`select year from rounds`)).toEqual([{ year: 2027 }]);
    expect(await database.db.transaction((tx) => nextReceipt(tx, 2026))).toBe(8);
    expect(await database.db.transaction((tx) => nextReceipt(tx, 2030))).toBe(1);
    expect(await rows(sql`select count(*)::int as n from submissions where request_hash is null`)).toEqual([{ n: 2 }]);
  });
});

/**
 * Migration 0006 on a database made by the code before it: revisions stored whole keep
 * reading back exactly (the revision, MST's item views), and the next sync of such a
 * plan is stored as parts on top of them.
 */
describe('migration 0006 (revisions as lists of section hashes)', () => {
  const database = unmigratedDatabase(5);
  const template = getTemplate();
  const doc = buildCleanPlanModel({ size: { indicators: 6, taskRows: 4, projects2025: 1, extraParagraphs: 0 } });
  const plan: PlanData = extract(doc, recognize(doc, template), template, { catalog: sampleCatalog.entries });
  const mst: Actor = { userId: 0, role: 'mst_reviewer', agencyId: null };

  it('keeps every whole revision readable, and stores the next sync as parts', async () => {
    await database.upToLast();
    const { db } = database;
    await db.execute(sql`insert into agencies (code, name, kind) values ('01', 'Thành phố Hà Nội', 'province')`);
    await db.execute(
      sql`insert into rounds (name, year, template_version, opens_at, deadline) values ('Đợt 2026', 2026, 'mst-2026', '2026-02-01T00:00:00Z', '2026-12-31T10:00:00Z')`,
    );
    await db.execute(sql`insert into plans (round_id, agency_id, status, current_revision) select r.id, a.id, 'draft', 2 from rounds r, agencies a`);
    const second = structuredClone(plan);
    second.sections[1]!.text += '\nĐoạn bổ sung.';
    for (const [n, p] of [
      [1, plan],
      [2, second],
    ] as const)
      await db.execute(sql`insert into plan_revisions (plan_id, number, base_revision, idempotency_key, request_hash, plan, findings_summary, completeness)
        select id, ${n}::int, ${n - 1}::int, ${`cu-${n}`}::text, null, ${JSON.stringify(p)}::json, '{"error":0,"warning":0,"info":0}'::jsonb, 50 from plans`);

    await database.toLatest();

    const repo = plansRepository(db);
    const [{ id: planId, round_id: roundId, agency_id: agencyId }] = (
      (await db.execute(sql`select id, round_id, agency_id from plans`)) as unknown as { rows: { id: number; round_id: number; agency_id: number }[] }
    ).rows as [{ id: number; round_id: number; agency_id: number }];
    expect((await repo.revision(mst, planId, 1))!.plan).toStrictEqual(plan);
    expect((await repo.revision(mst, planId, 2))!.plan).toStrictEqual(second);
    const read = async () => {
      const out = [];
      for await (const page of latestPlanItems(db, mst, { roundId, list: 'indicators', fields: ['code', 'name'] })) out.push(...page);
      return out.map((p) => p.items);
    };
    const names = (p: PlanData) => p.indicators.map((i) => ({ code: i.code, name: i.name }));
    expect(await read()).toEqual([names(second)]);

    const third = structuredClone(second);
    third.indicators[0]!.name = 'Chỉ tiêu đã sửa sau khi nâng cấp';
    const [user] = (
      (await db.execute(
        sql`insert into users (email, name, password_hash, role, agency_id) values ('soan@hanoi.gov.vn', 'Người soạn', 'x', 'drafter', ${agencyId}::int) returning id`,
      )) as unknown as { rows: { id: number }[] }
    ).rows;
    const drafter: Actor = { userId: user!.id, role: 'drafter', agencyId };
    const body = { baseRevision: 2, idempotencyKey: 'moi-3', plan: third, findingsSummary: { error: 0, warning: 0, info: 0 }, completeness: 60 };
    const result = await syncDraft(db, repo, drafter, roundId, { ...body, prepared: prepareDraft(body) }, new Date('2026-03-01T00:00:00Z'));
    expect(result.kind).toBe('created');
    const rows = ((await db.execute(sql`select number, plan is null as by_parts from plan_revisions order by number`)) as unknown as { rows: unknown[] }).rows;
    expect(rows).toEqual([
      { number: 1, by_parts: false },
      { number: 2, by_parts: false },
      { number: 3, by_parts: true },
    ]);
    expect((await repo.revision(mst, planId, 3))!.plan).toStrictEqual(third);
    expect((await repo.revision(mst, planId, 2))!.plan).toStrictEqual(second);
    expect(await read()).toEqual([names(third)]);
  });
});
