import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { planRevisions, type PlanRevision } from '../db/schema/index.js';
import { withPlan } from '../repositories/plans.js';

/**
 * Every stored revision (of one plan, or all), oldest first, each with its plan as the
 * server reads it back (rebuilt from its parts since migration 0006): for tests that
 * count and inspect what a client's syncs stored.
 */
export async function storedRevisions(db: DbOrTx, planId?: number): Promise<PlanRevision[]> {
  const rows = await db
    .select()
    .from(planRevisions)
    .where(planId === undefined ? undefined : eq(planRevisions.planId, planId))
    .orderBy(asc(planRevisions.planId), asc(planRevisions.number));
  return Promise.all(rows.map((r) => withPlan(db, r)));
}
