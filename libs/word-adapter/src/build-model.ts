import type { Block, BlockContentControl, ContentControlProps, DocumentModel, Numbering, Paragraph, ParagraphProps, RunProps, Table } from '@cds/model';
import type { RawControl, RawDocument, RawParagraph } from './raw.js';
import type { Place } from './types.js';

const PT_TO_CM = 2.54 / 72;
const ALIGN: Record<string, ParagraphProps['alignment']> = { Left: 'left', Centered: 'center', Right: 'right', Justified: 'justify' };
/** Built-in style names (WordApi 1.3 `styleBuiltIn`) to the style ids .docx files use. */
const STYLE_ID: Record<string, string> = {
  Heading1: 'Heading1',
  Heading2: 'Heading2',
  Heading3: 'Heading3',
  Heading4: 'Heading4',
  Heading5: 'Heading5',
  Heading6: 'Heading6',
  Heading7: 'Heading7',
  Heading8: 'Heading8',
  Heading9: 'Heading9',
  Title: 'Title',
  Subtitle: 'Subtitle',
  ListParagraph: 'ListParagraph',
  TableOfContents: 'TOC',
};

/** Block ids of a Word reading: `p<n>` is the n-th of `body.paragraphs`, `t<k>` the k-th of `body.tables`, `c<id>` a control. */
export const paragraphId = (n: number) => `p${n}`;
export const tableId = (k: number) => `t${k}`;
export const controlId = (id: number) => `c${id}`;

export interface ModelWithPlaces {
  doc: DocumentModel;
  /** Where each block id is in Word. */
  places: Record<string, Place>;
}

function listFormat(label: string): string {
  if (/^[IVXLCDM]+[.)-]?$/.test(label)) return 'upperRoman';
  if (/^\d+(\.\d+)*[.)]?$/.test(label)) return 'decimal';
  if (/^[a-zđ][.)]$/.test(label)) return 'lowerLetter';
  return 'bullet';
}

function runProps(p: RawParagraph): RunProps {
  const r: RunProps = {};
  if (p.font.name) r.font = p.font.name;
  if (p.font.size) r.sizePt = p.font.size;
  if (p.font.bold !== null) r.bold = p.font.bold;
  if (p.font.italic !== null) r.italic = p.font.italic;
  if (p.font.color) r.color = p.font.color.replace(/^#/, '').toUpperCase();
  return r;
}

function paragraph(p: RawParagraph, n: number): Paragraph {
  const props: ParagraphProps = {
    firstLineIndentCm: p.firstLineIndent * PT_TO_CM,
    leftIndentCm: p.leftIndent * PT_TO_CM,
    spacingBeforePt: p.spaceBefore,
    spacingAfterPt: p.spaceAfter,
    // Word reports line spacing in points, 12 per line for "multiple" spacing.
    lineSpacing: { rule: 'auto', value: Math.round((p.lineSpacing / 12) * 100) / 100 },
    runDefaults: runProps(p),
  };
  const a = ALIGN[p.alignment];
  if (a) props.alignment = a;
  const out: Paragraph = { kind: 'paragraph', id: paragraphId(n), props, inlines: p.text ? [{ kind: 'run', text: p.text }] : [] };
  const styleId = STYLE_ID[p.styleBuiltIn];
  if (styleId) out.styleId = styleId;
  if (p.style) out.styleName = p.style;
  if (p.outlineLevel >= 1 && p.outlineLevel <= 9) out.outlineLevel = p.outlineLevel - 1;
  if (p.list) {
    const numbering: Numbering = { numId: 'word', level: p.list.level, label: p.list.label, format: listFormat(p.list.label) };
    out.numbering = numbering;
  }
  return out;
}

function ccProps(c: RawControl): ContentControlProps {
  const cc: ContentControlProps = { sdtId: c.id };
  if (c.tag) cc.tag = c.tag;
  if (c.title) cc.title = c.title;
  if (c.cannotDelete) cc.cannotDelete = true;
  if (c.cannotEdit) cc.cannotEdit = true;
  return cc;
}

/** A nest of block controls built from each block's chain (outermost first). */
class Nest {
  readonly root: Block[] = [];
  private stack: { id: number; node: BlockContentControl }[] = [];
  constructor(
    private readonly controls: Map<number, RawControl>,
    private readonly places: Record<string, Place>,
  ) {}
  add(block: Block, chain: number[]): void {
    let depth = 0;
    while (depth < this.stack.length && depth < chain.length && this.stack[depth]!.id === chain[depth]) depth++;
    this.stack.length = depth;
    for (const id of chain.slice(depth)) {
      const raw = this.controls.get(id)!;
      const node: BlockContentControl = { kind: 'blockControl', id: controlId(id), cc: ccProps(raw), children: [] };
      this.places[node.id] = { kind: 'control', id, tag: raw.tag };
      (this.stack.at(-1)?.node.children ?? this.root).push(node);
      this.stack.push({ id, node });
    }
    (this.stack.at(-1)?.node.children ?? this.root).push(block);
  }
}

/** Builds the document model (and where each block is in Word) from one read batch. */
export function buildModel(raw: RawDocument): ModelWithPlaces {
  const places: Record<string, Place> = {};
  const controls = new Map(raw.controls.map((c) => [c.id, c]));
  const chainOf = (id: number | null, inTable: boolean): number[] => {
    const out: number[] = [];
    for (let cur = id; cur !== null; cur = controls.get(cur)?.parentId ?? null) {
      const c = controls.get(cur);
      if (!c) break;
      if (c.inTable === inTable) out.unshift(cur);
    }
    return out;
  };
  const body = new Nest(controls, places);
  const topTables = raw.tables.filter((t) => t.nestingLevel <= 1);
  let next = 0;
  let k = 0;
  const ps = raw.paragraphs;
  while (next < ps.length) {
    const p = ps[next]!;
    if (p.tableNestingLevel < 1 || k >= topTables.length) {
      places[paragraphId(next)] = { kind: 'paragraph', index: next, text: p.text };
      body.add(paragraph(p, next), chainOf(p.controlId, false));
      next++;
      continue;
    }
    const rt = topTables[k]!;
    const chain = chainOf(p.controlId, false);
    const table: Table = { kind: 'table', id: tableId(k), rows: [] };
    places[table.id] = { kind: 'table', table: k, row: null };
    rt.rows.forEach((r, ri) => {
      const rowId = `${table.id}.r${ri}`;
      places[rowId] = { kind: 'table', table: k, row: ri };
      const row: Table['rows'][number] = { id: rowId, cells: [] };
      if (r.isHeader) row.isHeader = true;
      r.cellParagraphs.forEach((count, ci) => {
        const cellNest = new Nest(controls, places);
        let cellCc0: ContentControlProps | undefined;
        for (let j = 0; j < count && next < ps.length; j++, next++) {
          const cp = ps[next]!;
          places[paragraphId(next)] = { kind: 'paragraph', index: next, text: cp.text };
          const inner = chainOf(cp.controlId, true);
          // Row and cell controls become the row's and cell's `cc`; others nest inside the cell.
          const rowCc = inner.find((id) => /Row$/.test(controls.get(id)!.subtype));
          const cellCc = inner.find((id) => /Cell$/.test(controls.get(id)!.subtype));
          if (rowCc !== undefined) row.cc ??= ccProps(controls.get(rowCc)!);
          cellNest.add(
            paragraph(cp, next),
            inner.filter((id) => id !== rowCc && id !== cellCc),
          );
          if (cellCc !== undefined) cellCc0 ??= ccProps(controls.get(cellCc)!);
        }
        const cell: Table['rows'][number]['cells'][number] = { id: `${rowId}.c${ci}`, blocks: cellNest.root };
        if (cellCc0) cell.cc = cellCc0;
        row.cells.push(cell);
      });
      table.rows.push(row);
    });
    body.add(table, chain);
    k++;
  }
  return {
    doc: {
      body: body.root,
      // Page setup is not readable through WordApi 1.3; the page rules do not run in the pane.
      sections: [],
      defaults: {},
      ...(raw.headerText ? { headerText: raw.headerText } : {}),
      customParts: raw.customParts,
    },
    places,
  };
}
