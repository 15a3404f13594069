import type { TableKind } from '@cds/template';

/**
 * The intermediate form of a generated plan: what each section says, before it is
 * laid out as paragraphs, tables and controls. Mutators edit this form, so a
 * negative case is "the clean plan, with one thing changed".
 */
export interface TableSpecRow {
  /** Key used in the row's tag (catalogue code or row number). */
  key: string;
  /** Cell text by column key; missing keys are empty cells. */
  cells: Record<string, string>;
}

export interface TableBody {
  kind: 'table';
  table: TableKind;
  /** Column keys and the header label printed for each. */
  columns: { key: string; label: string }[];
  rows: TableSpecRow[];
}

export interface ParaBody {
  kind: 'para';
  text: string;
}

export type BodySpec = ParaBody | TableBody;

export interface SectionSpec {
  id: string;
  level: 0 | 1 | 2 | 3;
  /** Printed number: "I", "III", "6", "2.1". */
  number: string;
  title: string;
  body: BodySpec[];
  /** a)/b) contents (paragraph texts after the "a) Kết quả đạt được:" line). */
  items?: { results?: string[]; shortcomings?: string[] };
  children: SectionSpec[];
}

export interface PlanSpec {
  agencyKind: 'province' | 'central';
  /** The issuing body line: "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" / "BỘ Y TẾ". */
  headerName: string;
  /** The place for the date line: "Cao Bằng" / "Hà Nội". */
  place: string;
  sections: SectionSpec[];
}

/** Depth-first search for a section spec (and its sibling list) by id. */
export function findSpec(list: SectionSpec[], id: string): { spec: SectionSpec; siblings: SectionSpec[]; index: number } | undefined {
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    if (s.id === id) return { spec: s, siblings: list, index: i };
    const hit = findSpec(s.children, id);
    if (hit) return hit;
  }
  return undefined;
}

/** Every section spec in reading order. */
export function* allSpecs(list: SectionSpec[]): Generator<SectionSpec> {
  for (const s of list) {
    yield s;
    yield* allSpecs(s.children);
  }
}
