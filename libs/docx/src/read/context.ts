import type { Paragraph, RunProps } from '@cds/model';
import type { Budget } from './budget.js';
import type { NumberingState } from './numbering.js';
import type { ThemeFonts } from './props.js';
import type { Styles } from './styles.js';
import type { Recorded } from './sax.js';
import type { XNode } from './xml.js';

/** An open complex field (`w:fldChar begin` … `end`). */
export interface OpenField {
  instr: string;
  /** 'instr' until `separate`: only the result part is visible text. */
  phase: 'instr' | 'result';
  paragraph?: Paragraph;
  logged: boolean;
}

/** A field seen while reading a part, with the paragraph that holds it. */
export interface FieldSeen {
  instr: string;
  paragraph?: Paragraph;
}

/** State shared while reading one story (the body, a header, a footer). */
export interface ReadContext {
  styles: Styles;
  numbering: NumberingState;
  theme: ThemeFonts;
  /** Complex fields can span runs and paragraphs, so their stack lives here. */
  fields: OpenField[];
  /**
   * The open fields still in their instruction (text hidden while any is), in
   * stack order. Kept apart so that visibility is O(1) and each unclosed field is
   * settled once, not once per run and paragraph after it.
   */
  inInstr: OpenField[];
  fieldsSeen: FieldSeen[];
  /** The paragraph being read (fields remember where they started). */
  paragraph?: Paragraph;
  /** `w:sectPr` nodes met in paragraphs, with the top-level block index holding them. */
  sectPrs: { node: XNode; topIndex: number }[];
  /** Index of the top-level block being read. */
  topIndex: number;
  /** Placeholder text by docPart name, from the glossary document (loaded on first use). */
  placeholder: (docPart: string) => string | undefined;
  /** Resolved run props per paragraph style + character style. */
  runBase: Map<string, RunProps>;
  /** The document's text budget, shared by all stories. */
  budget: Budget;
  /** `w:txbxContent` elements met in the paragraph being read (made on the first); read as blocks after it. */
  textBoxes?: XNode[];
  /** The same for the stream reader: each box's recorded content. */
  streamBoxes?: Recorded[];
  /** Tracked changes counted in this story. */
  tracked: { insertions: number; deletions: number; formatChanges: number };
}

/** Records a field once, when its instruction is complete. */
export function logField(ctx: ReadContext, f: OpenField): void {
  if (f.logged) return;
  f.logged = true;
  ctx.fieldsSeen.push({ instr: f.instr, paragraph: f.paragraph });
}
