import type { Table } from '@cds/model';
import { foldKey } from '@cds/model';
import type { TableColumn, TableKind, Template } from '@cds/template';
import { cellAt, gridWidth, rowGrid } from './grid.js';
import type { GridCell } from './grid.js';
import { titleSimilarity, tokenSet } from './similarity.js';

/** One recognised column: the grid column it sits in and the header text found there. */
export interface ColumnMatch {
  key: string;
  col: number;
  header: string;
}

/** How a table was recognised from its header rows. */
export interface TableMatch {
  kind: TableKind;
  /** Rows at the top that are header (labels, and a "(1) (2) (3)" numbering row). */
  headerRows: number;
  columns: ColumnMatch[];
  /** Required columns of the kind that the header lacks. */
  missing: string[];
  /** Header texts of the columns no field was recognised in (what the drafter named them). */
  unrecognized: string[];
  /** Required columns found, plus a tenth per optional column: higher is surer. */
  score: number;
  /** Number of grid columns of the header. */
  width: number;
}

const HEADER_THRESHOLD = 0.75;
const MAX_HEADER_ROWS = 3;
/**
 * Header cell text longer than this names no column: the template's longest label is
 * 34 characters ("Cơ quan chủ trì theo dõi, đánh giá") and a header naming several
 * fields joins a handful of them, so such a cell is prose (a table whose first row is
 * text), and it is not folded or compared. This bounds the matching of any table
 * whatever its cells hold (a cell of 15,000 paragraphs once cost seconds).
 */
export const MAX_HEADER_TEXT = 1000;

interface LabelKeys {
  keys: string[];
  sets: Set<string>[];
}
/** Folded labels of each column, built once per column spec. */
const labelCache = new WeakMap<TableColumn, LabelKeys>();
function labelsOf(col: TableColumn): LabelKeys {
  let l = labelCache.get(col);
  if (!l) {
    const keys = [col.label, ...col.variants].map(foldKey);
    l = { keys, sets: keys.map((k) => tokenSet(k)) };
    labelCache.set(col, l);
  }
  return l;
}

/** A header holding every word of one of the column's keyword sets: 0.78, a little more per word (more specific wins). */
function keywordScore(set: Set<string>, col: TableColumn): number {
  let best = 0;
  for (const words of col.keywords ?? []) if (words.every((w) => set.has(w))) best = Math.max(best, Math.min(0.78 + 0.01 * words.length, 0.84));
  return best;
}

/**
 * Work done matching header texts, in units: characters folded, label comparisons and
 * tokens compared. Only read by the tests that bound it (a header cell of 15,000
 * paragraphs once cost seconds).
 */
export const recognizeWork = { units: 0 };

/**
 * How well a folded header names a column. Exact below the threshold only: a score
 * under HEADER_THRESHOLD may come out lower than the plain comparison would give,
 * which no caller can see (they keep only scores at or above it).
 */
function labelScore(key: string, set: Set<string>, col: TableColumn): number {
  if (!key) return 0;
  recognizeWork.units++;
  const { keys, sets } = labelsOf(col);
  let best = keywordScore(set, col);
  for (let i = 0; i < keys.length; i++) {
    const l = keys[i]!;
    if (key === l) return 1;
    // Short labels (STT, TT, ĐVT) must match exactly.
    if (l.length <= 3 || key.length <= 3) continue;
    // Word sets of very different sizes cannot reach the threshold (0.75 > 2/3): Dice is
    // at most 2·min/(F+E) < 2/3 unless E/2 ≤ F ≤ 2E, and containment needs E ≤ F ≤ 2E.
    // Skipping them keeps a huge header cell from being compared word by word with every
    // label, and the many parts of a joined one from a full comparison each.
    const label = sets[i]!;
    const e = label.size;
    if (set.size > 2 * e || 2 * set.size < e) continue;
    // Nor can too few shared words: Dice needs 2c ≥ 0.75·(F+E), containment c = E.
    let common = 0;
    for (const t of label) if (set.has(t)) common++;
    recognizeWork.units += e;
    if (common !== e && 2 * common < HEADER_THRESHOLD * (set.size + e)) continue;
    recognizeWork.units += set.size + e;
    best = Math.max(best, titleSimilarity(set, label, true));
  }
  return best;
}

interface Folded {
  key: string;
  set: Set<string>;
}

/** What a header over MAX_HEADER_TEXT folds to: no key, no words, so it matches nothing. */
const NOTHING: Folded = { key: '', set: new Set() };

const FOLDED_ASCII = /^[a-z0-9 ]*$/;

/** `tokenSet(key)` of a folded key, without folding it again when it is plain ASCII (folding leaves that as it is). */
function wordsOf(key: string): Set<string> {
  return FOLDED_ASCII.test(key) ? new Set(key ? key.split(' ') : []) : tokenSet(key);
}

/**
 * Folded texts of one table's header, shared by every kind and depth tried: each
 * distinct text is folded once, each joined header split once, and the fields a
 * joined header names found once per kind, so matching costs linear time in the
 * header's text (times the number of labels, a constant of the template).
 */
class HeaderCache {
  private readonly folded = new Map<string, Folded>();
  private readonly parts = new Map<string, Folded[]>();
  private readonly fields = new Map<readonly TableColumn[], Map<string, Set<string>>>();

  fold(text: string): Folded {
    if (text.length > MAX_HEADER_TEXT) return NOTHING;
    let f = this.folded.get(text);
    if (!f) {
      const key = foldKey(text);
      f = { key, set: wordsOf(key) };
      recognizeWork.units += text.length;
      this.folded.set(text, f);
    }
    return f;
  }

  /** The distinct folded parts of a header split where a comma, "/" or "và" joins them. */
  partsOf(header: string): Folded[] {
    if (header.length > MAX_HEADER_TEXT) return [];
    let out = this.parts.get(header);
    if (!out) {
      const byKey = new Map<string, Folded>();
      for (const part of header.split(JOINED)) {
        if (!part) continue;
        const key = foldKey(part);
        recognizeWork.units += part.length;
        if (!byKey.has(key)) byKey.set(key, { key, set: wordsOf(key) });
      }
      out = [...byKey.values()];
      this.parts.set(header, out);
    }
    return out;
  }

  /** The fields a header naming several fields fills (its parts' best columns), empty when it names fewer than two. */
  joinedFields(header: string, columns: readonly TableColumn[]): Set<string> {
    let perKind = this.fields.get(columns);
    if (!perKind) this.fields.set(columns, (perKind = new Map()));
    let found = perKind.get(header);
    if (found) return found;
    found = new Set<string>();
    // Parts folding alike find the same field: each distinct one is scored once.
    for (const { key, set } of this.partsOf(header)) {
      let best: { key: string; score: number } | null = null;
      for (const spec of columns) {
        const score = labelScore(key, set, spec);
        if (score >= HEADER_THRESHOLD && (!best || score > best.score)) best = { key: spec.key, score };
      }
      if (best) found.add(best.key);
    }
    if (found.size < 2) found.clear();
    perKind.set(header, found);
    return found;
  }
}

/**
 * How many rows the header takes at least, from its structure: a cell spanning
 * several columns ("Kinh phí" over "Dự kiến | Nguồn") or merged down into the next
 * row means that next row is header too. A full-width row is a group title, not a header.
 */
function structuralDepth(grids: GridCell[][], width: number): number {
  let depth = 1;
  while (depth < Math.min(MAX_HEADER_ROWS, grids.length)) {
    const above = grids[depth - 1]!;
    const spans = above.some((g) => g.span >= 2 && g.span < width && g.text);
    const continued = grids[depth]!.some((g) => g.continued);
    if (!spans && !continued) break;
    depth++;
  }
  return depth;
}

/** "Phương pháp tính, đo lường, đánh giá": one header naming several fields, split where a comma, "/" or "và" joins them. */
const JOINED = /\s*(?:[,;/]|\bvà\b)\s*/u;

/** Header text per grid column over the first `depth` rows: the lowest label, and all labels joined. */
function headerTexts(grids: GridCell[][], depth: number, width: number): string[][] {
  const out: string[][] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < depth; r++) {
      const g = cellAt(grids[r]!, c);
      if (g && g.text && !g.continued && parts[parts.length - 1] !== g.text) parts.push(g.text);
    }
    out.push(parts.length > 1 ? [parts[parts.length - 1]!, parts.join(' ')] : parts);
  }
  return out;
}

const NUMBERING_CELL = /^\(?\s*\d{1,2}\s*\)?$/;

/** A row that only numbers the columns: "(1) (2) (3) …". */
function isNumberingRow(grid: GridCell[]): boolean {
  const filled = grid.filter((g) => g.text);
  return filled.length >= 3 && filled.every((g) => NUMBERING_CELL.test(g.text));
}

/**
 * Maps header texts (per grid column: the lowest label, and all labels joined) to the
 * kind's columns: best scores first, one column per field and one field per column,
 * then a header naming several fields fills each of them that no other column holds.
 */
export function assignColumns(texts: string[][], columns: readonly TableColumn[], cache = new HeaderCache()): ColumnMatch[] {
  const pairs: { col: number; key: string; score: number; header: string }[] = [];
  texts.forEach((cands, col) => {
    const folded = cands.map((h) => ({ h, ...cache.fold(h) }));
    for (const spec of columns)
      for (const { h, key, set } of folded) {
        const score = labelScore(key, set, spec);
        if (score >= HEADER_THRESHOLD) pairs.push({ col, key: spec.key, score, header: h });
      }
  });
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const usedCols = new Set<number>();
  const usedKeys = new Set<string>();
  const out: ColumnMatch[] = [];
  for (const p of pairs) {
    if (usedCols.has(p.col) || usedKeys.has(p.key)) continue;
    usedCols.add(p.col);
    usedKeys.add(p.key);
    out.push({ key: p.key, col: p.col, header: texts[p.col]!.at(-1)! });
  }
  // A header that names several fields fills each of them (when no other column holds it).
  texts.forEach((cands, col) => {
    const header = cands[0];
    if (!header || !usedCols.has(col)) return;
    for (const key of cache.joinedFields(header, columns))
      if (!usedKeys.has(key)) {
        usedKeys.add(key);
        out.push({ key, col, header: texts[col]!.at(-1)! });
      }
  });
  return out.sort((a, b) => a.col - b.col);
}

/** Header texts of the grid columns no field was found in. */
function unrecognizedHeaders(texts: string[][], columns: readonly ColumnMatch[]): string[] {
  const used = new Set(columns.map((c) => c.col));
  const out = new Set<string>();
  texts.forEach((cands, col) => {
    const h = cands.at(-1);
    if (h && !used.has(col)) out.add(h);
  });
  return [...out];
}

/**
 * Recognises an indicator, task or 2025-project table by its header rows (one to
 * three rows, merged header cells included), mapping grid columns to field keys
 * through the template's labels and accepted variants. `hint` breaks ties (the
 * table sits in P1.II.10, say). Null when it is none of them.
 */
export function recognizeTable(table: Table, template: Template, hint?: TableKind): TableMatch | null {
  const grids = table.rows.slice(0, MAX_HEADER_ROWS + 1).map(rowGrid);
  if (grids.length === 0) return null;
  const width = Math.max(...grids.map(gridWidth));
  const minDepth = structuralDepth(grids, width);
  const maxDepth = Math.min(MAX_HEADER_ROWS, grids.length);
  // The header texts do not depend on the kind: built once per depth, folded once for all.
  const textsAt = new Map<number, string[][]>();
  for (let depth = minDepth; depth <= maxDepth; depth++) textsAt.set(depth, headerTexts(grids, depth, width));
  const cache = new HeaderCache();
  let best: TableMatch | null = null;
  for (const spec of Object.values(template.tables)) {
    for (let depth = minDepth; depth <= maxDepth; depth++) {
      const texts = textsAt.get(depth)!;
      const columns = assignColumns(texts, spec.columns, cache);
      const keys = new Set(columns.map((c) => c.key));
      if (!keys.has('name') || columns.length < 3) continue;
      const required = spec.columns.filter((c) => c.required);
      const found = required.filter((c) => keys.has(c.key)).length;
      // Indicators need their 2026 target column: a table of 2025 results is not an indicator plan.
      if (spec.kind === 'indicators' && !keys.has('target2026')) continue;
      const score = found + 0.1 * (columns.length - found) + (spec.kind === hint ? 0.05 : 0) - 0.01 * depth;
      if (found / required.length < 0.5) continue;
      if (!best || score > best.score) {
        let headerRows = depth;
        while (headerRows < grids.length && isNumberingRow(grids[headerRows]!)) headerRows++;
        const missing = required.filter((c) => !keys.has(c.key)).map((c) => c.key);
        best = { kind: spec.kind, headerRows, columns, missing, unrecognized: unrecognizedHeaders(texts, columns), score, width };
      }
    }
  }
  return best;
}

/**
 * A table with no header of its own that continues `previous` (a long table split
 * in two, or rows pasted below it): same grid width, so the same column mapping.
 * Null when the widths differ or there is nothing to continue.
 */
export function continueTable(table: Table, previous: TableMatch | null): TableMatch | null {
  if (!previous || table.rows.length === 0) return null;
  const grids = table.rows.map(rowGrid);
  if (gridWidth(grids[0]!) !== previous.width) return null;
  let headerRows = 0;
  while (headerRows < grids.length && isNumberingRow(grids[headerRows]!)) headerRows++;
  return { ...previous, headerRows };
}
