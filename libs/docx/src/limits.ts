/**
 * Limits that keep a hostile upload from exhausting memory or time. A real
 * 150-page plan is about 1–3 MB zipped and 5–20 MB inflated, so the size limits
 * are generous. The text budget bounds what reading and analysing can cost: the
 * generated 150-page plan in `@cds/plan/testing` has about 9,300 paragraphs, 520,000
 * characters (the longest paragraph 229), 6,400 table cells and counters below
 * 200: each limit is at least 4× that (a test reads it, and every corpus file,
 * with every limit cut to a quarter). They are not tighter because analysis,
 * not reading, is what costs: `analyze()` takes about 0.5 s of CPU on that plan.
 */
export interface DocxLimits {
  /** Largest accepted input file. */
  maxInputBytes: number;
  /** Sum of the inflated sizes of every entry we inflate, and of all declared sizes. */
  maxTotalInflated: number;
  /** Largest inflated size of one entry. */
  maxEntryInflated: number;
  /** Largest compression ratio for an entry whose inflated size exceeds `ratioAppliesAbove`. */
  maxRatio: number;
  ratioAppliesAbove: number;
  /** Most entries in the central directory. */
  maxEntries: number;
  /** Most paragraphs in the document (body, table cells, headers and footers, text boxes). */
  maxParagraphs: number;
  /** Most characters in one paragraph (its text and label). */
  maxParagraphChars: number;
  /** Most characters in the whole document. */
  maxTextChars: number;
  /** Most table cells in the document. */
  maxTableCells: number;
  /** Most fields (`w:fldChar begin`, `w:fldSimple`), closed or not. */
  maxFields: number;
  /** Largest value a numbering counter may reach (its `w:start` or `w:startOverride` included). */
  maxCounterValue: number;
}

export const DOCX_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxInputBytes: 50 * 1024 * 1024,
  maxTotalInflated: 200 * 1024 * 1024,
  maxEntryInflated: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioAppliesAbove: 1024 * 1024,
  maxEntries: 10_000,
  maxParagraphs: 50_000,
  maxParagraphChars: 100_000,
  maxTextChars: 2_500_000,
  maxTableCells: 50_000,
  maxFields: 50_000,
  maxCounterValue: 100_000,
});
