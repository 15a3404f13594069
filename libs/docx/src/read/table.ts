import type { ContentControlProps, Table, TableCell, TableRow } from '@cds/model';
import { readBlocks } from './blocks.js';
import type { ReadContext } from './context.js';
import { readSdtPr } from './controls.js';
import { num } from './props.js';
import { attr, child, childVal, kids, onOff, tag, type XNode } from './xml.js';

const MAX_COLUMNS = 63;

/** Reads a `w:tbl`: rows `${id}.r${i}`, cells `${row}.c${j}`, row/cell controls kept on the row/cell. */
export function readTable(n: XNode, id: string, ctx: ReadContext): Table {
  const table: Table = { kind: 'table', id, rows: [] };
  tableProps(table, child(n, 'w:tblPr'), ctx);
  collectRows(kids(n), table, undefined, ctx);
  return table;
}

/** What a table's `w:tblPr` gives: its style, a tracked format change. */
export function tableProps(table: Table, tblPr: XNode | undefined, ctx: ReadContext): void {
  const style = childVal(tblPr, 'w:tblStyle');
  if (child(tblPr, 'w:tblPrChange')) ctx.tracked.formatChanges++;
  if (style) table.styleId = style;
}

/** A row from its `w:trPr`, not yet in the table; undefined for a row deleted with tracked changes (it is not there). */
export function rowOf(trPr: XNode | undefined, table: Table, cc: ContentControlProps | undefined, ctx: ReadContext): TableRow | undefined {
  if (child(trPr, 'w:del')) {
    ctx.tracked.deletions++;
    return undefined;
  }
  if (child(trPr, 'w:ins')) ctx.tracked.insertions++;
  if (child(trPr, 'w:trPrChange')) ctx.tracked.formatChanges++;
  const row: TableRow = { id: `${table.id}.r${table.rows.length}`, cells: [] };
  if (onOff(child(trPr, 'w:tblHeader'))) row.isHeader = true;
  if (cc) row.cc = cc;
  return row;
}

/** What a cell's `w:tcPr` gives: its span, vertical merge, a tracked format change. */
export function cellProps(cell: TableCell, tcPr: XNode | undefined, ctx: ReadContext): void {
  if (child(tcPr, 'w:tcPrChange')) ctx.tracked.formatChanges++;
  // Word tables have at most 63 columns; a damaged span must not blow up a later write.
  const span = Math.min(MAX_COLUMNS, Math.floor(num(childVal(tcPr, 'w:gridSpan')) ?? 1));
  if (span > 1) cell.gridSpan = span;
  const vMerge = child(tcPr, 'w:vMerge');
  if (vMerge) cell.vMerge = attr(vMerge, 'w:val') === 'restart' ? 'restart' : 'continue';
}

function collectRows(nodes: XNode[], table: Table, cc: ContentControlProps | undefined, ctx: ReadContext): void {
  for (const n of nodes) {
    const t = tag(n);
    if (t === 'w:tr') {
      const row = rowOf(child(n, 'w:trPr'), table, cc, ctx);
      if (!row) continue;
      collectCells(kids(n), row, undefined, ctx);
      table.rows.push(row);
    } else if (t === 'w:sdt') {
      collectRows(kids(child(n, 'w:sdtContent') ?? {}), table, readSdtPr(child(n, 'w:sdtPr'), ctx), ctx);
    } else if (t === 'w:customXml' || t === 'w:ins' || t === 'w:moveTo') {
      if (t !== 'w:customXml') ctx.tracked.insertions++;
      collectRows(kids(n), table, cc, ctx);
    }
  }
}

function collectCells(nodes: XNode[], row: TableRow, cc: ContentControlProps | undefined, ctx: ReadContext): void {
  for (const n of nodes) {
    const t = tag(n);
    if (t === 'w:tc') {
      ctx.budget.cell();
      const id = `${row.id}.c${row.cells.length}`;
      const cell: TableCell = { id, blocks: [] };
      cellProps(cell, child(n, 'w:tcPr'), ctx);
      if (cc) cell.cc = cc;
      row.cells.push(cell);
      cell.blocks = readBlocks(kids(n), `${id}.`, ctx);
    } else if (t === 'w:sdt') {
      collectCells(kids(child(n, 'w:sdtContent') ?? {}), row, readSdtPr(child(n, 'w:sdtPr'), ctx), ctx);
    } else if (t === 'w:customXml') collectCells(kids(n), row, cc, ctx);
  }
}
