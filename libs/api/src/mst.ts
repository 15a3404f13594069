import * as z from 'zod';
import { PlanDataSchema } from '@cds/plan/schemas';
import { FindingSchema } from '@cds/rules/schemas';
import { AgencyKindSchema, AgencySchema, IsoDate } from './common.js';
import { IdParam, INT4_MAX, SafeText } from './bounds.js';
import { BOARD_STATUSES, VALUE_SOURCES } from './enums.js';
import {
  PlanStatusSchema,
  PlanSummarySchema,
  ReviewDecisionSchema,
  RevisionMetaSchema,
  ReviewSchema,
  SectionCommentSchema,
  SubmissionMetaSchema,
} from './plans.js';

const AgencyRef = AgencySchema.pick({ id: true, code: true, name: true, kind: true });

export const BoardQuerySchema = z.object({
  roundId: IdParam.optional(),
  page: z.coerce.number().int().min(1).max(INT4_MAX).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  status: z.enum(BOARD_STATUSES).optional(),
  kind: AgencyKindSchema.optional(),
});

export const BoardRowSchema = z.object({
  agency: AgencyRef,
  planId: z.number().nullable(),
  status: z.enum(BOARD_STATUSES),
  completeness: z.number(),
  currentRevision: z.number(),
  lastSyncedAt: IsoDate.nullable(),
  submittedAt: IsoDate.nullable(),
  late: z.boolean(),
});

export const BoardSchema = z.object({
  roundId: z.number(),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  items: z.array(BoardRowSchema),
});

export const PlanDetailSchema = z.object({
  plan: PlanSummarySchema,
  agency: AgencyRef,
  revisions: z.array(RevisionMetaSchema),
  latestPlan: PlanDataSchema.nullable(),
  submissions: z.array(SubmissionMetaSchema.extend({ findings: z.array(FindingSchema) })),
  reviews: z.array(ReviewSchema),
});

/** The indicator groups, a page at a time (catalogue entries first, then agencies' own indicators). */
export const IndicatorsQuerySchema = z.object({
  roundId: IdParam.optional(),
  code: SafeText.max(200).optional(),
  page: z.coerce.number().int().min(1).max(INT4_MAX).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const IndicatorValueSchema = z.object({
  agency: AgencyRef,
  planId: z.number(),
  status: PlanStatusSchema,
  source: z.enum(VALUE_SOURCES),
  name: z.string(),
  target2026: z.string(),
  target2026Value: z.number().nullable(),
  target2030: z.string(),
  target2030Value: z.number().nullable(),
});

export const IndicatorsSchema = z.object({
  roundId: z.number(),
  /** Groups in all (every page). */
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  indicators: z.array(
    z.object({ code: z.string().nullable(), name: z.string(), unit: z.string(), inCatalog: z.boolean(), values: z.array(IndicatorValueSchema) }),
  ),
});

export const ReviewBodySchema = z.object({
  decision: ReviewDecisionSchema,
  summary: SafeText.max(5000).default(''),
  comments: z.array(SectionCommentSchema).max(200).default([]),
});

export const ReviewResponseSchema = z.object({ plan: PlanSummarySchema, review: ReviewSchema });
