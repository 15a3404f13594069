import type { Paragraph } from '@cds/model';
import type { ParaStyleInfo } from '../read/styles.js';

/** What the block writer needs from the rest of the package being written. */
export interface WriteContext {
  numbering: { numPr(p: Paragraph): string | undefined };
  /** Outline level each written paragraph style carries (undefined = body text). */
  styleOutline: Map<string, number | undefined>;
  /** What a paragraph style gives without direct formatting, resolved by the reader's own logic. */
  inherited(styleId: string | undefined): ParaStyleInfo;
  /** Placeholder docPart name for a placeholder text (registers it in the glossary). */
  placeholder(text: string): string;
  /** Next generated `w:id` for controls that have none. */
  nextSdtId(): number;
}
