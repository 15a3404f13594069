import type { AgencyKind } from '@cds/template/enums';
import { and, asc, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PlanData } from '@cds/plan';
import type { Db } from '../db/client.js';
import { agencies, plans, submissions, type PlanStatus } from '../db/schema/index.js';
import { boardTotals, boardView, type BoardViewQuery } from './board-view.js';
import { latestPlanItems, type ItemList, type LatestItemsQuery, type PlanItemLists } from './latest-plan-items.js';
import { ownedBy, type Actor } from './ownership.js';

export type BoardStatus = PlanStatus | 'not_started';

export interface BoardQuery {
  roundId: number;
  page: number;
  pageSize: number;
  status?: BoardStatus | undefined;
  kind?: AgencyKind | undefined;
}

/** MST's cross-agency reads, scoped by the ownership predicate on the agency id. */
export function mstRepository(db: Db) {
  return {
    /** The status board: every agency, with its plan in the round if it has one. */
    async board(actor: Actor, q: BoardQuery) {
      const conds: SQL[] = [ownedBy(agencies.id, actor)];
      if (q.status === 'not_started') conds.push(isNull(plans.id));
      else if (q.status) conds.push(eq(plans.status, q.status));
      if (q.kind) conds.push(eq(agencies.kind, q.kind));
      const join = and(eq(plans.agencyId, agencies.id), eq(plans.roundId, q.roundId));
      const [rows, [total]] = await Promise.all([
        db
          .select({ agency: { id: agencies.id, code: agencies.code, name: agencies.name, kind: agencies.kind }, plan: plans })
          .from(agencies)
          .leftJoin(plans, join)
          .where(and(...conds))
          .orderBy(asc(agencies.kind), asc(agencies.code))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db
          .select({ n: count() })
          .from(agencies)
          .leftJoin(plans, join)
          .where(and(...conds)),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    /** One submission of a plan with the data the server extracted from it. */
    async submissionPlan(
      actor: Actor,
      planId: number,
      submissionId: number,
    ): Promise<{ receiptNumber: string; submittedAt: Date; plan: PlanData } | undefined> {
      const [row] = await db
        .select({ receiptNumber: submissions.receiptNumber, submittedAt: submissions.submittedAt, plan: submissions.plan })
        .from(submissions)
        .innerJoin(plans, eq(plans.id, submissions.planId))
        .where(and(eq(submissions.id, submissionId), eq(submissions.planId, planId), ownedBy(plans.agencyId, actor)));
      return row;
    },

    /** The round's submitted files: each plan's latest submission (no bytes), in agency kind and code order. */
    async latestSubmissions(
      actor: Actor,
      roundId: number,
    ): Promise<{ id: number; fileName: string; agencyCode: string; agencyName: string; receiptNumber: string }[]> {
      const result = await db.execute(sql`
        select distinct on (agencies.kind, agencies.code) s.id, s.file_name as "fileName", s.receipt_number as "receiptNumber",
          agencies.code as "agencyCode", agencies.name as "agencyName"
        from submissions s join plans on plans.id = s.plan_id join agencies on agencies.id = plans.agency_id
        where plans.round_id = ${roundId}::int and ${ownedBy(plans.agencyId, actor)}
        order by agencies.kind, agencies.code, s.submitted_at desc, s.id desc`);
      return (result as unknown as { rows: { id: number; fileName: string; agencyCode: string; agencyName: string; receiptNumber: string }[] }).rows;
    },

    /** The board as the dashboard shows it: sorted, searched, with finding counts (see board-view.ts). */
    boardView: (actor: Actor, q: BoardViewQuery) => boardView(db, actor, q),
    /** The board's totals by status, late, and the newest sync. */
    boardTotals: (actor: Actor, roundId: number) => boardTotals(db, actor, roundId),

    /**
     * Each plan's latest data (the newer of its latest submission and its latest
     * revision) as the asked fields of its indicators or tasks, unnested by the
     * database; yields `batchSize` plans at a time, in agency kind and code order.
     */
    latestItems<L extends ItemList, K extends keyof PlanItemLists[L] & string>(actor: Actor, q: LatestItemsQuery<L, K>, batchSize?: number) {
      return latestPlanItems(db, actor, q, batchSize);
    },
  };
}
export type MstRepository = ReturnType<typeof mstRepository>;
