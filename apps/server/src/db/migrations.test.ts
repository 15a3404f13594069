import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * Migration 0005 on a database that already has receipts (from the old sequence): they
 * keep their numbers, each year's counter continues after its highest, rounds get the
 * year of their deadline in Việt Nam, and agency codes stay as they were.
 */
describe('migration 0005 (receipt counters, round year, request hashes, agency codes)', () => {
  let database: Database;
  let old: string;
  beforeAll(async () => {
    database = await openUnmigratedTestDatabase();
    old = migrationsUpTo(4);
  });
  afterAll(async () => {
    await database.close();
    rmSync(old, { recursive: true, force: true });
  });

  const run = (folder: string) =>
    database.engine === 'pglite'
      ? migratePglite(database.db as never, { migrationsFolder: folder })
      : migratePg(database.db as never, { migrationsFolder: folder });
  const rows = async <T>(q: ReturnType<typeof sql>) => ((await database.db.execute(q)) as unknown as { rows: T[] }).rows;

  it('keeps existing receipts and continues each year after its highest number', async () => {
    await run(old);
    await database.db.execute(sql`insert into agencies (code, name, kind) values ('01', 'Thành phố Hà Nội', 'province'), ('BO-YT', 'Bộ Y tế', 'central')`);
    await database.db.execute(
      sql`insert into rounds (name, template_version, opens_at, deadline) values ('Đợt 2026', 'mst-2026', '2026-02-01T00:00:00Z', '2026-12-31T20:00:00Z')`,
    );
    await database.db.execute(sql`insert into plans (round_id, agency_id, status) select r.id, a.id, 'submitted' from rounds r, agencies a`);
    await database.db
      .execute(sql`insert into submissions (plan_id, receipt_number, idempotency_key, file_name, docx, sha256, size, late, findings, plan, completeness)
      select p.id, case when a.code = '01' then 'BKHCN-2026-000007' else 'BKHCN-2025-000003' end, 'khoa-cu-' || p.id, 'a.docx', '\\x00'::bytea, 'h', 1, false, '[]', '{}', 0
      from plans p join agencies a on a.id = p.agency_id`);

    await run(MIGRATIONS_DIR);

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
