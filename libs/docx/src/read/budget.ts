import { DocxError } from '../errors.js';
import type { DocxLimits } from '../limits.js';

/**
 * The text budget of one document, shared by every story (body, headers,
 * footers, text boxes): paragraphs, characters per paragraph and in all, table
 * cells, fields and numbering counters. Passing any limit refuses the document
 * with a typed DocxError, so reading and analysing cost at most a known amount
 * whatever the file holds.
 */
export class Budget {
  private paragraphs = 0;
  private chars = 0;
  private cells = 0;
  private fields = 0;

  constructor(readonly limits: Readonly<DocxLimits>) {}

  paragraph(): void {
    if (++this.paragraphs > this.limits.maxParagraphs) throw new DocxError('too-many-paragraphs', undefined, this.limits.maxParagraphs);
  }

  /**
   * Counts `added` characters of a paragraph that now holds `para.chars`;
   * `para.start` is its beginning, for the message. (An object, not a callback:
   * this runs for every piece of text.)
   */
  text(added: number, para: { chars: number; start: string }): void {
    this.chars += added;
    if (para.chars > this.limits.maxParagraphChars) throw new DocxError('paragraph-too-long', undefined, this.limits.maxParagraphChars, para.start);
    if (this.chars > this.limits.maxTextChars) throw new DocxError('too-much-text', undefined, this.limits.maxTextChars);
  }

  cell(): void {
    if (++this.cells > this.limits.maxTableCells) throw new DocxError('too-many-cells', undefined, this.limits.maxTableCells);
  }

  field(): void {
    if (++this.fields > this.limits.maxFields) throw new DocxError('too-many-fields', undefined, this.limits.maxFields);
  }

  /** A numbering counter value about to be shown. */
  counter(value: number): void {
    if (Math.abs(value) > this.limits.maxCounterValue) throw new DocxError('counter-too-large', undefined, this.limits.maxCounterValue);
  }
}
