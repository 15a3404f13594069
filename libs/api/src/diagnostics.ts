import * as z from 'zod';
import { IsoDate } from './common.js';
import type { JsonRoute } from './routes.js';

/**
 * The diagnostics report the Word add-in's "Chẩn đoán" produces (Word version,
 * platform, webview, requirement sets, each adapter operation passed or failed),
 * as the pane sends it and as administrators read it. Every field is bounded, so a
 * report is a few kilobytes and the server can take them from every office.
 */

/** Bounds of one report; the server also refuses a body over DIAGNOSTICS_BODY_LIMIT bytes. */
export const DIAGNOSTICS_LIMITS = {
  steps: 100,
  sets: 64,
  stepName: 100,
  error: 2000,
  userAgent: 1000,
  short: 200,
  bodyBytes: 64 * 1024,
} as const;

/** Vietnamese messages of the report's checks (the server answers them in VALIDATION_FAILED's issues). */
export const diagnosticsMessages = {
  tooLong: (max: number) => `Tối đa ${max.toLocaleString('vi-VN')} ký tự.`,
  tooManySteps: `Báo cáo có quá nhiều bước (tối đa ${DIAGNOSTICS_LIMITS.steps}).`,
  tooManySets: `Báo cáo có quá nhiều bộ yêu cầu (tối đa ${DIAGNOSTICS_LIMITS.sets}).`,
  noSteps: 'Báo cáo chưa có bước kiểm tra nào.',
  required: 'Thiếu trường bắt buộc.',
  badDate: 'Thời điểm chạy phải là ngày giờ ISO 8601.',
  bodyTooLarge: `Báo cáo chẩn đoán vượt quá dung lượng cho phép (tối đa ${DIAGNOSTICS_LIMITS.bodyBytes / 1024} KB).`,
} as const;

const text = (max: number) => z.string({ error: diagnosticsMessages.required }).max(max, { error: diagnosticsMessages.tooLong(max) });

/** The webview engines the adapter tells apart from navigator.userAgent. */
export const WEBVIEWS = ['trident', 'edgehtml', 'webview2', 'safari', 'browser', 'unknown'] as const;

/** One adapter operation run in the scratch document. */
export const DiagnosticStepSchema = z.object({
  name: text(DIAGNOSTICS_LIMITS.stepName).min(1, { error: diagnosticsMessages.required }),
  ok: z.boolean({ error: diagnosticsMessages.required }),
  ms: z.number().nonnegative().max(3_600_000),
  fallback: text(DIAGNOSTICS_LIMITS.short).optional(),
  error: text(DIAGNOSTICS_LIMITS.error).optional(),
});

/**
 * What the running Word offers. The named fields are the ones administrators read;
 * the adapter's other flags (annotations, controlEvents…) are kept as sent, bounded
 * by the body limit.
 */
export const DiagnosticCapabilitiesSchema = z.looseObject({
  host: text(DIAGNOSTICS_LIMITS.short),
  platform: text(DIAGNOSTICS_LIMITS.short),
  version: text(DIAGNOSTICS_LIMITS.short),
  webview: z.enum(WEBVIEWS),
  wordApiMinor: z.number().int().min(0).max(99).optional(),
  /** Requirement set ("WordApi 1.3") → supported. */
  sets: z
    .record(text(DIAGNOSTICS_LIMITS.stepName), z.boolean())
    .refine((s) => Object.keys(s).length <= DIAGNOSTICS_LIMITS.sets, { error: diagnosticsMessages.tooManySets }),
});

/** POST /diagnostics: the report as the pane's "Chẩn đoán" produces it. */
export const DiagnosticsReportBodySchema = z.object({
  /** When it ran, by the client's clock. */
  at: z.iso.datetime({ offset: true, error: diagnosticsMessages.badDate }),
  capabilities: DiagnosticCapabilitiesSchema,
  userAgent: text(DIAGNOSTICS_LIMITS.userAgent),
  steps: z
    .array(DiagnosticStepSchema)
    .min(1, { error: diagnosticsMessages.noSteps })
    .max(DIAGNOSTICS_LIMITS.steps, { error: diagnosticsMessages.tooManySteps }),
  ranIn: z.enum(['scratch', 'current-read-only']),
});

/** The stored report, as its sender gets it back. */
export const DiagnosticsReceiptSchema = z.object({
  id: z.number(),
  receivedAt: IsoDate,
  passed: z.number(),
  failed: z.number(),
});

/** One report as administrators see it: who sent it, from which agency, and what it said. */
export const DiagnosticsReportSchema = DiagnosticsReportBodySchema.extend({
  id: z.number(),
  receivedAt: IsoDate,
  passed: z.number(),
  failed: z.number(),
  user: z.object({ id: z.number(), email: z.string(), name: z.string(), role: z.string() }).nullable(),
  agency: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(),
});

export const DiagnosticsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  /** Only reports with at least one failed step. */
  failedOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const DiagnosticsListSchema = z.object({ total: z.number(), items: z.array(DiagnosticsReportSchema) });

export type DiagnosticsReportBody = z.infer<typeof DiagnosticsReportBodySchema>;
export type DiagnosticsReportView = z.infer<typeof DiagnosticsReportSchema>;

const route = <const R extends JsonRoute>(r: R) => r;

/** The diagnostics routes (their own table; the server answers each). */
export const diagnosticsRoutes = {
  sendDiagnostics: route({ method: 'POST', path: '/diagnostics', body: DiagnosticsReportBodySchema, response: DiagnosticsReceiptSchema }),
  adminDiagnostics: route({ method: 'GET', path: '/admin/diagnostics', query: DiagnosticsQuerySchema, response: DiagnosticsListSchema }),
} as const satisfies Record<string, JsonRoute>;
