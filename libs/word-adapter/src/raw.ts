/**
 * What one read batch brings back from Word, as plain data (no proxies), so the
 * model is built by a pure function that tests can feed directly.
 */
export interface RawFont {
  name: string | null;
  size: number | null;
  bold: boolean | null;
  italic: boolean | null;
  color: string | null;
}

export interface RawParagraph {
  text: string;
  /** Localised style name (what Word shows). */
  style: string;
  /** Locale-independent built-in style (WordApi 1.3), "Other" for custom styles. */
  styleBuiltIn: string;
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
  outlineLevel: number;
  tableNestingLevel: number;
  /** The list label Word shows ("II.", "a)"), when the paragraph is a list item. */
  list: { label: string; level: number } | null;
  font: RawFont;
  /** Word id of the innermost content control around the paragraph. */
  controlId: number | null;
}

export interface RawControl {
  id: number;
  tag: string;
  title: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  subtype: string;
  parentId: number | null;
  /** Inside a table (a row, cell, or a control within a cell) rather than around one. */
  inTable: boolean;
}

export interface RawTable {
  nestingLevel: number;
  values: string[][];
  rows: { isHeader: boolean; cellParagraphs: number[] }[];
}

export interface RawDocument {
  paragraphs: RawParagraph[];
  controls: RawControl[];
  tables: RawTable[];
  headerText: string[] | null;
  customParts: Record<string, string>;
}
