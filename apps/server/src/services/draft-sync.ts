import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { DraftBody } from '../api/plans.js';
import { planRevisions, plans, type Plan, type PlanRevision } from '../db/schema/index.js';
import { recordAudit } from '../repositories/audit.js';
import type { Actor } from '../repositories/ownership.js';
import { revisionMeta, type PlansRepository, type RevisionMeta } from '../repositories/plans.js';

/** What a sync carries: the request body, as its schema defines it. */
export type DraftInput = DraftBody;

export type { RevisionMeta };

export type DraftResult =
  | { kind: 'created' | 'replayed'; plan: Plan; revision: RevisionMeta }
  /** The client's base is not the latest revision: it must merge with `current`. */
  | { kind: 'stale'; plan: Plan; current: PlanRevision | undefined }
  /** Submitted or accepted plans take no drafts until MST returns them. */
  | { kind: 'locked'; plan: Plan };

/**
 * Stores a new revision of the actor's plan. The plan row is locked for the whole
 * transaction, and the idempotency key is checked after taking the lock, so N
 * concurrent retries of one sync make exactly one revision (the others replay it).
 */
export async function syncDraft(db: Db, repo: PlansRepository, actor: Actor, roundId: number, input: DraftInput, now: Date): Promise<DraftResult> {
  return db.transaction(async (tx) => {
    const { plan, replay } = await repo.lockMine(tx, actor, roundId, input.idempotencyKey);
    if (replay) return { kind: 'replayed', plan, revision: replay };
    if (plan.status === 'submitted' || plan.status === 'accepted') return { kind: 'locked', plan };
    if (input.baseRevision !== plan.currentRevision) {
      const current = plan.currentRevision > 0 ? await repo.revision(actor, plan.id, plan.currentRevision, tx) : undefined;
      return { kind: 'stale', plan, current };
    }
    const number = plan.currentRevision + 1;
    const [revision] = await tx
      .insert(planRevisions)
      .values({
        planId: plan.id,
        number,
        baseRevision: input.baseRevision,
        idempotencyKey: input.idempotencyKey,
        plan: input.plan,
        findingsSummary: input.findingsSummary,
        completeness: input.completeness,
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning(revisionMeta);
    const [updated] = await tx
      .update(plans)
      .set({ currentRevision: number, completeness: input.completeness, lastSyncedAt: now })
      .where(eq(plans.id, plan.id))
      .returning();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'plan.draft_synced',
      entity: 'plan',
      entityId: String(plan.id),
      agencyId: plan.agencyId,
      details: { revision: number, baseRevision: input.baseRevision, completeness: input.completeness },
      createdAt: now,
    });
    return { kind: 'created', plan: updated!, revision: revision! };
  });
}
