import type { Table, TableCell, TableRow } from '@cds/model';
import { errors } from '../errors.js';
import { assertEditable, insertBesides, markChanged, newParagraph, removeNode, wrapBlock } from '../doc/edit.js';
import { cellValue } from '../doc/text.js';
import { isControl, isTable, nearest, type Control } from '../doc/tree.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import type { HostContext } from '../runtime/context.js';
import type { HostState } from '../runtime/state.js';
import { BodyImpl } from './body.js';
import { TableCellCollectionImpl, TableRowCollectionImpl } from './collections.js';
import { ContentControlImpl } from './content-control.js';
import { FontImpl } from './font.js';
import { ParagraphImpl } from './paragraph.js';
import { RangeImpl } from './range.js';
import { newTable, whole } from './range-target.js';

function setCellText(host: HostState, cell: TableCell, text: string): void {
  assertEditable(host, cell);
  const like = cell.blocks.find((b) => b.kind === 'paragraph');
  cell.blocks.splice(0, cell.blocks.length, ...text.split(/\r\n|\r|\n/).map((line) => newParagraph(host, line, like?.kind === 'paragraph' ? like : undefined)));
  host.touch();
  markChanged(host, cell);
}

function newRows(host: HostState, count: number, columns: number, values?: string[][]): TableRow[] {
  return newTable(host, count, columns, values).rows;
}

function addRows(host: HostState, t: Table, at: number, count: number, values?: string[][]): void {
  assertEditable(host, t);
  const columns = t.rows[0]?.cells.length ?? values?.[0]?.length ?? 1;
  t.rows.splice(at, 0, ...newRows(host, count, columns, values));
  host.touch();
  for (const r of t.rows.slice(at, at + count)) for (const c of r.cells) for (const b of c.blocks) if (b.kind === 'paragraph') host.changes.paragraphsAdded.add(b);
  markChanged(host, t);
}

/** `Word.Table`. https://learn.microsoft.com/javascript/api/word/word.table */
export class TableImpl extends ClientObjectImpl<Table> {
  readonly _class = 'Table';
  protected _props(): Props<Table> {
    return TABLE_PROPS as Props<Table>;
  }
  protected override _navs(): readonly string[] {
    return ['rows', 'font', 'parentContentControlOrNullObject'];
  }
  private get host() {
    return this.context._host.state;
  }
  get rows(): TableRowCollectionImpl {
    return this._memo('rows', () => new TableRowCollectionImpl(this.context, () => {
      this._check('rows');
      return this._require().rows;
    }));
  }
  get font(): FontImpl {
    return this._memo('font', () => new FontImpl(this.context, () => whole(this._require())));
  }
  get parentContentControlOrNullObject(): ContentControlImpl {
    return this._memo('parentContentControlOrNullObject', () => {
      const cc = new ContentControlImpl(this.context, () => {
        this._check('parentContentControlOrNullObject');
        return nearest(this.host.index(), this._require(), (n): n is Control => isControl(n)) ?? null;
      }, true);
      cc._op('parentContentControlOrNullObject', () => void cc._resolve(), false, true);
      return cc;
    });
  }
  private cell(r: number, c: number, nullable: boolean, member: string): TableCellImpl {
    const cell = new TableCellImpl(this.context, () => {
      this._check(member);
      return this._require().rows[r]?.cells[c] ?? null;
    }, nullable);
    if (nullable) cell._op(member, () => void cell._resolve(), false, true);
    return cell;
  }
  getCell(rowIndex: number, cellIndex: number): TableCellImpl {
    return this.cell(rowIndex, cellIndex, false, 'getCell');
  }
  getCellOrNullObject(rowIndex: number, cellIndex: number): TableCellImpl {
    return this.cell(rowIndex, cellIndex, true, 'getCellOrNullObject');
  }
  /** addRows('Start' | 'End', count, values). */
  addRows(insertLocation: 'Start' | 'End', rowCount: number, values?: string[][]): void {
    this._op('addRows', () => {
      const t = this._require();
      if (insertLocation !== 'Start' && insertLocation !== 'End') throw errors.invalidArgument(`addRows location '${insertLocation}'`);
      addRows(this.host, t, insertLocation === 'Start' ? 0 : t.rows.length, rowCount, values);
    }, true);
  }
  deleteRows(rowIndex: number, rowCount = 1): void {
    this._op('deleteRows', () => {
      const t = this._require();
      assertEditable(this.host, t);
      if (rowIndex < 0 || rowIndex >= t.rows.length) throw errors.invalidArgument('rowIndex');
      t.rows.splice(rowIndex, rowCount);
      this.host.touch();
      markChanged(this.host, t);
    }, true);
  }
  insertParagraph(text: string, location: 'Before' | 'After'): ParagraphImpl {
    const p = new ParagraphImpl(this.context, () => null);
    this._op('insertParagraph', () => {
      const para = newParagraph(this.host, text);
      insertBesides(this.host, this._require(), location, [para]);
      p._bind(para);
    }, true);
    return p;
  }
  insertContentControl(): ContentControlImpl {
    const cc = new ContentControlImpl(this.context, () => null);
    this._op('insertContentControl', () => cc._bind(wrapBlock(this.host, this._require(), {})), true);
    return cc;
  }
  getRange(): RangeImpl {
    return new RangeImpl(this.context, () => {
      this._check('getRange');
      return whole(this._require());
    });
  }
  select(): void {
    this._op('select', () => (this.host.selection = { kind: 'node', node: this._require() }));
  }
  delete(): void {
    this._op('delete', () => removeNode(this.host, this._require()), true);
  }
}

const TABLE_PROPS = {
  rowCount: { get: (t: Table) => t.rows.length },
  values: {
    get: (t: Table) => t.rows.map((r) => r.cells.map(cellValue)),
    set: (t: Table, v: string[][], ctx: HostContext) => {
      const host = ctx._host.state;
      t.rows.forEach((r, i) => r.cells.forEach((c, j) => {
        const val = v[i]?.[j];
        if (val !== undefined) setCellText(host, c, val);
      }));
    },
  },
  headerRowCount: {
    get: (t: Table) => t.rows.findIndex((r) => !r.isHeader) === -1 ? t.rows.length : t.rows.findIndex((r) => !r.isHeader),
    set: (t: Table, v: number) => t.rows.forEach((r, i) => (i < v ? (r.isHeader = true) : delete r.isHeader)),
  },
  nestingLevel: { get: (t: Table, ctx: HostContext) => 1 + (ctx._host.state.index().locs.get(t)?.ancestors ?? []).filter(isTable).length },
  styleBuiltIn: { get: (t: Table) => (t.styleId === 'TableGrid' ? 'TableGrid' : t.styleId ? 'Other' : 'TableNormal') },
};
defineAccessors(TableImpl, TABLE_PROPS as Props<never>);
export interface TableImpl {
  readonly rowCount: number;
  values: string[][];
  headerRowCount: number;
  readonly nestingLevel: number;
  readonly styleBuiltIn: string;
}

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
    return this._memo('cells', () => new TableCellCollectionImpl(this.context, () => {
      this._check('cells');
      return this._require().cells;
    }));
  }
  insertRows(insertLocation: 'Before' | 'After', rowCount: number, values?: string[][]): void {
    this._op('insertRows', () => {
      const row = this._require();
      const t = tableOf(this.context, row);
      if (!t) throw errors.itemNotFound('table');
      addRows(this.context._host.state, t, t.rows.indexOf(row) + (insertLocation === 'After' ? 1 : 0), rowCount, values);
    }, true);
  }
  delete(): void {
    this._op('delete', () => {
      const row = this._require();
      const t = tableOf(this.context, row);
      if (!t) throw errors.itemNotFound('table');
      assertEditable(this.context._host.state, t);
      t.rows.splice(t.rows.indexOf(row), 1);
      this.context._host.state.touch();
      markChanged(this.context._host.state, t);
    }, true);
  }
}
const ROW_PROPS = {
  cellCount: { get: (r: TableRow) => r.cells.length },
  isHeader: { get: (r: TableRow) => r.isHeader ?? false },
  rowIndex: { get: (r: TableRow, ctx: HostContext) => tableOf(ctx, r)?.rows.indexOf(r) ?? -1 },
  values: {
    get: (r: TableRow) => [r.cells.map(cellValue)],
    set: (r: TableRow, v: string[][], ctx: HostContext) => r.cells.forEach((c, j) => v[0]?.[j] !== undefined && setCellText(ctx._host.state, c, v[0][j]!)),
  },
};
defineAccessors(TableRowImpl, ROW_PROPS as Props<never>);
export interface TableRowImpl {
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
    return this._memo('body', () => new BodyImpl(this.context, () => {
      this._check('body');
      return this._require();
    }));
  }
}
const CELL_PROPS = {
  value: { get: (c: TableCell) => cellValue(c), set: (c: TableCell, v: string, ctx: HostContext) => setCellText(ctx._host.state, c, v) },
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
  value: string;
  readonly rowIndex: number;
  readonly cellIndex: number;
}
