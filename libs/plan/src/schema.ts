import * as z from 'zod';
import { AGENCY_KINDS } from '@cds/template/enums';

/**
 * The plan's data as extracted from a document. One schema, shared by the
 * add-in (which syncs it), the server (which re-extracts and compares) and the
 * CLI (`extract`). Values are kept as the text the agency wrote; parsed
 * numbers/dates sit beside them where a parser understood them.
 */

export const AgencyKindSchema = z.enum(AGENCY_KINDS);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

/** Where one a)/b) item is in the document, so the add-in can go to it and findings can point at it. */
export const ItemBlocksSchema = z.object({
  /** The block to go to: the item's content control when structured, else its label paragraph. */
  blockId: z.string(),
  /** The "a) Kết quả đạt được" paragraph; null when a control carries the item and its label line was deleted. */
  labelBlockId: z.string().nullable(),
  /** The item's content blocks after its label (paragraphs and tables), in reading order. */
  contentBlockIds: z.array(z.string()),
  /** The item's `cds:item:<section>:<part>` content control, when structured. */
  controlId: z.string().nullable(),
});
export type ItemBlocks = z.infer<typeof ItemBlocksSchema>;

export const ResultItemsSchema = z.object({
  /** The item's text (label and title removed); null when the item is absent, "" when it is empty. */
  results: z.string().nullable(),
  shortcomings: z.string().nullable(),
  /**
   * Where each item is; null for an absent item. Extraction always fills it; optional
   * so plans stored before it existed still parse.
   */
  blocks: z.object({ results: ItemBlocksSchema.nullable(), shortcomings: ItemBlocksSchema.nullable() }).optional(),
});
export type ResultItems = z.infer<typeof ResultItemsSchema>;
/** Items as extraction gives them: always with their blocks. */
export type LocatedItems = ResultItems & { blocks: NonNullable<ResultItems['blocks']> };

export const PlanSectionSchema = z.object({
  /** Canonical section id (P2.III.6). */
  id: z.string(),
  /** The heading as written in the document. */
  heading: z.string(),
  /** Block id of the heading paragraph (or the section's content control). */
  blockId: z.string(),
  /** The section's own body text (not its subsections'), paragraphs joined by newlines. */
  text: z.string(),
  /** a)/b) texts for sections that carry them. */
  items: ResultItemsSchema.optional(),
});
export type PlanSection = z.infer<typeof PlanSectionSchema>;

export const IndicatorSchema = z.object({
  /** Row id in the document. */
  blockId: z.string(),
  /** Catalogue code when the row is linked to (or recognised as) a catalogue entry. */
  code: z.string().nullable(),
  /** For intermediate/component indicators: the catalogue entry they serve. */
  parentCode: z.string().nullable(),
  name: z.string(),
  unit: z.string(),
  target2026: z.string(),
  /** target2026 parsed (95% → 95); null when not quantified. */
  target2026Value: z.number().nullable(),
  target2030: z.string(),
  target2030Value: z.number().nullable(),
  method: z.string(),
  measurement: z.string(),
  lead: z.string(),
  deadline: z.string(),
  resources: z.string(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const TaskSchema = z.object({
  blockId: z.string(),
  /** The P2.III area (or P2.VI) the row sits under. */
  section: z.string(),
  name: z.string(),
  expectedResult: z.string(),
  effectiveness: z.string(),
  deadline: z.string(),
  implementingUnit: z.string(),
  fundingSource: z.string(),
  /** Amount text as written ("1.250 triệu đồng") and parsed in VND when it parses. */
  amount: z.string(),
  amountVnd: z.number().nullable(),
});
export type Task = z.infer<typeof TaskSchema>;

export const Project2025Schema = z.object({
  blockId: z.string(),
  name: z.string(),
  goal: z.string(),
  totalInvestment: z.string(),
  totalInvestmentVnd: z.number().nullable(),
  fundingSource: z.string(),
  duration: z.string(),
  status: z.string(),
});
export type Project2025 = z.infer<typeof Project2025Schema>;

/** An "ignore, with a reason" decision saved in the document by the add-in. */
export const IgnoreSchema = z.object({
  rule: z.string(),
  section: z.string().nullable(),
  blockId: z.string().nullable(),
  reason: z.string().min(1),
  by: z.string().optional(),
  at: z.string().optional(),
});
export type Ignore = z.infer<typeof IgnoreSchema>;

/** A recognised structured table: how its header was read, what it lacks, what was not understood. */
export const PlanTableSchema = z.object({
  blockId: z.string(),
  kind: z.enum(['indicators', 'tasks', 'projects2025']),
  /** The section it sits in; null before the first heading. */
  section: z.string().nullable(),
  headerRows: z.number().int().min(0),
  /** Field key → the header text it was read from (one column may fill two fields). */
  columns: z.array(z.object({ key: z.string(), header: z.string() })),
  /** Required fields no column was found for. */
  missing: z.array(z.string()),
  /** Header texts of columns that were not recognised as any field. */
  unrecognized: z.array(z.string()),
  /** The money unit stated for the table outside its header ("Đơn vị tính: triệu đồng"), if any. */
  unit: z.string().nullable(),
});
export type PlanTable = z.infer<typeof PlanTableSchema>;

export const PlanDataSchema = z.object({
  templateVersion: z.string(),
  agency: z.object({ name: z.string().nullable(), kind: AgencyKindSchema.nullable() }),
  sections: z.array(PlanSectionSchema),
  indicators: z.array(IndicatorSchema),
  tasks: z.array(TaskSchema),
  projects2025: z.array(Project2025Schema),
  ignores: z.array(IgnoreSchema),
  /** The structured tables found (extract always fills it; optional so older drafts still parse). */
  tables: z.array(PlanTableSchema).optional(),
});
export type PlanData = z.infer<typeof PlanDataSchema>;
