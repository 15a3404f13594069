import type { Paragraph } from '@cds/model';

/** What the block writer needs from the rest of the package being written. */
export interface WriteContext {
  numbering: { numPr(p: Paragraph): string | undefined };
  /** Outline level each written paragraph style carries (undefined = body text). */
  styleOutline: Map<string, number | undefined>;
  /** Placeholder docPart name for a placeholder text (registers it in the glossary). */
  placeholder(text: string): string;
  /** Next generated `w:id` for controls that have none. */
  nextSdtId(): number;
}
