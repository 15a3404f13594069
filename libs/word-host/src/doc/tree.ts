import type {
  Block,
  BlockContentControl,
  ContentControlProps,
  DocumentModel,
  InlineContentControl,
  Paragraph,
  Table,
  TableCell,
  TableRow,
} from '@cds/model';

/** Anything in the tree an API object can stand for. */
export type Node = Block | InlineContentControl | TableRow | TableCell;
/** Things that hold a list of blocks. */
export type BlockOwner = DocumentModel | BlockContentControl | TableCell;
/** A table row or cell wrapped in a row- or cell-level content control. */
export type ControlledRow = TableRow & { cc: ContentControlProps };
export type ControlledCell = TableCell & { cc: ContentControlProps };
/** Every content control form: block, inline (run-level), row- and cell-level. */
export type Control = BlockContentControl | InlineContentControl | ControlledRow | ControlledCell;

/** Where a node sits: the list that holds it, its parent and its ancestors (outermost first). */
export interface Loc {
  node: Node;
  parent: BlockOwner | Table | TableRow | Paragraph | InlineContentControl;
  list: Node[];
  ancestors: Node[];
}

/** A lookup built once per document version: where everything is, in reading order. */
export interface DocIndex {
  locs: Map<object, Loc>;
  paragraphs: Paragraph[];
  controls: Control[];
  tables: Table[];
  /** Character position where each paragraph starts (each paragraph mark counts 1). */
  start: Map<Paragraph, number>;
}

export function isDocument(x: unknown): x is DocumentModel {
  return typeof x === 'object' && x !== null && 'body' in x && 'sections' in x;
}

/** The block list of a block owner. */
export function blocksOf(owner: BlockOwner): Block[] {
  if (isDocument(owner)) return owner.body;
  if ('kind' in owner) return owner.children;
  return owner.blocks;
}

export function buildIndex(doc: DocumentModel): DocIndex {
  const idx: DocIndex = { locs: new Map(), paragraphs: [], controls: [], tables: [], start: new Map() };
  let pos = 0;
  const inlines = (p: Paragraph, parent: Paragraph | InlineContentControl, list: Node[], anc: Node[]) => {
    for (const i of list as (Paragraph['inlines'][number])[]) {
      if (i.kind !== 'inlineControl') continue;
      idx.locs.set(i, { node: i, parent, list, ancestors: anc });
      idx.controls.push(i);
      inlines(p, i, i.children as unknown as Node[], [...anc, i]);
    }
  };
  const blocks = (list: Block[], parent: BlockOwner, anc: Node[]) => {
    for (const b of list) {
      idx.locs.set(b, { node: b, parent, list, ancestors: anc });
      const inner = [...anc, b];
      if (b.kind === 'paragraph') {
        idx.paragraphs.push(b);
        idx.start.set(b, pos);
        pos += paragraphLength(b) + 1;
        inlines(b, b, b.inlines as unknown as Node[], inner);
      } else if (b.kind === 'blockControl') {
        idx.controls.push(b);
        blocks(b.children, b, inner);
      } else {
        idx.tables.push(b);
        for (const row of b.rows) {
          idx.locs.set(row, { node: row, parent: b, list: b.rows, ancestors: inner });
          if (row.cc) idx.controls.push(row as ControlledRow);
          for (const cell of row.cells) {
            idx.locs.set(cell, { node: cell, parent: row, list: row.cells, ancestors: [...inner, row] });
            if (cell.cc) idx.controls.push(cell as ControlledCell);
            blocks(cell.blocks, cell, [...inner, row, cell]);
          }
        }
      }
    }
  };
  blocks(doc.body, doc, []);
  return idx;
}

function paragraphLength(p: Paragraph): number {
  return inlineTextOf(p.inlines).length;
}

export function inlineTextOf(list: Paragraph['inlines']): string {
  let s = '';
  for (const i of list) s += i.kind === 'run' ? i.text : inlineTextOf(i.children);
  return s;
}

/** Nodes of a kind under `root` (root excluded), in reading order, using the index order. */
export function paragraphsUnder(idx: DocIndex, root: Node | DocumentModel): Paragraph[] {
  if (isDocument(root)) return idx.paragraphs;
  if ('kind' in root && root.kind === 'paragraph') return [root];
  if ('kind' in root && root.kind === 'inlineControl') {
    const host = idx.locs.get(root)?.ancestors.find((a): a is Paragraph => 'kind' in a && a.kind === 'paragraph');
    return host ? [host] : [];
  }
  return idx.paragraphs.filter((p) => isInside(idx, p, root));
}

export function controlsUnder(idx: DocIndex, root: Node | DocumentModel): Control[] {
  if (isDocument(root)) return idx.controls;
  return idx.controls.filter((c) => c !== root && isInside(idx, c, root));
}

export function tablesUnder(idx: DocIndex, root: Node | DocumentModel): Table[] {
  if (isDocument(root)) return idx.tables;
  return idx.tables.filter((t) => t !== root && isInside(idx, t, root));
}

/** True when `node` is `root` or lies inside it. */
export function isInside(idx: DocIndex, node: Node, root: Node): boolean {
  if (node === root) return true;
  return idx.locs.get(node)?.ancestors.includes(root) ?? false;
}

/** The innermost enclosing node matching `pred`, not counting `node` itself. */
export function nearest<T extends Node>(idx: DocIndex, node: Node, pred: (n: Node) => n is T): T | undefined {
  const anc = idx.locs.get(node)?.ancestors ?? [];
  for (let i = anc.length - 1; i >= 0; i--) {
    const a = anc[i]!;
    if (pred(a)) return a;
  }
  return undefined;
}

export const isControl = (n: Node): n is Control =>
  'kind' in n ? n.kind === 'blockControl' || n.kind === 'inlineControl' : n.cc !== undefined;
export const isTable = (n: Node): n is Table => 'kind' in n && n.kind === 'table';
export const isCell = (n: Node): n is TableCell => 'blocks' in n;
export const isRow = (n: Node): n is TableRow => 'cells' in n;

/** [start, end) character positions of a node (paragraph marks included). */
export function extent(idx: DocIndex, node: Node | DocumentModel): [number, number] {
  const ps = paragraphsUnder(idx, node);
  const first = ps[0];
  const last = ps[ps.length - 1];
  if (!first || !last) return [0, 0];
  if (!isDocument(node) && 'kind' in node && node.kind === 'inlineControl') {
    const p = first;
    const off = offsetOfInline(p, node);
    const s = (idx.start.get(p) ?? 0) + off;
    return [s, s + inlineTextOf(node.children).length];
  }
  return [idx.start.get(first) ?? 0, (idx.start.get(last) ?? 0) + inlineTextOf(last.inlines).length + 1];
}

/** Text offset at which an inline control starts within its paragraph. */
export function offsetOfInline(p: Paragraph, target: InlineContentControl): number {
  let off = 0;
  const walk = (list: Paragraph['inlines']): boolean => {
    for (const i of list) {
      if (i === target) return true;
      if (i.kind === 'run') off += i.text.length;
      else if (walk(i.children)) return true;
    }
    return false;
  };
  walk(p.inlines);
  return off;
}
