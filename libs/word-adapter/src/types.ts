import * as z from 'zod';
import { ITEM_PARTS } from '@cds/template/enums';

/**
 * Plain data that crosses the adapter's boundary (to the React pane and to the ES5
 * compatibility pane), as zod schemas so both sides validate what they receive.
 */

/** What the running Word offers, detected with `Office.context.requirements.isSetSupported`. */
export const CapabilitiesSchema = z.object({
  /** Inside an Office host at all (false in a plain browser). */
  inOffice: z.boolean(),
  /** Highest WordApi 1.x supported (3 on Office 2019, 8 on LTSC 2024, 9 on the web); 0 when none. */
  wordApiMinor: z.number().int(),
  /** Critique annotations (WordApi 1.7): marks that Word never saves. */
  annotations: z.boolean(),
  /** Content-control events (WordApi 1.5). */
  controlEvents: z.boolean(),
  /** Paragraph added/changed/deleted events (WordApi 1.6). */
  paragraphEvents: z.boolean(),
  /** `document.settings` (WordApi 1.4). */
  documentSettings: z.boolean(),
  /** Word's own custom XML part API (WordApi 1.4); the common API is used below that. */
  wordCustomXml: z.boolean(),
  /** Highlight through `font.highlightColor` (WordApi 1.1). */
  highlight: z.boolean(),
  /** `application.createDocument` (WordApi 1.3), for diagnostics in a scratch document. */
  createDocument: z.boolean(),
  /** Office's host/platform/version as `Office.context.diagnostics` reports them. */
  host: z.string(),
  platform: z.string(),
  version: z.string(),
  /** The webview engine, from navigator.userAgent as Microsoft's page shows. */
  webview: z.enum(['trident', 'edgehtml', 'webview2', 'safari', 'browser', 'unknown']),
  /** Every requirement set probed, with whether it is supported. */
  sets: z.record(z.string(), z.boolean()),
});
export type Capabilities = z.infer<typeof CapabilitiesSchema>;

/** Where a finding's place is in Word (plain data the adapter resolves again at select time). */
export const PlaceSchema = z.discriminatedUnion('kind', [
  /** A paragraph, by its index in `body.paragraphs` and its text when read (to notice a stale reading). */
  z.object({ kind: z.literal('paragraph'), index: z.number().int(), text: z.string() }),
  /** A content control, by Word's id. */
  z.object({ kind: z.literal('control'), id: z.number().int(), tag: z.string() }),
  /** A table or one of its rows, by the table's index in `body.tables`. */
  z.object({ kind: z.literal('table'), table: z.number().int(), row: z.number().int().nullable() }),
]);
export type Place = z.infer<typeof PlaceSchema>;

/** A row to insert into the task table (P2.VI) or the 2025 project table (P1.II). */
export const RowInputSchema = z.object({
  key: z.string().optional(),
  cells: z.record(z.string(), z.string()),
});
export type RowInput = z.infer<typeof RowInputSchema>;

/** What adoption would do, shown before anything changes. */
export const AdoptionPreviewSchema = z.object({
  /** Each template section → the heading found, or null when missing. */
  sections: z.array(
    z.object({ id: z.string(), heading: z.string(), level: z.number().int(), found: z.string().nullable(), via: z.enum(['control', 'heading']).nullable() }),
  ),
  tables: z.array(z.object({ kind: z.string(), section: z.string().nullable(), rows: z.number().int() })),
  items: z.array(z.object({ section: z.string(), part: z.enum(ITEM_PARTS) })),
  missing: z.array(z.string()),
  /** Already structured: nothing to adopt. */
  structured: z.boolean(),
});
export type AdoptionPreview = z.infer<typeof AdoptionPreviewSchema>;

export const AdoptionResultSchema = z.object({
  wrappedSections: z.number().int(),
  wrappedTables: z.number().int(),
  wrappedItems: z.number().int(),
});
export type AdoptionResult = z.infer<typeof AdoptionResultSchema>;

/** One adapter operation as the diagnostics ran it in a scratch document. */
export const DiagnosticStepSchema = z.object({
  name: z.string(),
  ok: z.boolean(),
  ms: z.number(),
  /** The fallback taken, when the preferred API was missing. */
  fallback: z.string().optional(),
  error: z.string().optional(),
});
export const DiagnosticsReportSchema = z.object({
  at: z.string(),
  capabilities: CapabilitiesSchema,
  userAgent: z.string(),
  steps: z.array(DiagnosticStepSchema),
  /** Where the steps ran: a new scratch document, or the open one (read-only steps only) when none can be created. */
  ranIn: z.enum(['scratch', 'current-read-only']),
});
export type DiagnosticStep = z.infer<typeof DiagnosticStepSchema>;
export type DiagnosticsReport = z.infer<typeof DiagnosticsReportSchema>;

/** An "ignore, with a reason" as the pane asks for it. */
export const IgnoreInputSchema = z.object({
  rule: z.string(),
  section: z.string().nullable(),
  reason: z.string().trim().min(1),
  by: z.string().optional(),
});
export type IgnoreInput = z.infer<typeof IgnoreInputSchema>;

/** What a change hint says (events are hints; the truth is the next full read). */
export interface ChangeHint {
  source: 'paragraph' | 'control' | 'selection' | 'poll';
  /** Paragraph uniqueLocalIds or control ids the event named, when it named any. */
  ids: string[];
}
