import type { Block, DocumentModel, Inline, Paragraph } from '@cds/model';
import { errors } from '../errors.js';
import { MESSAGES } from '../messages.js';
import { assertEditable, dropContent, insertBesides, insertBlocks, markChanged, removeNode } from '../doc/edit.js';
import { splitAt } from '../doc/spans.js';
import { blocksOf, inlineTextOf, isDocument, paragraphsUnder, type BlockOwner, type DocIndex } from '../doc/tree.js';
import type { HostState } from '../runtime/state.js';
import { deleteAt } from './range-edit.js';
import { endPoint, pieces, rangeBetween, startPoint, whole, type Point, type RangeTarget } from './range-target.js';

type Where = 'Replace' | 'Start' | 'End' | 'Before' | 'After';

/** The flat OPC reader/writer the host was given (`@cds/docx` through its codec). */
function codec(host: HostState): { readOoxml(xml: string): DocumentModel; writeOoxml(doc: DocumentModel): string } {
  const c = host.codec;
  if (!c?.readOoxml || !c.writeOoxml) throw errors.generalException(MESSAGES.noCodec());
  return c as never;
}

/** Reads flat OPC into blocks, with fresh ids (and fresh list ids, as Word imports lists as new ones). */
export function readFragment(host: HostState, xml: string): Block[] {
  if (typeof xml !== 'string' || !xml.includes('package')) throw errors.invalidArgument('insertOoxml needs a flat OPC package (pkg:package)');
  const c = codec(host);
  return adoptBlocks(host, () => c.readOoxml(xml), 'the OOXML');
}

/** Reads a whole .docx given in base64 (insertFileFromBase64) into blocks, like readFragment. */
export function readFileFragment(host: HostState, base64: string): Block[] {
  const c = host.codec;
  if (!c) throw errors.generalException(MESSAGES.noCodec());
  return adoptBlocks(host, () => c.read(Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0))), 'the base64 file');
}

function adoptBlocks(host: HostState, read: () => DocumentModel, what: string): Block[] {
  let model: DocumentModel;
  try {
    model = read();
  } catch (e) {
    throw errors.invalidArgument(`${what} could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const lists = new Map<string, string>();
  const used = new Set(host.index().controls.map((c) => c.cc.sdtId));
  const renew = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(renew);
    if (typeof o !== 'object' || o === null) return;
    const n = o as { id?: unknown; cc?: { sdtId?: number }; numbering?: { numId: string } };
    if (typeof n.id === 'string') n.id = host.nextId();
    // Word keeps a control's w:id unless the document already has it.
    if (n.cc && (n.cc.sdtId === undefined || used.has(n.cc.sdtId))) n.cc.sdtId = host.nextSdtId();
    if (n.cc?.sdtId !== undefined) used.add(n.cc.sdtId);
    if (n.numbering) {
      const fresh = lists.get(n.numbering.numId) ?? `ooxml${host.nextId()}`;
      lists.set(n.numbering.numId, fresh);
      n.numbering.numId = fresh;
    }
    for (const v of Object.values(o)) renew(v);
  };
  renew(model.body);
  return model.body;
}

/** A copy of the paragraph holding only [start, end) of its text. */
function partOf(p: Paragraph, start: number, end: number): Paragraph {
  const copy = structuredClone(p);
  if (start === 0 && end === inlineTextOf(p.inlines).length) return copy;
  if (end <= start) return { ...copy, inlines: [] };
  const [a, b] = splitAt(copy, start, end);
  copy.inlines = copy.inlines.slice(a, b + 1);
  return copy;
}

/** The blocks a range covers, for getOoxml. */
export function blocksFor(idx: DocIndex, r: RangeTarget): Block[] {
  if (r.kind === 'whole') {
    const n = r.node;
    if (isDocument(n)) return structuredClone(n.body);
    if ('blocks' in n) return structuredClone(n.blocks); // a cell: its content
    if ('cells' in n) return [{ kind: 'table', id: 'row', rows: [structuredClone(n)] }];
    if (n.kind !== 'inlineControl') return [structuredClone(n)];
  }
  return pieces(idx, r).map((x) => partOf(x.paragraph, x.start, x.end));
}

/** `getOoxml()`: the range's content as flat OPC, written by `@cds/docx` with the document's page setup. */
export function fragmentOf(host: HostState, r: RangeTarget): string {
  const doc = host.doc;
  return codec(host).writeOoxml({ body: blocksFor(host.index(), r), sections: doc.sections.slice(-1), defaults: { ...doc.defaults } });
}

/** Inserts inlines at a text offset of a paragraph (top level), returning their extent. */
function insertInlinesAt(host: HostState, p: Paragraph, offset: number, list: Inline[]): RangeTarget {
  assertEditable(host, p);
  const len = inlineTextOf(p.inlines).length;
  const pos = Math.max(0, Math.min(offset, len));
  let index = p.inlines.length;
  if (pos < len) {
    [index] = splitAt(p, pos, len);
  }
  p.inlines.splice(index, 0, ...list);
  host.touch();
  for (const i of list) if (i.kind === 'inlineControl') host.changes.controlsAdded.add(i);
  markChanged(host, p);
  return { kind: 'span', paragraph: p, start: pos, end: pos + inlineTextOf(list).length };
}

/** The range covering inserted blocks. */
function rangeOfBlocks(host: HostState, blocks: Block[]): RangeTarget {
  if (blocks.length === 1) return whole(blocks[0]!);
  const idx = host.index();
  const a = startPoint(idx, whole(blocks[0]!));
  const b = endPoint(idx, whole(blocks[blocks.length - 1]!));
  return a && b ? rangeBetween(a, b) : whole(blocks[0]!);
}

const ownerOf = (r: RangeTarget): BlockOwner | undefined => {
  if (r.kind !== 'whole') return undefined;
  const n = r.node;
  if (isDocument(n)) return n;
  if ('blocks' in n) return n;
  if ('kind' in n && n.kind === 'blockControl') return n;
  return undefined;
};

/** A point (start or end of a range) gets content: inline when it is one paragraph, else blocks beside its paragraph. */
function insertAtPoint(host: HostState, p: Point, blocks: Block[], side: 'Before' | 'After'): RangeTarget {
  const only = blocks.length === 1 && blocks[0]!.kind === 'paragraph' ? blocks[0] : undefined;
  if (only) return insertInlinesAt(host, p.paragraph, p.offset, only.inlines);
  insertBesides(host, p.paragraph, side, blocks);
  return rangeOfBlocks(host, blocks);
}

/**
 * Places read OOXML content per Word.InsertLocation: into a container (body, block
 * or cell control) at Start/End or instead of its content (Replace); beside a block
 * (Before/After); into a paragraph's text when the content is one paragraph, else as
 * blocks before or after that paragraph.
 * https://learn.microsoft.com/javascript/api/word/word.insertlocation
 */
export function insertFragment(host: HostState, r: RangeTarget, blocks: Block[], where: Where): RangeTarget {
  if (!blocks.length) throw errors.invalidArgument('the OOXML package has no content');
  const idx = host.index();
  const owner = ownerOf(r);
  if (owner) {
    const list = blocksOf(owner);
    if (where === 'Start' || where === 'End') {
      insertBlocks(host, owner, where === 'Start' ? 0 : list.length, blocks);
      return rangeOfBlocks(host, blocks);
    }
    if (where === 'Replace') {
      assertEditable(host, owner);
      dropContent(host, list);
      for (const b of [...list]) removeNode(host, b);
      blocksOf(owner).splice(0); // removeNode leaves one empty paragraph behind
      host.touch();
      insertBlocks(host, owner, 0, blocks);
      return rangeOfBlocks(host, blocks);
    }
    if (isDocument(owner) || 'blocks' in owner) throw errors.invalidArgument(`insertOoxml location '${where}' on a body`);
    insertBesides(host, owner as Block, where, blocks);
    return rangeOfBlocks(host, blocks);
  }
  if (r.kind === 'whole') {
    const n = r.node;
    if (!isDocument(n) && 'kind' in n && n.kind === 'table') {
      if (where !== 'Before' && where !== 'After') throw errors.invalidArgument(`insertOoxml location '${where}' on a table`);
      insertBesides(host, n, where, blocks);
      return rangeOfBlocks(host, blocks);
    }
    if (!isDocument(n) && 'kind' in n && n.kind === 'paragraph') {
      if (where === 'Before' || where === 'After') {
        insertBesides(host, n, where, blocks);
        return rangeOfBlocks(host, blocks);
      }
      if (where === 'Replace') {
        const only = blocks.length === 1 && blocks[0]!.kind === 'paragraph' ? blocks[0] : undefined;
        if (only) {
          deleteAt(host, { kind: 'span', paragraph: n, start: 0, end: inlineTextOf(n.inlines).length });
          return insertInlinesAt(host, n, 0, only.inlines);
        }
        insertBesides(host, n, 'After', blocks);
        removeNode(host, n);
        return rangeOfBlocks(host, blocks);
      }
    }
    if (!isDocument(n) && 'cells' in n) throw errors.invalidArgument('insertOoxml on a table row');
  }
  const a = startPoint(idx, r);
  const b = endPoint(idx, r);
  if (!a || !b) throw errors.itemNotFound('empty range');
  if (where === 'Replace') {
    if (r.kind === 'between') throw errors.invalidArgument('insertOoxml Replace across paragraphs');
    const inControl = r.kind === 'whole' && !isDocument(r.node) && 'kind' in r.node && r.node.kind === 'inlineControl' ? r.node : undefined;
    if (inControl) {
      const only = blocks.length === 1 && blocks[0]!.kind === 'paragraph' ? blocks[0] : undefined;
      if (!only) throw errors.invalidArgument('an inline content control holds one paragraph of content');
      assertEditable(host, inControl);
      dropContent(
        host,
        inControl.children.filter((i) => i.kind === 'inlineControl'),
      );
      inControl.children.splice(0, inControl.children.length, ...only.inlines);
      host.touch();
      markChanged(host, inControl);
      const p = paragraphsUnder(host.index(), inControl)[0]!;
      return { kind: 'span', paragraph: p, start: a.offset, end: a.offset + inlineTextOf(only.inlines).length };
    }
    deleteAt(host, rangeBetween(a, b));
    return insertAtPoint(host, a, blocks, 'After');
  }
  const point = where === 'Start' || where === 'Before' ? a : b;
  return insertAtPoint(host, point, blocks, where === 'Start' || where === 'Before' ? 'Before' : 'After');
}
