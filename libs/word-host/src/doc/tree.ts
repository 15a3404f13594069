import type { Block, BlockContentControl, ContentControlProps, DocumentModel, InlineContentControl, Paragraph, Table, TableCell, TableRow } from '@cds/model';

/** Anything in the tree an API object can stand for. */
export type Node = Block | InlineContentControl | TableRow | TableCell;
/** Things that hold a list of blocks. */
export type BlockOwner = DocumentModel | BlockContentControl | TableCell;
/** A table row or cell wrapped in a row- or cell-level content control. */
export type ControlledRow = TableRow & { cc: ContentControlProps };
export type ControlledCell = TableCell & { cc: ContentControlProps };
/** Every content control form: block, inline (run-level), row- and cell-level. */
export type Control = BlockContentControl | InlineContentControl | ControlledRow | ControlledCell;

/** A header or footer: a list of blocks outside the body (shaped like a table cell, so Body works on it). */
export type Story = TableCell & { story: 'Header' | 'Footer' };

/** Where a node sits: the list that holds it, its parent and its ancestors (outermost first). */
export interface Loc {
  node: Node;
  parent: BlockOwner | Table | TableRow | Paragraph | InlineContentControl;
  list: Node[];
  ancestors: Node[];
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

interface Order {
  paragraphs: Paragraph[];
  controls: Control[];
  tables: Table[];
}

type Sink = { locs: Map<object, Loc>; order?: Order };

/** Records where every node under `list` sits (and, with an order sink, reading order). */
function walkBlocks(sink: Sink, list: Block[], parent: BlockOwner, anc: Node[]): void {
  const o = sink.order;
  for (const b of list) {
    sink.locs.set(b, { node: b, parent, list, ancestors: anc });
    const inner = [...anc, b];
    if (b.kind === 'paragraph') {
      o?.paragraphs.push(b);
      walkInlines(sink, b, b.inlines, inner);
    } else if (b.kind === 'blockControl') {
      o?.controls.push(b);
      walkBlocks(sink, b.children, b, inner);
    } else {
      o?.tables.push(b);
      for (const row of b.rows) {
        sink.locs.set(row, { node: row, parent: b, list: b.rows, ancestors: inner });
        if (row.cc) o?.controls.push(row as ControlledRow);
        for (const cell of row.cells) {
          sink.locs.set(cell, { node: cell, parent: row, list: row.cells, ancestors: [...inner, row] });
          if (cell.cc) o?.controls.push(cell as ControlledCell);
          walkBlocks(sink, cell.blocks, cell, [...inner, row, cell]);
        }
      }
    }
  }
}

function walkInlines(sink: Sink, parent: Paragraph | InlineContentControl, list: Paragraph['inlines'], anc: Node[]): void {
  for (const i of list) {
    if (i.kind !== 'inlineControl') continue;
    sink.locs.set(i, { node: i, parent, list: list as unknown as Node[], ancestors: anc });
    sink.order?.controls.push(i);
    walkInlines(sink, i, i.children, [...anc, i]);
  }
}

/**
 * Where everything is, in reading order. Insertions patch the locations in place
 * (so a batch of inserts does not re-walk a long document for every statement);
 * reading order and character positions are recomputed lazily when asked for.
 */
export class DocIndex {
  locs = new Map<object, Loc>();
  private order: Order | undefined;
  private storyOrders = new Map<Story, Order>();
  private starts: Map<Paragraph, number> | undefined;

  constructor(
    private readonly doc: DocumentModel,
    /** Headers and footers: indexed like the body, each in its own reading order. */
    private readonly stories: readonly Story[] = [],
  ) {
    this.rebuild();
  }

  private rebuild(): void {
    const sink: Sink = { locs: new Map(), order: { paragraphs: [], controls: [], tables: [] } };
    walkBlocks(sink, this.doc.body, this.doc, []);
    this.storyOrders = new Map();
    for (const story of this.stories) {
      const order: Order = { paragraphs: [], controls: [], tables: [] };
      walkBlocks({ locs: sink.locs, order }, story.blocks, story, [story]);
      this.storyOrders.set(story, order);
    }
    this.locs = sink.locs;
    this.order = sink.order;
    this.starts = undefined;
  }

  /** The reading order of the story holding `node` (the main body unless it is in a header or footer). */
  orderOf(node: Node): Order {
    this.ord();
    const first = node as unknown as Story;
    const story = this.storyOrders.has(first) ? first : (this.locs.get(node)?.ancestors[0] as Story | undefined);
    return (story && this.storyOrders.get(story)) || this.ord();
  }

  private ord(): Order {
    if (!this.order) this.rebuild();
    return this.order!;
  }
  get paragraphs(): Paragraph[] {
    return this.ord().paragraphs;
  }
  get controls(): Control[] {
    return this.ord().controls;
  }
  get tables(): Table[] {
    return this.ord().tables;
  }
  /** Character position where each paragraph starts (each paragraph mark counts 1). */
  get start(): Map<Paragraph, number> {
    if (!this.starts) {
      this.starts = new Map();
      let pos = 0;
      for (const p of this.paragraphs) {
        this.starts.set(p, pos);
        pos += paragraphLength(p) + 1;
      }
    }
    return this.starts;
  }

  /** Records nodes just placed in `list` under `parent` (blocks, or inline controls in a paragraph). */
  added(nodes: readonly (Block | InlineContentControl)[], parent: BlockOwner | Paragraph | InlineContentControl, list: unknown[]): void {
    const anc = isDocument(parent) ? [] : [...(this.locs.get(parent)?.ancestors ?? []), parent as Node];
    const sink: Sink = { locs: this.locs };
    for (const n of nodes) {
      if (n.kind === 'inlineControl') walkInlines(sink, parent as Paragraph | InlineContentControl, list as Paragraph['inlines'], anc);
      else walkBlocks(sink, [n], parent as BlockOwner, anc);
    }
    // walkBlocks recorded `list` as [n]; point the new blocks at their real list.
    for (const n of nodes) {
      const loc = this.locs.get(n);
      if (loc) loc.list = list as Node[];
    }
    this.order = undefined;
    this.starts = undefined;
  }

  /** Text changed somewhere: positions move, structure does not. */
  textChanged(): void {
    this.starts = undefined;
  }
}

export function buildIndex(doc: DocumentModel, stories: readonly Story[] = []): DocIndex {
  return new DocIndex(doc, stories);
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
  return idx.orderOf(root).paragraphs.filter((p) => isInside(idx, p, root));
}

export function controlsUnder(idx: DocIndex, root: Node | DocumentModel): Control[] {
  if (isDocument(root)) return idx.controls;
  return idx.orderOf(root).controls.filter((c) => c !== root && isInside(idx, c, root));
}

export function tablesUnder(idx: DocIndex, root: Node | DocumentModel): Table[] {
  if (isDocument(root)) return idx.tables;
  return idx.orderOf(root).tables.filter((t) => t !== root && isInside(idx, t, root));
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

export const isControl = (n: Node): n is Control => ('kind' in n ? n.kind === 'blockControl' || n.kind === 'inlineControl' : n.cc !== undefined);
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
