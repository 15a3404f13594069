import type { Table } from '@cds/model';
import { cellAt, rowGrid } from './grid.js';
import type { TableMatch } from './table-recognize.js';

/** One data row of a recognised table: field texts by column key, and the row itself. */
export interface DataRow {
  rowId: string;
  /** Tag of the row-level content control, when structured. */
  tag?: string;
  cells: Record<string, string>;
}

const GROUP_STT = /^([IVXLC]+|[A-ZĐ])\.?$/;

/**
 * The data rows of a recognised table, header rows skipped. A cell covered by a
 * vertical merge takes the text of the merged cell above; group rows ("I. Chỉ tiêu
 * về Chính phủ số" across the table, or a roman/letter STT with only a name) and
 * empty rows are skipped.
 */
export function dataRows(table: Table, match: TableMatch): DataRow[] {
  const out: DataRow[] = [];
  const above = new Map<number, string>();
  for (let r = match.headerRows; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const grid = rowGrid(row);
    const cells: Record<string, string> = {};
    for (const c of match.columns) {
      const g = cellAt(grid, c.col);
      let text = g ? g.text : '';
      if (g?.continued) text = above.get(c.col) ?? '';
      cells[c.key] = text;
    }
    for (const c of match.columns) above.set(c.col, cells[c.key]!);
    const filled = grid.filter((g) => g.text).length;
    if (filled === 0) continue;
    const wide = grid.length === 1 || (filled === 1 && grid.some((g) => g.text && g.span >= 2));
    const others = match.columns.filter((c) => c.key !== 'stt' && c.key !== 'name' && cells[c.key]);
    const groupStt = GROUP_STT.test(cells.stt ?? '') && others.length === 0;
    if (wide || groupStt) continue;
    const item: DataRow = { rowId: row.id, cells };
    if (row.cc?.tag) item.tag = row.cc.tag;
    out.push(item);
  }
  return out;
}
