import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../db/client.js';
import { planRevisions, plans, reviews, submissions, type Plan, type PlanRevision } from '../db/schema/index.js';
import { ownedBy, type Actor } from './ownership.js';

/** Revision metadata (without the plan JSON), for lists. */
export const revisionMeta = {
  id: planRevisions.id,
  number: planRevisions.number,
  baseRevision: planRevisions.baseRevision,
  idempotencyKey: planRevisions.idempotencyKey,
  completeness: planRevisions.completeness,
  findingsSummary: planRevisions.findingsSummary,
  createdBy: planRevisions.createdBy,
  createdAt: planRevisions.createdAt,
};

export type RevisionMeta = Pick<PlanRevision, keyof typeof revisionMeta>;

/** Submission metadata (without the .docx bytes). */
export const submissionMeta = {
  id: submissions.id,
  planId: submissions.planId,
  receiptNumber: submissions.receiptNumber,
  fileName: submissions.fileName,
  sha256: submissions.sha256,
  size: submissions.size,
  submittedAt: submissions.submittedAt,
  late: submissions.late,
  completeness: submissions.completeness,
  submittedBy: submissions.submittedBy,
};

/**
 * Plans and their history. Every read is scoped by `ownedBy(plans.agency_id, actor)`:
 * the `scoped` helper below is the only way this repository builds a WHERE clause on plans.
 */
export function plansRepository(db: Db) {
  const scoped = (actor: Actor, ...conds: SQL[]) => and(ownedBy(plans.agencyId, actor), ...conds);

  return {
    /** The actor's own plan in a round (agency users only; MST staff have none). */
    async mine(actor: Actor, roundId: number): Promise<Plan | undefined> {
      if (actor.agencyId == null) return undefined;
      const [p] = await db.select().from(plans).where(scoped(actor, eq(plans.roundId, roundId), eq(plans.agencyId, actor.agencyId)));
      return p;
    },
    async byId(actor: Actor, id: number): Promise<Plan | undefined> {
      const [p] = await db.select().from(plans).where(scoped(actor, eq(plans.id, id)));
      return p;
    },
    /**
     * Finds or creates the actor's plan in a round and locks its row until the
     * transaction ends: concurrent syncs and submissions of one plan run one at a time.
     * With `key`, also returns the revision stored under that idempotency key. That
     * lookup is a separate statement AFTER the lock: under READ COMMITTED it then sees
     * whatever the transaction we waited for committed (a join in the locking
     * statement would read the older snapshot and miss it).
     */
    async lockMine(tx: Tx, actor: Actor, roundId: number, key?: string): Promise<{ plan: Plan; replay: RevisionMeta | undefined }> {
      if (actor.agencyId == null) throw new Error('lockMine needs an agency user');
      const where = scoped(actor, eq(plans.roundId, roundId), eq(plans.agencyId, actor.agencyId));
      let [plan] = await tx.select().from(plans).where(where).for('update');
      if (!plan) {
        await tx.insert(plans).values({ roundId, agencyId: actor.agencyId }).onConflictDoNothing({ target: [plans.roundId, plans.agencyId] });
        [plan] = await tx.select().from(plans).where(where).for('update');
      }
      if (!key) return { plan: plan!, replay: undefined };
      const [replay] = await tx
        .select(revisionMeta)
        .from(planRevisions)
        .innerJoin(plans, eq(plans.id, planRevisions.planId))
        .where(scoped(actor, eq(planRevisions.planId, plan!.id), eq(planRevisions.idempotencyKey, key)));
      return { plan: plan!, replay };
    },
    /** Locks a plan the actor may read, by id (reviews). */
    async lockById(tx: Tx, actor: Actor, id: number): Promise<Plan | undefined> {
      const [p] = await tx.select().from(plans).where(scoped(actor, eq(plans.id, id))).for('update');
      return p;
    },
    /** A revision of a plan the actor may read (with its plan JSON). */
    async revision(actor: Actor, planId: number, number: number, tx: DbOrTx = db): Promise<PlanRevision | undefined> {
      const [r] = await tx
        .select({ revision: planRevisions })
        .from(planRevisions)
        .innerJoin(plans, eq(plans.id, planRevisions.planId))
        .where(scoped(actor, eq(planRevisions.planId, planId), eq(planRevisions.number, number)));
      return r?.revision;
    },
    async submissionByKey(actor: Actor, planId: number, key: string, tx: DbOrTx = db) {
      const [r] = await tx
        .select(submissionMeta)
        .from(submissions)
        .innerJoin(plans, eq(plans.id, submissions.planId))
        .where(scoped(actor, eq(submissions.planId, planId), eq(submissions.idempotencyKey, key)));
      return r;
    },
    async revisions(actor: Actor, planId: number) {
      return db
        .select(revisionMeta)
        .from(planRevisions)
        .innerJoin(plans, eq(plans.id, planRevisions.planId))
        .where(scoped(actor, eq(planRevisions.planId, planId)))
        .orderBy(asc(planRevisions.number));
    },
    async submissions(actor: Actor, planId: number, tx: DbOrTx = db) {
      return tx
        .select({ ...submissionMeta, findings: submissions.findings })
        .from(submissions)
        .innerJoin(plans, eq(plans.id, submissions.planId))
        .where(scoped(actor, eq(submissions.planId, planId)))
        .orderBy(desc(submissions.submittedAt), desc(submissions.id));
    },
    async reviews(actor: Actor, planId: number) {
      return db
        .select({ review: reviews })
        .from(reviews)
        .innerJoin(plans, eq(plans.id, reviews.planId))
        .where(scoped(actor, eq(reviews.planId, planId)))
        .orderBy(desc(reviews.createdAt), desc(reviews.id))
        .then((rows) => rows.map((r) => r.review));
    },
    /** A submission with its bytes, when the actor may read it. */
    async submissionFile(actor: Actor, id: number) {
      const [r] = await db
        .select({ fileName: submissions.fileName, docx: submissions.docx, sha256: submissions.sha256 })
        .from(submissions)
        .innerJoin(plans, eq(plans.id, submissions.planId))
        .where(scoped(actor, eq(submissions.id, id)));
      return r;
    },
  };
}
export type PlansRepository = ReturnType<typeof plansRepository>;
