import * as z from 'zod';
import { CatalogEntrySchema, PlanDataSchema } from '@cds/plan/schemas';
import { FindingSchema, SeverityCountsSchema } from '@cds/rules/schemas';
import { LATE_POLICIES, PLAN_STATUSES, REVIEW_DECISIONS } from './enums.js';
import { IsoDate } from './common.js';
import { ClientCountsSchema, ClientPlanSchema } from './client-plan.js';
import { Count, IdempotencyKey, refineBoundedJson, SafeText } from './bounds.js';
import type { ErrorCode } from './error-codes.js';

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

/** A part's name: SHA-256 (hex) of its canonical JSON (@cds/plan `partHash`). */
export const PartHash = z.string().regex(/^[0-9a-f]{64}$/);

/** One section of a revision: its body's hash and the offsets its relative block ids count from. */
export const SectionRefSchema = z.object({
  hash: PartHash,
  offsets: z.record(z.string().regex(/^[a-z]$/), Count).optional(),
});

/** A revision as hashes (@cds/plan `SectionList`): the plan-level rest, then every section in order. */
export const SectionListSchema = z.object({ rest: PartHash, sections: z.array(SectionRefSchema).max(1_000) });

const client = ClientPlanSchema.shape;
/** A section's body as `splitPlan` makes it: the section and its runs of rows (block ids relative). */
export const SectionBodySchema = z
  .object({
    section: client.sections.element,
    indicators: client.indicators.optional(),
    tasks: client.tasks.optional(),
    projects2025: client.projects2025.optional(),
    tables: client.tables.optional(),
    ignores: client.ignores.optional(),
  })
  .superRefine(refineBoundedJson);
/** The plan-level rest: the plan without its sections, row lists holding the rows before the first section. */
const { sections: _sections, ...restShape } = client;
export const PlanRestSchema = z.object(restShape).superRefine(refineBoundedJson);

/** The parts a sectioned sync carries: only those its base revision did not have. */
export const DraftPartsSchema = z.object({
  rest: PlanRestSchema.optional(),
  bodies: z.array(SectionBodySchema).max(1_000),
});

/**
 * A draft sync, in one of two forms:
 * - whole: `plan` (old clients, the CLI, tests);
 * - sectioned: `sections` (the hashes of every part) and `parts` (the bodies the client's
 *   base revision lacks). A part the server does not hold and the request does not carry
 *   is answered 409 SECTIONS_MISSING with the missing hashes; the client then sends the
 *   whole plan. Both forms of the same plan hash alike for idempotency.
 */
export const DraftBodySchema = z
  .object({
    /** The revision this one was made from (0 for the first). */
    baseRevision: Count,
    idempotencyKey: IdempotencyKey,
    plan: ClientPlanSchema.optional(),
    sections: SectionListSchema.optional(),
    parts: DraftPartsSchema.optional(),
    findingsSummary: ClientCountsSchema,
    completeness: z.number().int().min(0).max(100),
  })
  .superRefine((b, ctx) => {
    if ((b.plan === undefined) === (b.sections === undefined) || (b.plan !== undefined && b.parts !== undefined))
      ctx.addIssue({ code: 'custom', message: 'DRAFT_FORM' satisfies ErrorCode, path: ['plan'], input: undefined });
  });
/** Either form, as the route receives it. */
export type DraftRequest = z.infer<typeof DraftBodySchema>;
type DraftCommon = Omit<DraftRequest, 'plan' | 'sections' | 'parts'>;
/** The whole-plan form. */
export type DraftBody = DraftCommon & { plan: z.infer<typeof ClientPlanSchema> };
/** The sectioned form. */
export type SectionedDraftBody = DraftCommon & { sections: z.infer<typeof SectionListSchema>; parts?: DraftParts | undefined };
export type DraftParts = z.infer<typeof DraftPartsSchema>;

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
