import { and, asc, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { PlanData } from '@cds/plan';
import type { Db } from '../db/client.js';
import { agencies, planRevisions, plans, submissions, type PlanStatus } from '../db/schema/index.js';
import { ownedBy, type Actor } from './ownership.js';

export type BoardStatus = PlanStatus | 'not_started';

export interface BoardQuery {
  roundId: number;
  page: number;
  pageSize: number;
  status?: BoardStatus | undefined;
  kind?: 'province' | 'central' | undefined;
}

/** One plan's latest data: the newer of its latest submission and its latest revision. */
export interface LatestPlanData {
  planId: number;
  agency: { id: number; code: string; name: string; kind: 'province' | 'central' };
  status: PlanStatus;
  source: 'submission' | 'draft';
  plan: PlanData;
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
        db.select({ n: count() }).from(agencies).leftJoin(plans, join).where(and(...conds)),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    /** Latest data of every plan of a round (for per-indicator views and exports). */
    async latestData(actor: Actor, roundId: number): Promise<LatestPlanData[]> {
      const scope = and(ownedBy(plans.agencyId, actor), eq(plans.roundId, roundId));
      const agencyCols = { id: agencies.id, code: agencies.code, name: agencies.name, kind: agencies.kind };
      const [subs, revs] = await Promise.all([
        db
          .selectDistinctOn([submissions.planId], { planId: submissions.planId, at: submissions.submittedAt, plan: submissions.plan })
          .from(submissions)
          .innerJoin(plans, eq(plans.id, submissions.planId))
          .where(scope)
          .orderBy(submissions.planId, desc(submissions.submittedAt), desc(submissions.id)),
        db
          .select({ planId: plans.id, status: plans.status, agency: agencyCols, at: planRevisions.createdAt, plan: planRevisions.plan })
          .from(plans)
          .innerJoin(agencies, eq(agencies.id, plans.agencyId))
          .leftJoin(planRevisions, and(eq(planRevisions.planId, plans.id), eq(planRevisions.number, plans.currentRevision)))
          .where(scope)
          .orderBy(asc(agencies.kind), asc(agencies.code)),
      ]);
      const bySub = new Map(subs.map((s) => [s.planId, s]));
      const out: LatestPlanData[] = [];
      for (const r of revs) {
        const s = bySub.get(r.planId);
        const useSub = s && (!r.at || s.at >= r.at);
        const plan = useSub ? s.plan : r.plan;
        if (!plan) continue;
        out.push({ planId: r.planId, agency: r.agency, status: r.status, source: useSub ? 'submission' : 'draft', plan });
      }
      return out;
    },
  };
}
export type MstRepository = ReturnType<typeof mstRepository>;
