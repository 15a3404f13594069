import type { BoardSort } from '@cds/api';
import type { AgencyKind } from '@cds/template/enums';
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { agencies } from '../db/schema/index.js';
import type { BoardStatus } from './mst.js';
import { ownedBy, type Actor } from './ownership.js';

export interface BoardViewQuery {
  roundId: number;
  page: number;
  pageSize: number;
  status?: BoardStatus | undefined;
  kind?: AgencyKind | undefined;
  q?: string | undefined;
  late?: boolean | undefined;
  sort: BoardSort;
  dir: 'asc' | 'desc';
}

export interface BoardViewRow {
  agency_id: number;
  code: string;
  name: string;
  kind: AgencyKind;
  plan_id: number | null;
  status: BoardStatus;
  completeness: number;
  current_revision: number;
  errors: number;
  warnings: number;
  infos: number;
  last_synced_at: Date | string | null;
  submitted_at: Date | string | null;
  late: boolean;
  total: number;
}

/** Vietnamese letters with their base letter, lower and upper case: search ignores accents and case in either engine. */
const ACCENTED = 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ';
const BASE = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';
const FROM = ACCENTED + ACCENTED.toUpperCase() + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const TO = BASE + BASE + 'abcdefghijklmnopqrstuvwxyz';
const FOLD = new Map([...FROM].map((c, i) => [c, TO[i]!]));
export const foldForSearch = (s: string) => [...s.normalize('NFC')].map((c) => FOLD.get(c) ?? c).join('');

interface FoldedAgencies {
  /** Which agency list this is: its count, highest id and latest update. */
  version: string;
  rows: { id: number; name: string; code: string }[];
}
const foldedByDb = new WeakMap<object, FoldedAgencies>();

/**
 * The agencies whose name or code contains `needle` (already folded). Folding every
 * name in the database is slow on PGlite, so the list is folded here, once per version
 * of the agencies table (count, highest id, latest updated_at: an agency added,
 * removed or renamed through the app makes a new version), and kept per database.
 */
async function agenciesMatching(db: DbOrTx, needle: string): Promise<number[]> {
  const v = (await db.execute(
    sql`select count(*)::int as n, coalesce(max(id), 0)::int as m, coalesce(max(updated_at)::text, '') as u from agencies`,
  )) as unknown as { rows: { n: number; m: number; u: string }[] };
  const version = JSON.stringify(v.rows[0]);
  let folded = foldedByDb.get(db);
  if (folded?.version !== version) {
    const all = (await db.execute(sql`select id, code, name from agencies`)) as unknown as { rows: { id: number; code: string; name: string }[] };
    folded = { version, rows: all.rows.map((a) => ({ id: a.id, name: foldForSearch(a.name), code: foldForSearch(a.code) })) };
    foldedByDb.set(db, folded);
  }
  return folded.rows.filter((a) => a.name.includes(needle) || a.code.includes(needle)).map((a) => a.id);
}

const STATUS_ORDER = sql`case coalesce(b.status::text, 'not_started') when 'not_started' then 0 when 'draft' then 1 when 'returned' then 2 when 'submitted' then 3 else 4 end`;

const SORTS: Record<BoardSort, SQL> = {
  agency: sql`b.kind, b.code`,
  status: STATUS_ORDER,
  completeness: sql`coalesce(b.completeness, 0)`,
  errors: sql`f.errors`,
  warnings: sql`f.warnings`,
  lastSyncedAt: sql`b.last_synced_at`,
  submittedAt: sql`b.submitted_at`,
};

/**
 * One page of the board, sorted and filtered in the database, with each plan's finding
 * counts from its latest data: the last submission's own findings when it is newer than
 * the last synced revision, else the counts the add-in synced with that revision.
 */
export async function boardView(db: DbOrTx, actor: Actor, q: BoardViewQuery): Promise<BoardViewRow[]> {
  const { page, count } = await boardViewSql(db, actor, q);
  const [result, counted] = await Promise.all([db.execute(page), db.execute(count)]);
  const total = (counted as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
  return (result as unknown as { rows: Omit<BoardViewRow, 'total'>[] }).rows.map((r) => ({ ...r, total }));
}

/** The board's two statements, the page and the count of its filter (exported for the benchmark's EXPLAIN ANALYZE). */
export async function boardViewSql(db: DbOrTx, actor: Actor, q: BoardViewQuery): Promise<{ page: SQL; count: SQL }> {
  const conds: SQL[] = [ownedBy(agencies.id, actor)];
  if (q.status === 'not_started') conds.push(sql`p.id is null`);
  else if (q.status) conds.push(sql`p.status = ${q.status}::plan_status`);
  if (q.kind) conds.push(sql`agencies.kind = ${q.kind}::agency_kind`);
  if (q.late !== undefined) conds.push(q.late ? sql`p.late` : sql`not coalesce(p.late, false)`);
  if (q.q) {
    const ids = await agenciesMatching(db, foldForSearch(q.q));
    conds.push(
      ids.length
        ? sql`agencies.id in (${sql.join(
            ids.map((id) => sql`${id}::int`),
            sql`, `,
          )})`
        : sql`false`,
    );
  }
  const dir = sql.raw(q.dir === 'desc' ? 'desc nulls last' : 'asc nulls last');
  const byFindings = q.sort === 'errors' || q.sort === 'warnings';
  const order = q.sort === 'agency' ? sql`b.kind ${dir}, b.code ${dir}` : sql`${SORTS[q.sort]} ${dir}, b.kind, b.code`;
  const limit = sql`limit ${q.pageSize}::int offset ${(q.page - 1) * q.pageSize}::int`;
  // The finding counts read JSON: computed for the page's rows only, unless the sort is by them.
  const findings = sql`
    left join lateral (
      select s.findings, s.submitted_at from submissions s where s.plan_id = b.plan_id order by s.submitted_at desc, s.id desc limit 1
    ) s on b.plan_id is not null
    left join plan_revisions r on r.plan_id = b.plan_id and r.number = b.current_revision
    cross join lateral (
      select
        case when s.submitted_at is not null and (r.created_at is null or s.submitted_at >= r.created_at)
          then (select count(*) from jsonb_array_elements(s.findings) x where x->>'severity' = 'error' and x->'ignored' is null)
          else coalesce((r.findings_summary->>'error')::int, 0) end as errors,
        case when s.submitted_at is not null and (r.created_at is null or s.submitted_at >= r.created_at)
          then (select count(*) from jsonb_array_elements(s.findings) x where x->>'severity' = 'warning' and x->'ignored' is null)
          else coalesce((r.findings_summary->>'warning')::int, 0) end as warnings,
        case when s.submitted_at is not null and (r.created_at is null or s.submitted_at >= r.created_at)
          then (select count(*) from jsonb_array_elements(s.findings) x where x->>'severity' = 'info' and x->'ignored' is null)
          else coalesce((r.findings_summary->>'info')::int, 0) end as infos
    ) f`;
  const base = sql`
    select agencies.id as agency_id, agencies.code, agencies.name, agencies.kind,
      p.id as plan_id, p.status, p.completeness, p.current_revision, p.last_synced_at, p.submitted_at, p.late
    from agencies
    left join plans p on p.agency_id = agencies.id and p.round_id = ${q.roundId}::int
    where ${sql.join(conds, sql` and `)}`;
  const pageOf = byFindings
    ? sql`select b.* from (${base}) b ${findings} order by ${order} ${limit}`
    : sql`select b.* from (${base}) b order by ${order} ${limit}`;
  return {
    page: sql`
      select b.agency_id, b.code, b.name, b.kind, b.plan_id, coalesce(b.status::text, 'not_started') as status,
        coalesce(b.completeness, 0)::int as completeness, coalesce(b.current_revision, 0)::int as current_revision,
        f.errors::int as errors, f.warnings::int as warnings, f.infos::int as infos,
        b.last_synced_at, b.submitted_at, coalesce(b.late, false) as late
      from (${pageOf}) b
      ${findings}
      order by ${order}`,
    count: sql`select count(*)::int as n from (${base}) b`,
  };
}

export interface BoardTotalsRow {
  agencies: number;
  not_started: number;
  draft: number;
  submitted: number;
  returned: number;
  accepted: number;
  ever_submitted: number;
  late: number;
  last_synced_at: Date | string | null;
}

/** The counts at the top of the board: by status, submitted at least once, late, and the newest sync. */
export async function boardTotals(db: DbOrTx, actor: Actor, roundId: number): Promise<BoardTotalsRow> {
  const result = await db.execute(sql`
    select count(*)::int as agencies,
      count(*) filter (where p.id is null)::int as not_started,
      count(*) filter (where p.status = 'draft')::int as draft,
      count(*) filter (where p.status = 'submitted')::int as submitted,
      count(*) filter (where p.status = 'returned')::int as returned,
      count(*) filter (where p.status = 'accepted')::int as accepted,
      count(*) filter (where p.submitted_at is not null)::int as ever_submitted,
      count(*) filter (where p.late)::int as late,
      max(p.last_synced_at) as last_synced_at
    from agencies left join plans p on p.agency_id = agencies.id and p.round_id = ${roundId}::int
    where ${ownedBy(agencies.id, actor)}`);
  return (result as unknown as { rows: BoardTotalsRow[] }).rows[0]!;
}
