import type { Block, ContentControlProps, Table, TableCell, TableRow } from '@cds/model';
import type { WriteContext } from './context.js';
import { paragraph } from './runs.js';
import { sdtPr } from './sdt.js';
import { escAttr } from './xml.js';

/** Section breaks to place: a `w:sectPr` goes in the paragraph that ends each section but the last. */
export type SectionBreaks = Map<Block, string>;

/** Writes a block list. `breaks` maps the last block of a section to its sectPr. */
export function blocks(list: readonly Block[], ctx: WriteContext, breaks?: SectionBreaks): string {
  let s = '';
  for (const b of list) {
    const sect = breaks?.get(b);
    if (b.kind === 'paragraph') s += paragraph(b, ctx, sect);
    else if (b.kind === 'table') s += table(b, ctx) + (sect ? `<w:p><w:pPr>${sect}</w:pPr></w:p>` : '');
    else s += blockControl(b.cc, b.children, ctx, sect);
  }
  return s;
}

function blockControl(cc: ContentControlProps, children: readonly Block[], ctx: WriteContext, sect?: string): string {
  const last = children[children.length - 1];
  // A section ending inside a control is carried by its last paragraph (Word does the same).
  const breaks: SectionBreaks | undefined = sect && last ? new Map([[last, sect]]) : undefined;
  const inner = children.length ? blocks(children, ctx, breaks) : '<w:p/>';
  return `<w:sdt>${sdtPr(cc, ctx)}<w:sdtContent>${inner}</w:sdtContent></w:sdt>` + (sect && !last ? `<w:p><w:pPr>${sect}</w:pPr></w:p>` : '');
}

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((e) => `<w:${e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('');

function table(t: Table, ctx: WriteContext): string {
  const cols = Math.max(1, ...t.rows.map((r) => r.cells.reduce((n, c) => n + (c.gridSpan ?? 1), 0)));
  const width = Math.floor(9000 / cols);
  let s = `<w:tbl><w:tblPr>${t.styleId ? `<w:tblStyle w:val="${escAttr(t.styleId)}"/>` : ''}<w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  s += `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(cols)}</w:tblGrid>`;
  s += grouped(t.rows, (r) => row(r, ctx, width), ctx);
  return `${s}</w:tbl>`;
}

function row(r: TableRow, ctx: WriteContext, width: number): string {
  const trPr = r.isHeader ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
  return `<w:tr>${trPr}${grouped(r.cells, (c) => cell(c, ctx, width), ctx)}</w:tr>`;
}

function cell(c: TableCell, ctx: WriteContext, width: number): string {
  let pr = `<w:tcW w:w="${width * (c.gridSpan ?? 1)}" w:type="dxa"/>`;
  if (c.gridSpan && c.gridSpan > 1) pr += `<w:gridSpan w:val="${c.gridSpan}"/>`;
  if (c.vMerge) pr += c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>';
  const last = c.blocks[c.blocks.length - 1];
  // A cell must end with a paragraph.
  const tail = !last || last.kind === 'table' ? '<w:p/>' : '';
  return `<w:tc><w:tcPr>${pr}</w:tcPr>${blocks(c.blocks, ctx)}${tail}</w:tc>`;
}

/** Consecutive rows (or cells) sharing one control object are wrapped in one `w:sdt`, as read. */
function grouped<T extends { cc?: ContentControlProps }>(items: readonly T[], write: (x: T) => string, ctx: WriteContext): string {
  let s = '';
  for (let i = 0; i < items.length;) {
    const cc = items[i]!.cc;
    if (!cc) {
      s += write(items[i++]!);
      continue;
    }
    let inner = '';
    while (i < items.length && items[i]!.cc === cc) inner += write(items[i++]!);
    s += `<w:sdt>${sdtPr(cc, ctx)}<w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
  }
  return s;
}
