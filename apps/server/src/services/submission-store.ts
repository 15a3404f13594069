import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { PlanData } from '@cds/plan';
import type { Finding } from '@cds/rules';
import type { Db, Tx } from '../db/client.js';
import { plans, receiptCounters, submissions, type Plan, type Round } from '../db/schema/index.js';
import { recordAudit } from '../repositories/audit.js';
import type { Actor } from '../repositories/ownership.js';
import { submissionMeta, type PlansRepository } from '../repositories/plans.js';
import { sameRequest } from './request-hash.js';

export interface SubmissionInput {
  idempotencyKey: string;
  /** requestHash of the .docx and the client's plan field. */
  requestHash: string;
  fileName: string;
  docx: Buffer;
  findings: Finding[];
  plan: PlanData;
  completeness: number;
  late: boolean;
}

export type SubmissionMeta = {
  [K in keyof typeof submissionMeta]: (typeof submissionMeta)[K]['_']['data'] | ((typeof submissionMeta)[K]['_']['notNull'] extends true ? never : null);
};

export type StoreResult =
  | { kind: 'created' | 'replayed'; submission: SubmissionMeta }
  /** The key was used before for another file or plan: nothing stored, nothing replayed. */
  | { kind: 'key_reused' }
  /** Someone else's submission won, or the plan is accepted: nothing stored. */
  | { kind: 'conflict'; plan: Plan };

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** "BKHCN-2026-000123": the round's year and a never-reused sequence number. */
export function formatReceipt(year: number, n: number): string {
  return `BKHCN-${year}-${String(n).padStart(6, '0')}`;
}

/**
 * The next receipt number of a year, taken in the caller's transaction: the counter
 * row is locked until it ends, and a rollback gives the number back (gapless).
 */
export async function nextReceipt(tx: Tx, year: number): Promise<number> {
  const [row] = await tx
    .insert(receiptCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: receiptCounters.year, set: { last: sql`${receiptCounters.last} + 1` } })
    .returning({ last: receiptCounters.last });
  return row!.last;
}

/**
 * Stores an accepted submission in one transaction: the .docx and what the server
 * found, the plan's new status, the receipt counter and an audit entry. The plan row
 * is locked first and its status checked under the lock, so of two concurrent
 * submitters exactly one wins.
 */
export async function storeSubmission(db: Db, repo: PlansRepository, actor: Actor, round: Round, input: SubmissionInput, now: Date): Promise<StoreResult> {
  return db.transaction(async (tx) => {
    const { plan } = await repo.lockMine(tx, actor, round.id);
    const existing = await repo.submissionByKey(actor, plan.id, input.idempotencyKey, tx);
    if (existing) {
      const { requestHash, ...submission } = existing;
      return sameRequest(requestHash, input.requestHash) ? { kind: 'replayed', submission } : { kind: 'key_reused' };
    }
    if (plan.status === 'submitted' || plan.status === 'accepted') return { kind: 'conflict', plan };

    // The round's plan year, not the deadline's: an extension into January keeps the number's year.
    const n = await nextReceipt(tx, round.year);
    const [submission] = await tx
      .insert(submissions)
      .values({
        planId: plan.id,
        receiptNumber: formatReceipt(round.year, n),
        idempotencyKey: input.idempotencyKey,
        requestHash: input.requestHash,
        fileName: input.fileName,
        docx: input.docx,
        sha256: sha256Hex(input.docx),
        size: input.docx.byteLength,
        submittedAt: now,
        late: input.late,
        findings: input.findings,
        plan: input.plan,
        completeness: input.completeness,
        submittedBy: actor.userId,
      })
      .returning(submissionMeta);
    await tx.update(plans).set({ status: 'submitted', submittedAt: now, late: input.late, completeness: input.completeness }).where(eq(plans.id, plan.id));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'plan.submitted',
      entity: 'plan',
      entityId: String(plan.id),
      agencyId: plan.agencyId,
      details: { from: plan.status, submissionId: submission!.id, receipt: submission!.receiptNumber, late: input.late, sha256: submission!.sha256 },
      createdAt: now,
    });
    return { kind: 'created', submission: submission! };
  });
}
