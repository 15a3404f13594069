import * as z from 'zod';
import { CatalogEntrySchema, PlanDataSchema } from '@cds/plan/schemas';
import { FindingSchema, SeverityCountsSchema } from '@cds/rules/schemas';
import { LATE_POLICIES, PLAN_STATUSES, REVIEW_DECISIONS } from './enums.js';
import { IsoDate } from './common.js';
import { ClientCountsSchema, ClientPlanSchema } from './client-plan.js';
import { Count, IdempotencyKey, SafeText } from './bounds.js';

export const PlanStatusSchema = z.enum(PLAN_STATUSES);
export const LatePolicySchema = z.enum(LATE_POLICIES);
export const ReviewDecisionSchema = z.enum(REVIEW_DECISIONS);

export const RoundSchema = z.object({
  id: z.number(),
  name: z.string(),
  templateVersion: z.string(),
  /** The plan year the round collects; receipt numbers carry it. */
  year: z.number(),
  opensAt: IsoDate,
  deadline: IsoDate,
  latePolicy: LatePolicySchema,
});

/** The current round as one agency sees it: its catalogue entries only (all, for MST). */
export const CurrentRoundSchema = RoundSchema.extend({
  catalog: z.object({ name: z.string().nullable(), sample: z.boolean(), entries: z.array(CatalogEntrySchema) }),
});

export const PlanSummarySchema = z.object({
  id: z.number(),
  roundId: z.number(),
  agencyId: z.number(),
  status: PlanStatusSchema,
  currentRevision: z.number(),
  completeness: z.number(),
  lastSyncedAt: IsoDate.nullable(),
  submittedAt: IsoDate.nullable(),
  late: z.boolean(),
});

/** Findings by severity: the core's one spelling. */
export const FindingsSummarySchema = SeverityCountsSchema;

export const RevisionMetaSchema = z.object({
  number: z.number(),
  baseRevision: z.number(),
  idempotencyKey: z.string(),
  completeness: z.number(),
  findingsSummary: FindingsSummarySchema,
  createdAt: IsoDate,
});
export const RevisionSchema = RevisionMetaSchema.extend({ plan: PlanDataSchema });

export { IdempotencyKey };

export const DraftBodySchema = z.object({
  /** The revision this one was made from (0 for the first). */
  baseRevision: Count,
  idempotencyKey: IdempotencyKey,
  plan: ClientPlanSchema,
  findingsSummary: ClientCountsSchema,
  completeness: z.number().int().min(0).max(100),
});
export type DraftBody = z.infer<typeof DraftBodySchema>;

export const DraftResponseSchema = z.object({
  plan: PlanSummarySchema,
  revision: RevisionMetaSchema,
  /** True when this answers a retry of an already stored sync. */
  replayed: z.boolean(),
});

export const ReceiptSchema = z.object({
  submissionId: z.number(),
  number: z.string().describe('BKHCN-2026-000123'),
  submittedAt: IsoDate,
  sha256: z.string(),
  size: z.number(),
  late: z.boolean(),
  replayed: z.boolean(),
  message: z.string(),
  /** Warnings and infos the server found (errors would have refused the submission). */
  findings: z.array(FindingSchema),
});

export const SubmissionMetaSchema = z.object({
  id: z.number(),
  receiptNumber: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number(),
  submittedAt: IsoDate,
  late: z.boolean(),
  completeness: z.number(),
});

export const SectionCommentSchema = z.object({
  section: z.string().regex(/^P[12](\.[IVX]+(\.\d+(\.\d+)?)?)?$/, 'Mã mục không hợp lệ (ví dụ: P2.III.6)'),
  comment: SafeText.trim().min(1).max(5000),
});

export const ReviewSchema = z.object({
  id: z.number(),
  decision: ReviewDecisionSchema,
  summary: z.string(),
  comments: z.array(SectionCommentSchema),
  createdAt: IsoDate,
});

export const MinePlanSchema = z.object({
  round: RoundSchema,
  plan: PlanSummarySchema.nullable(),
  latestRevision: RevisionSchema.nullable(),
  lastSubmission: SubmissionMetaSchema.nullable(),
  lastReview: ReviewSchema.nullable(),
});
