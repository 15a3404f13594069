import type { Block, BlockContentControl, DocumentModel, Paragraph, ParagraphProps, Table, TableRow } from '@cds/model';
import { ND30_CELL as CELL, ND30_HEADER_CELL as HEADER_CELL } from '@cds/template';

/** Small builders for the fragments the add-in inserts (ids are local; Word gives its own). */
export class Ids {
  private n = 0;
  next(prefix = 'n'): string {
    return `${prefix}${this.n++}`;
  }
}

export function para(ids: Ids, text: string, props: ParagraphProps, extra: Partial<Paragraph> = {}): Paragraph {
  return { kind: 'paragraph', id: ids.next('p'), props, inlines: text ? [{ kind: 'run', text }] : [], ...extra };
}

export function control(ids: Ids, tag: string, title: string, children: Block[], placeholderText?: string): BlockContentControl {
  return { kind: 'blockControl', id: ids.next('c'), cc: { tag, title, ...(placeholderText ? { placeholderText } : {}) }, children };
}

export function row(ids: Ids, cells: string[], opts: { header?: boolean; tag?: string; title?: string } = {}): TableRow {
  const id = ids.next('r');
  return {
    id,
    cells: cells.map((text, i) => ({ id: `${id}.c${i}`, blocks: [para(ids, text, opts.header ? HEADER_CELL : CELL)] })),
    ...(opts.header ? { isHeader: true } : {}),
    ...(opts.tag ? { cc: { tag: opts.tag, title: opts.title ?? '' } } : {}),
  };
}

export function table(ids: Ids, rows: TableRow[]): Table {
  return { kind: 'table', id: ids.next('t'), rows };
}

/** A fragment as a document, for the .docx writer. */
export function fragment(body: Block[]): DocumentModel {
  return { body, sections: [], defaults: { font: 'Times New Roman', sizePt: 14 } };
}
