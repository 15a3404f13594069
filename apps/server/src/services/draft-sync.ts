import type { Db } from '../db/client.js';
import type { DraftBody } from '@cds/api';
import type { Plan, PlanRevision } from '../db/schema/index.js';
import type { Actor } from '../repositories/ownership.js';
import type { PlansRepository, RevisionMeta } from '../repositories/plans.js';
import { sameRequest } from './request-hash.js';

/** What a sync carries: the request body, as its schema defines it, and its hash. */
export type DraftInput = DraftBody & { requestHash: string };

export type { RevisionMeta };

export type DraftResult =
  | { kind: 'created' | 'replayed'; plan: Plan; revision: RevisionMeta }
  /** The client's base is not the latest revision: it must merge with `current`. */
  | { kind: 'stale'; plan: Plan; current: PlanRevision | undefined }
  /** Submitted or accepted plans take no drafts until MST returns them. */
  | { kind: 'locked'; plan: Plan }
  /** The idempotency key was used before with another body: nothing stored, nothing replayed. */
  | { kind: 'refused'; code: 'IDEMPOTENCY_KEY_REUSED' };

/**
 * Stores a new revision of the actor's plan. The usual sync (plan exists, at the
 * client's base, key unused) is one compare-and-set statement (`syncFast`). Anything
 * else takes the locking path: the plan row is locked for the whole transaction and
 * the idempotency key is checked after taking the lock, so N concurrent retries of one
 * sync make exactly one revision (the others replay it).
 */
export async function syncDraft(db: Db, repo: PlansRepository, actor: Actor, roundId: number, input: DraftInput, now: Date): Promise<DraftResult> {
  const revision = {
    number: input.baseRevision + 1,
    baseRevision: input.baseRevision,
    idempotencyKey: input.idempotencyKey,
    requestHash: input.requestHash,
    plan: input.plan,
    findingsSummary: input.findingsSummary,
    completeness: input.completeness,
    createdBy: actor.userId,
    createdAt: now,
  };
  const details = { revision: revision.number, baseRevision: input.baseRevision, completeness: input.completeness };
  const { plan: _json, requestHash: _hash, ...meta } = revision;
  // Usual case first: one statement, no transaction round trips (see syncFast).
  const fast = await repo.syncFast(actor, roundId, revision, details);
  if (fast) return { kind: 'created', plan: fast.plan, revision: { id: fast.revisionId, ...meta } };

  return db.transaction(async (tx) => {
    // Lock first, without the key lookup: on the usual path the key is checked by the
    // write statement itself (appendRevision), which saves a round trip.
    const { plan } = await repo.lockMine(tx, actor, roundId);
    // A stored key replays only for the same body (IETF Idempotency-Key): another body is refused.
    const replayOf = async (): Promise<DraftResult | undefined> => {
      const stored = await repo.revisionByKey(tx, actor, plan.id, input.idempotencyKey);
      if (!stored) return undefined;
      const { requestHash, ...revision } = stored;
      return sameRequest(requestHash, input.requestHash) ? { kind: 'replayed', plan, revision } : { kind: 'refused', code: 'IDEMPOTENCY_KEY_REUSED' };
    };
    if (plan.status === 'submitted' || plan.status === 'accepted' || input.baseRevision !== plan.currentRevision) {
      // A retry of a sync that already went through sees a newer base: replay it first.
      const replay = await replayOf();
      if (replay) return replay;
      if (plan.status === 'submitted' || plan.status === 'accepted') return { kind: 'locked', plan };
      const current = plan.currentRevision > 0 ? await repo.revision(actor, plan.id, plan.currentRevision, tx) : undefined;
      return { kind: 'stale', plan, current };
    }
    const id = await repo.appendRevision(tx, plan, revision, {
      actorId: actor.userId,
      action: 'plan.draft_synced',
      entity: 'plan',
      entityId: String(plan.id),
      agencyId: plan.agencyId,
      details,
      createdAt: now,
    });
    if (id === undefined) {
      const replay = await replayOf();
      if (!replay) throw new Error('idempotency key taken but its revision is not readable');
      return replay;
    }
    return {
      kind: 'created',
      plan: { ...plan, currentRevision: revision.number, completeness: input.completeness, lastSyncedAt: now, updatedAt: now },
      revision: { id, ...meta },
    };
  });
}
