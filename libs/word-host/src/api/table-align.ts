import type { Alignment, Paragraph, Table, TableCell, TableRow } from '@cds/model';
import { assertEditable, markChanged } from '../doc/edit.js';
import { paragraphsUnder } from '../doc/tree.js';
import { errors } from '../errors.js';
import type { HostContext } from '../runtime/context.js';

const TO_API: Record<Alignment, string> = { left: 'Left', center: 'Centered', right: 'Right', justify: 'Justified', distribute: 'Justified' };
const FROM_API: Record<string, Alignment> = { Left: 'left', Centered: 'center', Right: 'right', Justified: 'justify' };
const V_ALIGN = ['Top', 'Center', 'Bottom'];

/**
 * Properties the document model has no field for (table alignment on the page, vertical
 * alignment of cells). The host keeps them on the node for the session, so they read back,
 * but @cds/docx does not write them: they do not reach the saved .docx.
 */
export type Unsaved = { hostAlignment?: string; hostVerticalAlignment?: string };

const same = (vals: string[]): string => (vals.length && vals.every((v) => v === vals[0]) ? vals[0]! : 'Mixed');

const cellsOf = (n: Table | TableRow | TableCell): TableCell[] => ('rows' in n ? n.rows.flatMap((r) => r.cells) : 'cells' in n ? n.cells : [n]);

/**
 * `horizontalAlignment` of a table, row or cell: the alignment of the paragraphs in its
 * cells (Word: "the horizontal alignment of every cell"), so it is saved as their `w:jc`.
 * https://learn.microsoft.com/javascript/api/word/word.table#word-word-table-horizontalalignment-member
 */
export const horizontalAlignment = {
  get: (n: Table | TableRow | TableCell, ctx: HostContext) => {
    const idx = ctx._host.state.index();
    return same(
      cellsOf(n)
        .flatMap((c) => paragraphsUnder(idx, c))
        .map((p) => TO_API[p.props?.alignment ?? 'left']),
    );
  },
  set: (n: Table | TableRow | TableCell, v: string, ctx: HostContext) => {
    const a = FROM_API[v];
    if (!a) throw errors.invalidArgument(`horizontalAlignment '${v}'`);
    const host = ctx._host.state;
    const ps: Paragraph[] = cellsOf(n).flatMap((c) => paragraphsUnder(host.index(), c));
    for (const p of ps) assertEditable(host, p);
    for (const p of ps) {
      (p.props ??= {}).alignment = a;
      markChanged(host, p);
    }
  },
};

/** `verticalAlignment` (Top, Center, Bottom) of a table, row or cell: kept for the session only (see Unsaved). */
export const verticalAlignment = {
  get: (n: Table | TableRow | TableCell) => same(cellsOf(n).map((c) => (c as Unsaved).hostVerticalAlignment ?? 'Top')),
  set: (n: Table | TableRow | TableCell, v: string) => {
    if (!V_ALIGN.includes(v)) throw errors.invalidArgument(`verticalAlignment '${v}'`);
    for (const c of cellsOf(n)) (c as Unsaved).hostVerticalAlignment = v;
  },
};

/** `Table.alignment` (Left, Centered, Right) against the page column: kept for the session only (see Unsaved). */
export const tableAlignment = {
  get: (t: Table) => (t as Unsaved).hostAlignment ?? 'Left',
  set: (t: Table, v: string) => {
    if (!['Left', 'Centered', 'Right'].includes(v)) throw errors.invalidArgument(`Table.alignment '${v}'`);
    (t as Unsaved).hostAlignment = v;
  },
};
