import type { AgencyKind } from '@cds/template/enums';
import { sql, type SQL } from 'drizzle-orm';
import type { Indicator, Task } from '@cds/plan';
import type { DbOrTx } from '../db/client.js';
import { plans, type PlanStatus } from '../db/schema/index.js';
import { ownedBy, type Actor } from './ownership.js';

/** The item lists of a plan that cross-agency views read. */
export interface PlanItemLists {
  indicators: Indicator;
  tasks: Task;
}
export type ItemList = keyof PlanItemLists;

/** One plan, and where its latest data comes from: the newer of its latest submission and its latest revision. */
export interface LatestPlanRef {
  planId: number;
  agency: { id: number; code: string; name: string; kind: AgencyKind };
  status: PlanStatus;
  source: 'submission' | 'draft';
}

/** One plan's items (only the asked fields), in the plan's order. */
export interface PlanItems<T> {
  plan: LatestPlanRef;
  items: T[];
}

/** Keyset position: plans are read in (agency kind, agency code) order. */
export interface PlanCursor {
  kind: AgencyKind;
  code: string;
}

export interface LatestItemsQuery<L extends ItemList, K extends keyof PlanItemLists[L]> {
  roundId: number;
  list: L;
  /** The item fields to read; nothing else of the plan leaves the database. */
  fields: readonly K[];
  /** Indicators only: keep those with this catalogue code. */
  code?: string | undefined;
}

interface Row {
  plan_id: number;
  status: PlanStatus;
  agency_id: number;
  code: string;
  name: string;
  kind: AgencyKind;
  use_sub: boolean;
  has_data: boolean;
  /** The item's asked fields, in order (null: the plan has no items, or is read whole). */
  f: unknown[] | null;
  /** The whole revision plan, only for the rare plan the database cannot unnest (see below). */
  whole: Record<string, unknown> | null;
  /** A section body's text (a revision stored as parts), only for the rare body the database cannot unnest. */
  part: string | null;
}

/**
 * PostgreSQL's json operators turn escaped strings into text, and refuse `\u0000`
 * and lone surrogates (which JSON.stringify writes as `\uXXXX`, and `json` columns
 * accept). A revision whose text holds no `\u` at all is safe to unnest; any other
 * (rare) revision is sent whole and unnested here, as before, so one odd character
 * cannot break MST's views for every agency.
 */
const ESCAPE = '\\u';

/** Block ids are stored relative to their section in section bodies: a view that needs them reads the revision whole. */
const ID_FIELDS = new Set(['blockId', 'labelBlockId', 'controlId', 'contentBlockIds']);

interface StatementQuery {
  roundId: number;
  list: ItemList;
  fields: readonly string[];
  code?: string | undefined;
}

/**
 * One statement: a page of the round's plans (agency kind, code order; keyset after
 * `after`, at most `limit`), each plan's latest data, and its items unnested by the
 * database (`json_to_recordset ... with ordinality`: each item parsed once, only the
 * asked fields kept, as json so values read back exactly as JSON.parse gives them).
 * Plans without items (or without data) still yield one row, so the keyset moves past
 * them. Every expression that reads a plan's JSON sits inside the per-plan lateral
 * subquery, so it is evaluated once per plan, not once per item row. A revision stored
 * as parts (since migration 0006) is read from its parts in the list's order, and only
 * the parts whose row count says they hold the asked list are parsed.
 */
function statement(actor: Actor, q: StatementQuery, after: PlanCursor | undefined, limit: number): SQL {
  const conds: SQL[] = [ownedBy(plans.agencyId, actor), sql`plans.round_id = ${q.roundId}::int`];
  if (after) conds.push(sql`(agencies.kind, agencies.code) > (${after.kind}::agency_kind, ${after.code}::text)`);
  const list = sql.raw(q.list === 'tasks' ? `'tasks'` : `'indicators'`);
  const byCode = q.list === 'indicators' && q.code ? q.code : undefined;
  const columns = [...new Set([...q.fields, ...(byCode ? ['code'] : [])])].map((f) => sql.identifier(f));
  const picked = sql.join(
    q.fields.map((f) => sql`e.${sql.identifier(f)}`),
    sql`, `,
  );
  const onlyCode = byCode ? sql`(e.code #>> '{}') = ${byCode}::text` : sql`true`;
  const recordset = sql.join(
    columns.map((c) => sql`${c} json`),
    sql`, `,
  );
  const holding = sql.raw(q.list === 'tasks' ? 'tasks' : 'indicators');
  return sql`
    with page as (
      select plans.id as plan_id, plans.status, plans.current_revision, agencies.id as agency_id, agencies.code, agencies.name, agencies.kind
      from plans join agencies on agencies.id = plans.agency_id
      where ${sql.join(conds, sql` and `)}
      order by agencies.kind, agencies.code
      limit ${limit}::int
    ), latest as (
      select page.*, r.plan as rev_plan, r.sections as rev_sections, s.plan as sub_plan,
        s.submitted_at is not null
          and (r.created_at is null or date_trunc('milliseconds', s.submitted_at) >= date_trunc('milliseconds', r.created_at)) as use_sub
      from page
      left join plan_revisions r on r.plan_id = page.plan_id and r.number = page.current_revision
      left join lateral (
        select x.plan, x.submitted_at from submissions x where x.plan_id = page.plan_id order by x.submitted_at desc, x.id desc limit 1
      ) s on true
    ), src as (
      select latest.*, coalesce(not use_sub and strpos(rev_plan::text, ${ESCAPE}::text) > 0, false) as unsafe,
        not use_sub and rev_plan is null and rev_sections is not null as by_parts
      from latest
    ), parts as (
      -- A revision stored as parts (migration 0006): the rest, then each section's body in
      -- the list's order, opening only the bodies that hold rows of this list.
      select src.plan_id, refs.pord, p.body
      from src
      cross join lateral (
        select 0::bigint as pord, src.rev_sections ->> 'rest' as hash
        union all
        select o.pord, o.ref ->> 'hash' from json_array_elements(src.rev_sections -> 'sections') with ordinality as o(ref, pord)
      ) refs
      join plan_section_bodies p on p.plan_id = src.plan_id and p.hash = refs.hash and p.${holding} > 0
      where src.by_parts
    )
    select src.plan_id, src.status, src.agency_id, src.code, src.name, src.kind, src.use_sub,
      src.use_sub or src.rev_plan is not null or src.rev_sections is not null as has_data, e.whole, e.part, e.f
    from src
    left join lateral (
      select json_build_array(${picked}) as f, null::json as whole, null::text as part, 0::bigint as pord, e.ord
      from rows from (
        json_to_recordset(case when src.use_sub then (src.sub_plan -> ${list})::json when not src.unsafe then src.rev_plan -> ${list} end)
          as (${recordset})
      ) with ordinality as e(${sql.join(columns, sql`, `)}, ord)
      where ${onlyCode}
      union all
      select null, src.rev_plan, null, 0, 0 where src.unsafe
      union all
      select json_build_array(${picked}), null, null, b.pord, e.ord
      from parts b
      cross join lateral rows from (
        json_to_recordset(case when strpos(b.body, ${ESCAPE}::text) = 0 then b.body::json -> ${list} end) as (${recordset})
      ) with ordinality as e(${sql.join(columns, sql`, `)}, ord)
      where b.plan_id = src.plan_id and ${onlyCode}
      union all
      select null, null, b.body, b.pord, 0 from parts b where b.plan_id = src.plan_id and strpos(b.body, ${ESCAPE}::text) > 0
    ) e on true
    order by src.kind, src.code, e.pord, e.ord`;
}

/**
 * Reads the round's plans page by page (`batchSize` plans a statement), each with its
 * latest data's items. Yields one array of plans per page; plans without data are left out.
 * The next page's statement is sent before this page's rows are turned into items and
 * handed on, so the database works while the caller does.
 */
export async function* latestPlanItems<L extends ItemList, K extends keyof PlanItemLists[L] & string>(
  db: DbOrTx,
  actor: Actor,
  q: LatestItemsQuery<L, K>,
  batchSize = 500,
): AsyncGenerator<PlanItems<Pick<PlanItemLists[L], K>>[]> {
  type Item = Pick<PlanItemLists[L], K>;
  const { fields } = q;
  const ids = fields.filter((f) => ID_FIELDS.has(f));
  if (ids.length) throw new Error(`latestPlanItems: ${ids.join(', ')} are relative to their section in stored parts; read the revision instead`);
  const toItem = (values: readonly unknown[]): Item => {
    const item: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) item[fields[i]!] = values[i];
    return item as Item;
  };
  const fromWhole = (whole: Record<string, unknown>): Item[] => {
    const all = (whole[q.list] ?? []) as Record<string, unknown>[];
    const kept = q.list === 'indicators' && q.code ? all.filter((i) => i.code === q.code) : all;
    return kept.map((i) => toItem(fields.map((f) => i[f])));
  };
  const fetch = async (after: PlanCursor | undefined) => ((await db.execute(statement(actor, q, after, batchSize))) as unknown as { rows: Row[] }).rows;

  let pending = fetch(undefined);
  for (;;) {
    const rows = await pending;
    let plansSeen = 0;
    for (let i = 0; i < rows.length; i++) if (i === 0 || rows[i]!.plan_id !== rows[i - 1]!.plan_id) plansSeen++;
    const last = rows.at(-1);
    const more = plansSeen === batchSize && last !== undefined;
    if (more) {
      pending = fetch({ kind: last.kind, code: last.code });
      pending.catch(() => {}); // awaited on the next turn; not unhandled if the caller stops first
    }
    const out: PlanItems<Item>[] = [];
    let current: PlanItems<Item> | undefined;
    let lastPlan: number | undefined;
    for (const r of rows) {
      if (r.plan_id !== lastPlan) {
        lastPlan = r.plan_id;
        current = undefined;
        if (!r.has_data) continue;
        current = {
          plan: {
            planId: r.plan_id,
            agency: { id: r.agency_id, code: r.code, name: r.name, kind: r.kind },
            status: r.status,
            source: r.use_sub ? 'submission' : 'draft',
          },
          items: r.whole ? fromWhole(r.whole) : [],
        };
        out.push(current);
      }
      if (current && r.f) current.items.push(toItem(r.f));
      if (current && r.part) current.items.push(...fromWhole(JSON.parse(r.part) as Record<string, unknown>));
    }
    if (out.length) yield out;
    if (!more) return;
  }
}
