import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { plans, reviews, type Plan, type Review, type SectionComment } from '../db/schema/index.js';
import { recordAudit } from '../repositories/audit.js';
import type { Actor } from '../repositories/ownership.js';
import type { PlansRepository } from '../repositories/plans.js';

export interface ReviewInput {
  decision: 'accept' | 'return';
  summary: string;
  comments: SectionComment[];
}

export type ReviewResult =
  | { kind: 'ok'; plan: Plan; review: Review }
  | { kind: 'not_found' }
  /** Only a submitted plan awaiting review can be accepted or returned. */
  | { kind: 'not_reviewable'; plan: Plan };

/** Records MST's decision on the latest submission and moves the plan to accepted or returned. */
export async function reviewPlan(db: Db, repo: PlansRepository, actor: Actor, planId: number, input: ReviewInput, now: Date): Promise<ReviewResult> {
  return db.transaction(async (tx) => {
    const plan = await repo.lockById(tx, actor, planId);
    if (!plan) return { kind: 'not_found' };
    const [latest] = await repo.submissions(actor, planId, tx);
    if (plan.status !== 'submitted' || !latest) return { kind: 'not_reviewable', plan };
    const [review] = await tx
      .insert(reviews)
      .values({
        planId,
        submissionId: latest.id,
        reviewerId: actor.userId,
        decision: input.decision,
        summary: input.summary,
        comments: input.comments,
        createdAt: now,
      })
      .returning();
    const status = input.decision === 'accept' ? 'accepted' : 'returned';
    const [updated] = await tx.update(plans).set({ status }).where(eq(plans.id, planId)).returning();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: `plan.${status}`,
      entity: 'plan',
      entityId: String(planId),
      agencyId: plan.agencyId,
      details: { reviewId: review!.id, submissionId: latest.id, comments: input.comments.length },
      createdAt: now,
    });
    return { kind: 'ok', plan: updated!, review: review! };
  });
}
