import { cellText, cleanText } from '@cds/model';
import type { TableCell, TableRow } from '@cds/model';

/** A cell placed on the table grid (gridSpan taken into account). */
export interface GridCell {
  cell: TableCell;
  /** First grid column the cell covers. */
  col: number;
  span: number;
  text: string;
  /** Covered by the cell above (vMerge continue): its own text is empty in Word. */
  continued: boolean;
}

/** The cells of a row with their grid columns. */
export function rowGrid(row: TableRow): GridCell[] {
  let col = 0;
  return row.cells.map((cell) => {
    const span = Math.max(1, cell.gridSpan ?? 1);
    const g: GridCell = { cell, col, span, text: cleanText(cellText(cell)), continued: cell.vMerge === 'continue' };
    col += span;
    return g;
  });
}

/** The grid cell covering column `col`, if any. */
export function cellAt(grid: readonly GridCell[], col: number): GridCell | undefined {
  for (const g of grid) if (col >= g.col && col < g.col + g.span) return g;
  return undefined;
}

/** Number of grid columns a row covers. */
export function gridWidth(grid: readonly GridCell[]): number {
  const last = grid[grid.length - 1];
  return last ? last.col + last.span : 0;
}
