import type { Table } from '@cds/model';
import { errors } from '../errors.js';
import { assertEditable, insertBesides, markChanged, newParagraph, removeNode, wrapBlock } from '../doc/edit.js';
import { apiText, cellValue } from '../doc/text.js';
import { isControl, isTable, nearest, type Control } from '../doc/tree.js';
import { ClientObjectImpl, defineAccessors, type Props } from '../runtime/client-object.js';
import type { HostContext } from '../runtime/context.js';
import { TableRowCollectionImpl } from './collections.js';
import { ContentControlImpl } from './content-control.js';
import { FontImpl } from './font.js';
import { ParagraphImpl } from './paragraph.js';
import { RangeImpl } from './range.js';
import { make } from './makers.js';
import { whole } from './range-target.js';
import { horizontalAlignment, tableAlignment, verticalAlignment } from './table-align.js';
import { addRows, setCellText } from './table-edit.js';
import { TableCellImpl } from './table-parts.js';

/** `Word.Table`. https://learn.microsoft.com/javascript/api/word/word.table */
export class TableImpl extends ClientObjectImpl<Table> {
  readonly _class = 'Table';
  protected _props(): Props<Table> {
    return TABLE_PROPS as Props<Table>;
  }
  protected override _navs(): readonly string[] {
    return ['rows', 'font', 'parentContentControlOrNullObject'];
  }
  private get _state() {
    return this.context._host.state;
  }
  get rows(): TableRowCollectionImpl {
    return this._memo(
      'rows',
      () =>
        new TableRowCollectionImpl(this.context, () => {
          this._check('rows');
          return this._require().rows;
        }),
    );
  }
  get font(): FontImpl {
    return this._memo('font', () => new FontImpl(this.context, () => whole(this._require())));
  }
  get parentContentControlOrNullObject(): ContentControlImpl {
    return this._memo('parentContentControlOrNullObject', () => {
      const cc = new ContentControlImpl(
        this.context,
        () => {
          this._check('parentContentControlOrNullObject');
          return nearest(this._state.index(), this._require(), (n): n is Control => isControl(n)) ?? null;
        },
        true,
      );
      cc._op('parentContentControlOrNullObject', () => void cc._resolve(), false, true);
      return cc;
    });
  }
  private _cell(r: number, c: number, nullable: boolean, member: string): TableCellImpl {
    const cell = new TableCellImpl(
      this.context,
      () => {
        this._check(member);
        return this._require().rows[r]?.cells[c] ?? null;
      },
      nullable,
    );
    if (nullable) cell._op(member, () => void cell._resolve(), false, true);
    return cell;
  }
  getCell(rowIndex: number, cellIndex: number): TableCellImpl {
    return this._cell(rowIndex, cellIndex, false, 'getCell');
  }
  getCellOrNullObject(rowIndex: number, cellIndex: number): TableCellImpl {
    return this._cell(rowIndex, cellIndex, true, 'getCellOrNullObject');
  }
  /** addRows('Start' | 'End', count, values). */
  addRows(insertLocation: 'Start' | 'End', rowCount: number, values?: string[][]): void {
    this._op(
      'addRows',
      () => {
        const t = this._require();
        if (insertLocation !== 'Start' && insertLocation !== 'End') throw errors.invalidArgument(`addRows location '${insertLocation}'`);
        addRows(this._state, t, insertLocation === 'Start' ? 0 : t.rows.length, rowCount, values);
      },
      true,
    );
  }
  deleteRows(rowIndex: number, rowCount = 1): void {
    this._op(
      'deleteRows',
      () => {
        const t = this._require();
        assertEditable(this._state, t);
        if (rowIndex < 0 || rowIndex >= t.rows.length) throw errors.invalidArgument('rowIndex');
        t.rows.splice(rowIndex, rowCount);
        this._state.touch();
        markChanged(this._state, t);
      },
      true,
    );
  }
  insertParagraph(text: string, location: 'Before' | 'After'): ParagraphImpl {
    const p = new ParagraphImpl(this.context, () => null);
    this._op(
      'insertParagraph',
      () => {
        const para = newParagraph(this._state, text);
        insertBesides(this._state, this._require(), location, [para]);
        p._bind(para);
      },
      true,
    );
    return p;
  }
  insertContentControl(): ContentControlImpl {
    const cc = new ContentControlImpl(this.context, () => null);
    this._op('insertContentControl', () => cc._bind(wrapBlock(this._state, this._require(), {})), true);
    return cc;
  }
  getRange(): RangeImpl {
    return new RangeImpl(this.context, () => {
      this._check('getRange');
      return whole(this._require());
    });
  }
  select(): void {
    this._op('select', () => (this._state.selection = { kind: 'node', node: this._require() }));
  }
  delete(): void {
    this._op('delete', () => removeNode(this._state, this._require()), true);
  }
}

const TABLE_PROPS = {
  alignment: tableAlignment,
  horizontalAlignment,
  verticalAlignment,
  rowCount: { get: (t: Table) => t.rows.length },
  values: {
    get: (t: Table) => t.rows.map((r) => r.cells.map((c) => apiText(cellValue(c)))),
    set: (t: Table, v: string[][], ctx: HostContext) => {
      const host = ctx._host.state;
      t.rows.forEach((r, i) =>
        r.cells.forEach((c, j) => {
          const val = v[i]?.[j];
          if (val !== undefined) setCellText(host, c, val);
        }),
      );
    },
  },
  headerRowCount: {
    get: (t: Table) => (t.rows.findIndex((r) => !r.isHeader) === -1 ? t.rows.length : t.rows.findIndex((r) => !r.isHeader)),
    set: (t: Table, v: number) => t.rows.forEach((r, i) => (i < v ? (r.isHeader = true) : delete r.isHeader)),
  },
  nestingLevel: { get: (t: Table, ctx: HostContext) => 1 + (ctx._host.state.index().locs.get(t)?.ancestors ?? []).filter(isTable).length },
  styleBuiltIn: { get: (t: Table) => (t.styleId === 'TableGrid' ? 'TableGrid' : t.styleId ? 'Other' : 'TableNormal') },
};
defineAccessors(TableImpl, TABLE_PROPS as Props<never>);
export interface TableImpl {
  alignment: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  readonly rowCount: number;
  values: string[][];
  headerRowCount: number;
  readonly nestingLevel: number;
  readonly styleBuiltIn: string;
}

make.table = (ctx, path, nullable) => new TableImpl(ctx, path, nullable);
