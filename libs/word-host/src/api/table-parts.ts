import type { Table, TableCell, TableRow } from '@cds/model';
import { errors } from '../errors.js';
import { assertEditable, markChanged } from '../doc/edit.js';
import { apiText, cellValue } from '../doc/text.js';
import { isTable, nearest } from '../doc/tree.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import type { HostContext } from '../runtime/context.js';
import type { BodyImpl } from './body.js';
import { make } from './makers.js';
import { TableCellCollectionImpl } from './collections.js';
import { horizontalAlignment, verticalAlignment } from './table-align.js';
import { addRows, setCellText } from './table-edit.js';

const tableOf = (ctx: HostContext, n: TableRow | TableCell): Table | undefined => nearest(ctx._host.state.index(), n, isTable);

/** `Word.TableRow`. */
export class TableRowImpl extends ClientObjectImpl<TableRow> {
  readonly _class = 'TableRow';
  protected _props(): Props<TableRow> {
    return ROW_PROPS as Props<TableRow>;
  }
  protected override _navs(): readonly string[] {
    return ['cells'];
  }
  get cells(): TableCellCollectionImpl {
    return this._memo(
      'cells',
      () =>
        new TableCellCollectionImpl(this.context, () => {
          this._check('cells');
          return this._require().cells;
        }),
    );
  }
  insertRows(insertLocation: 'Before' | 'After', rowCount: number, values?: string[][]): void {
    this._op(
      'insertRows',
      () => {
        const row = this._require();
        const t = tableOf(this.context, row);
        if (!t) throw errors.itemNotFound('table');
        addRows(this.context._host.state, t, t.rows.indexOf(row) + (insertLocation === 'After' ? 1 : 0), rowCount, values);
      },
      true,
    );
  }
  delete(): void {
    this._op(
      'delete',
      () => {
        const row = this._require();
        const t = tableOf(this.context, row);
        if (!t) throw errors.itemNotFound('table');
        assertEditable(this.context._host.state, t);
        t.rows.splice(t.rows.indexOf(row), 1);
        this.context._host.state.touch();
        markChanged(this.context._host.state, t);
      },
      true,
    );
  }
}
const ROW_PROPS = {
  horizontalAlignment,
  verticalAlignment,
  cellCount: { get: (r: TableRow) => r.cells.length },
  isHeader: { get: (r: TableRow) => r.isHeader ?? false },
  rowIndex: { get: (r: TableRow, ctx: HostContext) => tableOf(ctx, r)?.rows.indexOf(r) ?? -1 },
  values: {
    get: (r: TableRow) => [r.cells.map((c) => apiText(cellValue(c)))],
    set: (r: TableRow, v: string[][], ctx: HostContext) => r.cells.forEach((c, j) => v[0]?.[j] !== undefined && setCellText(ctx._host.state, c, v[0][j]!)),
  },
};
defineAccessors(TableRowImpl, ROW_PROPS as Props<never>);
export interface TableRowImpl {
  horizontalAlignment: string;
  verticalAlignment: string;
  readonly cellCount: number;
  readonly isHeader: boolean;
  readonly rowIndex: number;
  values: string[][];
}

/** `Word.TableCell`. */
export class TableCellImpl extends ClientObjectImpl<TableCell> {
  readonly _class = 'TableCell';
  protected _props(): Props<TableCell> {
    return CELL_PROPS as Props<TableCell>;
  }
  protected override _navs(): readonly string[] {
    return ['body'];
  }
  get body(): BodyImpl {
    return this._memo('body', () =>
      make.body(this.context, () => {
        this._check('body');
        return this._require();
      }),
    );
  }
}
const CELL_PROPS = {
  horizontalAlignment,
  verticalAlignment,
  value: { get: (c: TableCell) => apiText(cellValue(c)), set: (c: TableCell, v: string, ctx: HostContext) => setCellText(ctx._host.state, c, v) },
  rowIndex: { get: (c: TableCell, ctx: HostContext) => tableOf(ctx, c)?.rows.findIndex((r) => r.cells.includes(c)) ?? -1 },
  cellIndex: {
    get: (c: TableCell, ctx: HostContext) => {
      const t = tableOf(ctx, c);
      return t?.rows.find((r) => r.cells.includes(c))?.cells.indexOf(c) ?? -1;
    },
  },
};
defineAccessors(TableCellImpl, CELL_PROPS as Props<never>);
export interface TableCellImpl {
  horizontalAlignment: string;
  verticalAlignment: string;
  value: string;
  readonly rowIndex: number;
  readonly cellIndex: number;
}
