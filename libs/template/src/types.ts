import type { ItemPart } from './enums.js';
/**
 * The shape of a framework template. A template version is data only: adding
 * `mst-2027` means adding one more file of this shape and registering it.
 */

export type TableKind = 'indicators' | 'tasks' | 'projects2025';

/** One node of the template's section tree, with its canonical id (PRODUCT.md). */
export interface TemplateSection {
  /** Canonical id: P1, P1.II, P1.II.2.1, P2.III.6 … */
  id: string;
  /** Parent id; undefined for the two "Phần". */
  parent?: string;
  /** 0 = Phần, 1 = roman (I.), 2 = arabic (1.), 3 = decimal (2.1.). */
  level: 0 | 1 | 2 | 3;
  /** The numbering as printed: "I" for "Phần I", "III", "6", "2.1". */
  number: string;
  /** The title after the number, exactly as the template prints it. */
  title: string;
  /** Other wordings people use for the same title (matched loosely). */
  titleVariants?: string[];
  /** MST's guidance paragraphs under the heading (not content when left in). */
  guidance?: string[];
  /** Carries the a) Kết quả đạt được / b) Tồn tại, hạn chế items. */
  hasResultItems?: boolean;
  /** Holds this structured table (the rules expect it here). */
  table?: TableKind;
  /** Tables the section may also hold (e.g. a task table under each P2.III area); read, not required. */
  acceptsTables?: TableKind[];
  /** Free-text requirements the rules check (e.g. P2.III areas name content, result, timeline, unit). */
  requires?: ('content' | 'expectedResult' | 'timeline' | 'implementingUnit' | 'communeLevel')[];
}

export interface TableColumn {
  /** Field key in the extracted data (see @cds/plan's schemas). */
  key: string;
  /** The column header as the template prints it. */
  label: string;
  /** Other headers accepted for the same column (matched loosely). */
  variants: string[];
  /**
   * The column by meaning: sets of folded words of which a header must hold every
   * word of one set ("Nguồn lực bảo đảm" holds {nguon, luc}). Weaker than a label.
   */
  keywords?: string[][];
  required: boolean;
}

export interface TableSpec {
  kind: TableKind;
  /** Section the table belongs to. */
  section: string;
  columns: TableColumn[];
}

/** A document the legal-basis rule knows, to check the number and date a plan cites. */
export interface KnownDocument {
  /** Short key, e.g. "NQ57". */
  key: string;
  /** Kind as cited: "Nghị quyết", "Quyết định", "Thông tư". */
  kind: string;
  /** Number as cited: "57-NQ/TW", "71/NQ-CP". */
  number: string;
  /** ISO date of issue. */
  date: string;
  issuer: string;
  /** Must be cited in P2.I. */
  requiredInBasis: boolean;
}

export interface ResultItemSpec {
  part: ItemPart;
  label: string; // "a)"
  title: string; // "Kết quả đạt được"
  /** Other titles drafters give the item ("Khó khăn, vướng mắc"), matched after folding. */
  titleVariants?: string[];
}

export interface Template {
  version: string;
  name: string;
  /** Title block of the framework document. */
  documentTitle: string;
  sections: TemplateSection[];
  resultItems: [ResultItemSpec, ResultItemSpec];
  tables: Record<TableKind, TableSpec>;
  knownDocuments: KnownDocument[];
  /** The section that lists the legal basis (where `requiredInBasis` documents must be cited): P2.I in 2026. */
  legalBasisSection?: string;
}
