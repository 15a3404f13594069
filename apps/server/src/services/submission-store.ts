import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { PlanData } from '@cds/plan';
import type { Finding } from '@cds/rules';
import type { Db } from '../db/client.js';
import { plans, receiptSequence, submissions, type Plan, type Round } from '../db/schema/index.js';
import { recordAudit } from '../repositories/audit.js';
import type { Actor } from '../repositories/ownership.js';
import { submissionMeta, type PlansRepository } from '../repositories/plans.js';

export interface SubmissionInput {
  idempotencyKey: string;
  fileName: string;
  docx: Buffer;
  findings: Finding[];
  plan: PlanData;
  completeness: number;
  late: boolean;
}

export type SubmissionMeta = NonNullable<Awaited<ReturnType<PlansRepository['submissionByKey']>>>;

export type StoreResult =
  | { kind: 'created' | 'replayed'; submission: SubmissionMeta }
  /** Someone else's submission won, or the plan is accepted: nothing stored. */
  | { kind: 'conflict'; plan: Plan };

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** "BKHCN-2026-000123": the round's year and a never-reused sequence number. */
export function formatReceipt(year: number, n: number): string {
  return `BKHCN-${year}-${String(n).padStart(6, '0')}`;
}

/**
 * Stores an accepted submission in one transaction: the .docx and what the server
 * found, the plan's new status and an audit entry. The plan row is locked first and
 * its status checked under the lock, so of two concurrent submitters exactly one wins.
 */
export async function storeSubmission(db: Db, repo: PlansRepository, actor: Actor, round: Round, input: SubmissionInput, now: Date): Promise<StoreResult> {
  return db.transaction(async (tx) => {
    const { plan } = await repo.lockMine(tx, actor, round.id);
    const existing = await repo.submissionByKey(actor, plan.id, input.idempotencyKey, tx);
    if (existing) return { kind: 'replayed', submission: existing };
    if (plan.status === 'submitted' || plan.status === 'accepted') return { kind: 'conflict', plan };

    // Both drivers answer execute() with { rows }.
    const seq = (await tx.execute(sql`select nextval(${receiptSequence.seqName}::regclass)::text as n`)) as unknown as { rows: { n: string }[] };
    const n = Number(seq.rows[0]!.n);
    const [submission] = await tx
      .insert(submissions)
      .values({
        planId: plan.id,
        receiptNumber: formatReceipt(round.deadline.getUTCFullYear(), n),
        idempotencyKey: input.idempotencyKey,
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
    await tx
      .update(plans)
      .set({ status: 'submitted', submittedAt: now, late: input.late, completeness: input.completeness })
      .where(eq(plans.id, plan.id));
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
