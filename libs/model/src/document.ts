/**
 * The neutral document tree every adapter produces (the .docx reader, the Word
 * host, the add-in's Word reader) and every pure part consumes (recognizer,
 * extraction, rules). It is plain data: serialisable, no methods, no I/O.
 *
 * Ids are stable within one reading of a document (`b12`, `b12.r0.c1.b0`) so
 * findings can point back at the place they came from.
 */

/** Content-control properties, as Word stores them in `w:sdtPr`. */
export interface ContentControlProps {
  /** `w:tag`: the machine-readable key (our tags look like `cds:section:P2.III.6`). */
  tag?: string;
  /** `w:alias`: the title Word shows on the control. */
  title?: string;
  /** `w:id`: Word's numeric id, kept so a round trip does not renumber controls. */
  sdtId?: number;
  /** `w:lock`: sdtLocked = cannot delete, contentLocked = cannot edit. */
  cannotDelete?: boolean;
  cannotEdit?: boolean;
  /** `w15:appearance`: boundingBox (default), tags, hidden. */
  appearance?: 'boundingBox' | 'tags' | 'hidden';
  /** `w15:color`, as RRGGBB. */
  color?: string;
  /** Text of the placeholder (docPart) shown while the control is empty. */
  placeholderText?: string;
  /** True while the control shows its placeholder (`w:showingPlcHdr`). */
  showingPlaceholder?: boolean;
}

/** Character formatting that the format rules look at. Unset = inherited. */
export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font family actually in effect (rFonts ascii/hAnsi, resolved through styles where known). */
  font?: string;
  sizePt?: number;
  /** RRGGBB or 'auto'. */
  color?: string;
  caps?: boolean;
}

export interface Run {
  kind: 'run';
  text: string;
  props?: RunProps;
}

/** An inline (run-level) content control inside a paragraph. */
export interface InlineContentControl {
  kind: 'inlineControl';
  id: string;
  cc: ContentControlProps;
  children: Inline[];
}

export type Inline = Run | InlineContentControl;

export type Alignment = 'left' | 'center' | 'right' | 'justify' | 'distribute';

export interface ParagraphProps {
  alignment?: Alignment;
  /** First-line indent in cm (negative = hanging). */
  firstLineIndentCm?: number;
  leftIndentCm?: number;
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  /** Line spacing as a multiple of single (1, 1.15, 1.5) when `auto`; exact points otherwise. */
  lineSpacing?: { rule: 'auto' | 'exact' | 'atLeast'; value: number };
  /** Paragraph mark run properties and the paragraph's style run props, merged. */
  runDefaults?: RunProps;
}

export interface Numbering {
  numId: string;
  level: number;
  /** The label Word shows, rendered from numbering.xml: "1.", "a)", "II.", "•". */
  label: string;
  /** numFmt of the level: decimal, lowerLetter, upperRoman, bullet, … */
  format: string;
}

export interface Paragraph {
  kind: 'paragraph';
  id: string;
  /** Style id (`w:pStyle`), e.g. "Heading1"; undefined = Normal. */
  styleId?: string;
  /** The style's display name, e.g. "heading 1". */
  styleName?: string;
  /** 0-based outline level (Heading 1 = 0) from direct props or the style chain; undefined = body text. */
  outlineLevel?: number;
  numbering?: Numbering;
  props?: ParagraphProps;
  inlines: Inline[];
}

export interface TableCell {
  id: string;
  blocks: Block[];
  /** Number of grid columns the cell spans (`w:gridSpan`). */
  gridSpan?: number;
  /** Vertical merge: 'restart' starts a merged region, 'continue' is covered by the cell above. */
  vMerge?: 'restart' | 'continue';
  /** A cell-level content control around this cell. */
  cc?: ContentControlProps;
}

export interface TableRow {
  id: string;
  cells: TableCell[];
  isHeader?: boolean;
  /** A row-level content control around this row. */
  cc?: ContentControlProps;
}

export interface Table {
  kind: 'table';
  id: string;
  rows: TableRow[];
  styleId?: string;
}

/** A block-level content control (`w:sdt` around paragraphs and tables). */
export interface BlockContentControl {
  kind: 'blockControl';
  id: string;
  cc: ContentControlProps;
  children: Block[];
}

export type Block = Paragraph | Table | BlockContentControl;

export interface PageSetup {
  widthMm: number;
  heightMm: number;
  orientation: 'portrait' | 'landscape';
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number; headerMm?: number; footerMm?: number };
  /** `w:titlePg`: the first page has its own header (so no page number there). */
  differentFirstPage?: boolean;
  /** Where a PAGE field was found: header/footer, and its paragraph alignment. */
  pageNumber?: { in: 'header' | 'footer'; alignment?: Alignment; onFirstPage: boolean };
  /** Index into `body` of the last block this section covers (sections end at a sectPr). */
  endsAfterBlock?: number;
}

export interface DocDefaults {
  font?: string;
  sizePt?: number;
}

export interface DocumentModel {
  body: Block[];
  /** One entry per document section (`w:sectPr`), in order; the last is the body's. */
  sections: PageSetup[];
  defaults: DocDefaults;
  /** Text of the first-section header paragraphs, used to read the agency name. */
  headerText?: string[];
  /** Custom XML parts by their root namespace or id (the add-in stores ignores and settings here). */
  customParts?: Record<string, string>;
  /** Word's document settings the add-in writes (Office.context.document.settings). */
  settings?: Record<string, string>;
  /**
   * Unaccepted tracked changes (w:ins / w:del / formatting changes) in the body, counted
   * by the reader. Absent when the reader does not know (the Word adapter, old models).
   */
  trackedChanges?: { insertions: number; deletions: number; formatChanges: number };
}
