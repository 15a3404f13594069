/**
 * Size limits that keep a hostile upload from exhausting memory or time. A real
 * 150-page plan is about 1–3 MB zipped and 5–20 MB inflated, so these are generous.
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
}

export const DOCX_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxInputBytes: 50 * 1024 * 1024,
  maxTotalInflated: 200 * 1024 * 1024,
  maxEntryInflated: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioAppliesAbove: 1024 * 1024,
  maxEntries: 10_000,
});
