import * as z from 'zod';
import { ITEM_PARTS } from '@cds/template/enums';

/** Most severe first. `error` blocks submission; `warning` is shown to MST; `info` is advice. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A mechanical fix the add-in can apply. Described, not performed: the core has
 * no I/O, each adapter (Word, the .docx writer) knows how to carry it out.
 */
export const FixSchema = z.discriminatedUnion('kind', [
  /** Insert the template's skeleton for a missing section, after `afterSection` (or first). */
  z.object({ kind: z.literal('insertSection'), section: z.string(), afterSection: z.string().nullable() }),
  /** Insert the a) or b) item of a section. */
  z.object({ kind: z.literal('insertItem'), section: z.string(), part: z.enum(ITEM_PARTS) }),
  /** Fill one cell of a table row (e.g. the unit of a catalogue indicator). */
  z.object({ kind: z.literal('setCell'), rowBlockId: z.string(), column: z.string(), value: z.string() }),
  /** Replace a paragraph's text (e.g. legacy TCVN3/VNI text converted to Unicode). */
  z.object({ kind: z.literal('replaceText'), blockId: z.string(), text: z.string() }),
  /** Add a citation line to P2.I. */
  z.object({ kind: z.literal('insertParagraph'), section: z.string(), text: z.string() }),
]);
export type Fix = z.infer<typeof FixSchema>;

export const FindingSchema = z.object({
  severity: SeveritySchema,
  /** Rule id, e.g. "section-missing". */
  rule: z.string(),
  /** Canonical section id the finding is about; null for whole-document findings. */
  section: z.string().nullable(),
  /** The block (paragraph, table, row) it points at, when there is one. */
  blockId: z.string().nullable(),
  /** For a)/b) findings: which item. */
  part: z.enum(ITEM_PARTS).optional(),
  /** Vietnamese message naming what was expected and what was found, rendered from `messageId` and `data`. */
  message: z.string(),
  /** Key of the message in the rules' message tables (`messages.vi.ts`): what the dashboard groups and translates by. */
  messageId: z.string(),
  /** The message's placeholder values (the section's name, the text found, the value expected…). */
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  fix: FixSchema.optional(),
  /** Set when the document carries an "ignore, with a reason" for this finding. */
  ignored: z.object({ reason: z.string() }).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** How many findings of each severity (ignored ones not counted): one spelling everywhere. */
export const SeverityCountsSchema = z.object({
  error: z.number().int().min(0),
  warning: z.number().int().min(0),
  info: z.number().int().min(0),
});
export type SeverityCounts = z.infer<typeof SeverityCountsSchema>;
