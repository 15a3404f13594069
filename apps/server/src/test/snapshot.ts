import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

/** Every table a request may write, row for row (bytes as hashes): equal before and after a refused request. */
const TABLES = [
  'agencies',
  'users',
  'sessions',
  'rounds',
  'catalog_entries',
  'catalog_assignments',
  'plans',
  'plan_revisions',
  'plan_section_bodies',
  'submissions',
  'reviews',
  'audit_log',
  'receipt_counters',
] as const;

export async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    // json columns compared as text, bytea as its md5: cheap and exact.
    const result = (await db.execute(sql.raw(`select md5(row_to_json(t)::text) as h from ${table} t order by 1`))) as unknown as { rows: { h: string }[] };
    out[table] = result.rows.map((r) => r.h);
  }
  return out;
}
