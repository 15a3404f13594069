/**
 * What the recognizer found: where each template section is in a document.
 * Structured documents (made with the add-in) are read from their content-control
 * tags; plain documents from their headings.
 */
export interface OutlineSection {
  /** Canonical id. */
  id: string;
  /** Block id of the heading paragraph. */
  headingBlockId: string;
  /** The heading text as written (numbering label included). */
  headingText: string;
  /**
   * Further paragraphs that are part of the heading: the title typed on the line
   * after a bare "PHẦN I" / "PHẦN THỨ NHẤT". Format rules should treat them as
   * heading lines, not body text. Absent when the heading is one paragraph.
   */
  headingContinuationIds?: string[];
  /**
   * A run-in heading ("1. Phát huy …: Rà soát, kiện toàn …", the title bold and its
   * first sentence on the same line): the text after the title, which is the
   * section's first content. Absent when the heading paragraph is only a heading.
   */
  runInText?: string;
  /** Block id of the enclosing section content control, when structured. */
  controlId?: string;
  /** How it was recognised. */
  via: 'control' | 'heading';
  /** Id of the section it was found under (may differ from the template's parent when misplaced). */
  foundUnder: string | null;
  /**
   * Ids of the blocks (paragraphs and tables, in reading order) that belong to this
   * section directly, up to its first subsection or the next section.
   */
  contentBlockIds: string[];
}

export interface UnknownHeading {
  blockId: string;
  text: string;
}

export interface Outline {
  templateVersion: string;
  /** Sections in document order; a section found twice appears twice. */
  sections: OutlineSection[];
  /** Headings that look like section headings but match nothing in the template. */
  unknownHeadings: UnknownHeading[];
  /** True when the document carries our content controls (made or adopted by the add-in). */
  structured: boolean;
  /**
   * Paragraphs after the plan's body that belong to no section: the signature block
   * ("Nơi nhận", "TM. ỦY BAN NHÂN DÂN") and annex titles ("PHỤ LỤC I", "(Kèm theo Kế
   * hoạch số …)"). Tables there still count for the last section.
   */
  trailingBlockIds?: string[];
}
