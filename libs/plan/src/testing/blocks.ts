import type { Block, BlockContentControl, ContentControlProps, Numbering, Paragraph, ParagraphProps, RunProps, Table, TableCell, TableRow } from '@cds/model';
import { ND30_BODY, ND30_CELL, ND30_HEADER_CELL } from '@cds/template';

/**
 * Small pure builders for document-model fixtures. Ids follow the reader's scheme:
 * top-level and nested blocks `b<n>`, rows `<table>.r<i>`, cells `<row>.c<j>`,
 * cell blocks `<cell>.b<k>`.
 */
export class IdGen {
  private n = 0;
  next(): string {
    return `b${this.n++}`;
  }
}

export interface ParaOptions {
  props?: ParagraphProps;
  run?: RunProps;
  styleId?: string;
  styleName?: string;
  outlineLevel?: number;
  numbering?: Numbering;
}

export function para(id: string, text: string, o: ParaOptions = {}): Paragraph {
  const p: Paragraph = {
    kind: 'paragraph',
    id,
    props: o.props ?? ND30_BODY,
    inlines: [{ kind: 'run', text, props: o.run ?? o.props?.runDefaults ?? ND30_BODY.runDefaults }],
  };
  if (o.styleId) p.styleId = o.styleId;
  if (o.styleName) p.styleName = o.styleName;
  if (o.outlineLevel !== undefined) p.outlineLevel = o.outlineLevel;
  if (o.numbering) p.numbering = o.numbering;
  return p;
}

export function control(id: string, tag: string, children: Block[], title?: string): BlockContentControl {
  const cc: ContentControlProps = { tag };
  if (title) cc.title = title;
  return { kind: 'blockControl', id, cc, children };
}

export interface CellInput {
  text: string;
  gridSpan?: number;
  vMerge?: 'restart' | 'continue';
}

export interface RowInput {
  cells: (string | CellInput)[];
  isHeader?: boolean;
  tag?: string;
}

/** A table whose cells hold one paragraph each (several when the text has newlines). */
export function table(id: string, rows: RowInput[]): Table {
  return {
    kind: 'table',
    id,
    rows: rows.map((r, i): TableRow => {
      const rowId = `${id}.r${i}`;
      const row: TableRow = {
        id: rowId,
        cells: r.cells.map((c, j): TableCell => {
          const input = typeof c === 'string' ? { text: c } : c;
          const cellId = `${rowId}.c${j}`;
          const cell: TableCell = {
            id: cellId,
            blocks: input.text.split('\n').map((line, k) => para(`${cellId}.b${k}`, line, { props: r.isHeader ? ND30_HEADER_CELL : ND30_CELL })),
          };
          if (input.gridSpan) cell.gridSpan = input.gridSpan;
          if (input.vMerge) cell.vMerge = input.vMerge;
          return cell;
        }),
      };
      if (r.isHeader) row.isHeader = true;
      if (r.tag) row.cc = { tag: r.tag };
      return row;
    }),
  };
}
