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
  const tblPr = child(n, 'w:tblPr');
  const style = childVal(tblPr, 'w:tblStyle');
  if (child(tblPr, 'w:tblPrChange')) ctx.tracked.formatChanges++;
  if (style) table.styleId = style;
  collectRows(kids(n), table, undefined, ctx);
  return table;
}

function collectRows(nodes: XNode[], table: Table, cc: ContentControlProps | undefined, ctx: ReadContext): void {
  for (const n of nodes) {
    const t = tag(n);
    if (t === 'w:tr') {
      const trPr = child(n, 'w:trPr');
      if (child(trPr, 'w:del')) {
        ctx.tracked.deletions++;
        continue; // a row deleted with tracked changes is not there
      }
      if (child(trPr, 'w:ins')) ctx.tracked.insertions++;
      if (child(trPr, 'w:trPrChange')) ctx.tracked.formatChanges++;
      const row: TableRow = { id: `${table.id}.r${table.rows.length}`, cells: [] };
      if (onOff(child(trPr, 'w:tblHeader'))) row.isHeader = true;
      if (cc) row.cc = cc;
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
      const tcPr = child(n, 'w:tcPr');
      if (child(tcPr, 'w:tcPrChange')) ctx.tracked.formatChanges++;
      const cell: TableCell = { id, blocks: [] };
      // Word tables have at most 63 columns; a damaged span must not blow up a later write.
      const span = Math.min(MAX_COLUMNS, Math.floor(num(childVal(tcPr, 'w:gridSpan')) ?? 1));
      if (span > 1) cell.gridSpan = span;
      const vMerge = child(tcPr, 'w:vMerge');
      if (vMerge) cell.vMerge = attr(vMerge, 'w:val') === 'restart' ? 'restart' : 'continue';
      if (cc) cell.cc = cc;
      row.cells.push(cell);
      cell.blocks = readBlocks(kids(n), `${id}.`, ctx);
    } else if (t === 'w:sdt') {
      collectCells(kids(child(n, 'w:sdtContent') ?? {}), row, readSdtPr(child(n, 'w:sdtPr'), ctx), ctx);
    } else if (t === 'w:customXml') collectCells(kids(n), row, cc, ctx);
  }
}
