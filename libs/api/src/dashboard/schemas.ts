import * as z from 'zod';
import { CatalogEntrySchema, PlanDataSchema } from '@cds/plan/schemas';
import { FindingSchema, SeverityCountsSchema } from '@cds/rules/schemas';
import { AgencyKindSchema, AgencySchema, IsoDate } from '../common.js';
import { BOARD_STATUSES, CATALOG_IMPORT_MODES, VALUE_SOURCES } from '../enums.js';
import { LatePolicySchema, PlanStatusSchema } from '../plans.js';

/**
 * The routes the MST dashboard adds to the contract: the board as a sorted, searched
 * view with finding counts and totals, live events, comparisons between two versions
 * of a plan, the indicator view page by page, bundle exports, the catalogue preview,
 * and the agency's web check of a .docx.
 */

const AgencyRef = AgencySchema.pick({ id: true, code: true, name: true, kind: true });
const roundId = z.coerce.number().int().positive().optional();

export const BOARD_SORTS = ['agency', 'status', 'completeness', 'errors', 'warnings', 'lastSyncedAt', 'submittedAt'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;

export const BoardViewQuerySchema = z.object({
  roundId,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(200),
  status: z.enum(BOARD_STATUSES).optional(),
  kind: AgencyKindSchema.optional(),
  /** Part of an agency's name or code (accents and case ignored). */
  q: z.string().trim().max(100).optional(),
  late: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(BOARD_SORTS).default('agency'),
  dir: z.enum(SORT_DIRECTIONS).default('asc'),
});

export const BoardViewRowSchema = z.object({
  agency: AgencyRef,
  planId: z.number().nullable(),
  status: z.enum(BOARD_STATUSES),
  completeness: z.number(),
  currentRevision: z.number(),
  /** Findings of the latest data (the newer of the last submission and the last synced draft). */
  findings: SeverityCountsSchema,
  lastSyncedAt: IsoDate.nullable(),
  submittedAt: IsoDate.nullable(),
  late: z.boolean(),
});

export const BoardViewSchema = z.object({
  roundId: z.number(),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  items: z.array(BoardViewRowSchema),
});

export const BoardTotalsSchema = z.object({
  round: z.object({ id: z.number(), name: z.string(), deadline: IsoDate, latePolicy: LatePolicySchema }),
  agencies: z.number(),
  byStatus: z.record(z.enum(BOARD_STATUSES), z.number()),
  /** Plans that have been submitted at least once (submitted, returned or accepted). */
  submitted: z.number(),
  late: z.number(),
  notStarted: z.number(),
  /** The newest sync of any plan in the round. */
  lastSyncedAt: IsoDate.nullable(),
});

export const BOARD_EVENT_KINDS = ['sync', 'submit', 'review', 'admin'] as const;
/** One server-sent event: something changed that the board shows. */
export const BoardEventSchema = z.object({
  kind: z.enum(BOARD_EVENT_KINDS),
  agencyId: z.number().nullable(),
  planId: z.number().nullable(),
  at: IsoDate,
});
export type BoardEvent = z.infer<typeof BoardEventSchema>;

/** `r3` = revision 3, `s12` = submission 12. */
export const VersionRef = z.string().regex(/^[rs]\d+$/, 'r<số phiên bản> hoặc s<mã bản gửi>');
export const CompareQuerySchema = z.object({ from: VersionRef, to: VersionRef });

const FieldChange = z.object({ field: z.string(), before: z.string(), after: z.string() });
const RowChange = z.object({
  /** Catalogue code or name (indicators), area and name (tasks). */
  key: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  fields: z.array(FieldChange),
});

export const PlanCompareSchema = z.object({
  from: z.object({ ref: z.string(), label: z.string(), at: IsoDate }),
  to: z.object({ ref: z.string(), label: z.string(), at: IsoDate }),
  /** Section by section: its text and a)/b) items, added, removed or changed. */
  sections: z.array(z.object({ id: z.string(), heading: z.string(), change: z.enum(['added', 'removed', 'changed']), fields: z.array(FieldChange) })),
  indicators: z.array(RowChange),
  tasks: z.array(RowChange),
});

/** One version of a plan (a synced revision or a submission) with its extracted data. */
export const PlanVersionSchema = z.object({ ref: z.string(), label: z.string(), at: IsoDate, plan: PlanDataSchema });

export const IndicatorListQuerySchema = z.object({
  roundId,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const OUTLIER_KINDS = ['below_national', 'unit_mismatch'] as const;
export type OutlierKind = (typeof OUTLIER_KINDS)[number];

export const IndicatorListSchema = z.object({
  roundId: z.number(),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  items: z.array(
    z.object({
      entry: CatalogEntrySchema,
      /** Agencies the catalogue assigns it to; of them, how many planned it. */
      assigned: z.number(),
      planned: z.number(),
      outliers: z.number(),
    }),
  ),
});

export const IndicatorDetailQuerySchema = z.object({
  roundId,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(200),
});

export const IndicatorAgencyValueSchema = z.object({
  agency: AgencyRef,
  planId: z.number(),
  status: PlanStatusSchema,
  source: z.enum(VALUE_SOURCES),
  name: z.string(),
  unit: z.string(),
  target2026: z.string(),
  target2026Value: z.number().nullable(),
  target2030: z.string(),
  target2030Value: z.number().nullable(),
  lead: z.string(),
  deadline: z.string(),
  outliers: z.array(z.enum(OUTLIER_KINDS)),
});

export const IndicatorDetailSchema = z.object({
  roundId: z.number(),
  entry: CatalogEntrySchema,
  /** The catalogue's national targets as numbers, when they parse. */
  national: z.object({ target2026: z.number().nullable(), target2030: z.number().nullable() }),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  values: z.array(IndicatorAgencyValueSchema),
  /** Every agency's 2026 target as a number (for the distribution chart), all pages. */
  distribution: z.array(z.object({ code: z.string(), name: z.string(), kind: AgencyKindSchema, value: z.number() })),
  coverage: z.object({ assigned: z.number(), planned: z.number(), missing: z.array(AgencyRef) }),
  outliers: z.record(z.enum(OUTLIER_KINDS), z.number()),
});

export const CATALOG_PREVIEW_FORMATS = ['csv', 'json', 'xlsx'] as const;
export const CatalogPreviewBodySchema = z.object({
  roundId: z.number().int().positive(),
  format: z.enum(CATALOG_PREVIEW_FORMATS),
  /** The file's text (csv, json) or its bytes in base64 (xlsx). */
  content: z.string().min(1).max(14_000_000),
  mode: z.enum(CATALOG_IMPORT_MODES).default('replace'),
});

export const CatalogPreviewSchema = z.object({
  ok: z.boolean(),
  /** The rows read, in file order (empty when a problem is in the whole file). */
  entries: z.array(CatalogEntrySchema),
  /** Each bad row's error (line as in the file, 0 for the whole file). Nothing is saved while any exists. */
  problems: z.array(z.object({ line: z.number(), message: z.string() })),
  /** What saving would do to the round's catalogue. */
  changes: z.object({ added: z.number(), updated: z.number(), kept: z.number(), removed: z.number() }),
  /** The entries as the JSON the import route takes (format json), for the save step. */
  importContent: z.string(),
});

/** The server's reading of an uploaded .docx, nothing stored: what the web path shows before submitting. */
export const PlanCheckSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  size: z.number(),
  plan: PlanDataSchema,
  findings: z.array(FindingSchema),
  counts: SeverityCountsSchema,
  completeness: z.number(),
  /** True when no error-severity finding (not ignored) stands in the way of submitting. */
  submittable: z.boolean(),
});

const route = <const R extends { method: 'GET' | 'POST'; path: string; query?: z.ZodType; body?: z.ZodType; response?: z.ZodType }>(r: R) => r;

export const dashboardRoutes = {
  boardView: route({ method: 'GET', path: '/mst/board', query: BoardViewQuerySchema, response: BoardViewSchema }),
  boardTotals: route({ method: 'GET', path: '/mst/board/totals', query: z.object({ roundId }), response: BoardTotalsSchema }),
  planVersion: route({ method: 'GET', path: '/mst/plans/:id/versions/:ref', response: PlanVersionSchema }),
  comparePlan: route({ method: 'GET', path: '/mst/plans/:id/compare', query: CompareQuerySchema, response: PlanCompareSchema }),
  indicatorList: route({ method: 'GET', path: '/mst/indicator-list', query: IndicatorListQuerySchema, response: IndicatorListSchema }),
  indicatorDetail: route({ method: 'GET', path: '/mst/indicator-list/:code', query: IndicatorDetailQuerySchema, response: IndicatorDetailSchema }),
  previewCatalog: route({ method: 'POST', path: '/admin/catalog/preview', body: CatalogPreviewBodySchema, response: CatalogPreviewSchema }),
} as const;

/** File answers of the dashboard's routes (downloaded as bytes). */
export const dashboardFileRoutes = {
  workbook: { method: 'GET', path: '/mst/export/workbook.xlsx' },
  submissionsZip: { method: 'GET', path: '/mst/export/submissions.zip' },
  overallPlan: { method: 'GET', path: '/mst/export/overall-plan.docx' },
  submissionDocx: { method: 'GET', path: '/submissions/:id/docx' },
} as const;

/** The live stream of board events (text/event-stream, each `data:` a BoardEvent). */
export const eventsRoute = { method: 'GET', path: '/mst/events' } as const;
/** Multipart `file`: the server reads and checks the .docx and stores nothing. */
export const checkRoute = { method: 'POST', path: '/plans/mine/check', response: PlanCheckSchema } as const;
