import type { Table, TableCell, TableRow } from '@cds/model';
import { assertEditable, markChanged, newParagraph } from '../doc/edit.js';
import type { HostState } from '../runtime/state.js';
import { newTable } from './range-edit.js';

/** Sets a cell's text (`TableCell.value`, `Table.values`): one paragraph per line. */
export function setCellText(host: HostState, cell: TableCell, text: string): void {
  assertEditable(host, cell);
  const like = cell.blocks.find((b) => b.kind === 'paragraph');
  cell.blocks.splice(
    0,
    cell.blocks.length,
    ...text.split(/\r\n|\r|\n/).map((line) => newParagraph(host, line.replace(/\u000b/g, '\n'), like?.kind === 'paragraph' ? like : undefined)),
  );
  host.touch();
  markChanged(host, cell);
}

function newRows(host: HostState, count: number, columns: number, values?: string[][]): TableRow[] {
  return newTable(host, count, columns, values).rows;
}

/** Inserts `count` new rows at `at`, with optional values. */
export function addRows(host: HostState, t: Table, at: number, count: number, values?: string[][]): void {
  assertEditable(host, t);
  const columns = t.rows[0]?.cells.length ?? values?.[0]?.length ?? 1;
  t.rows.splice(at, 0, ...newRows(host, count, columns, values));
  host.touch();
  for (const r of t.rows.slice(at, at + count))
    for (const c of r.cells) for (const b of c.blocks) if (b.kind === 'paragraph') host.changes.paragraphsAdded.add(b);
  markChanged(host, t);
}
