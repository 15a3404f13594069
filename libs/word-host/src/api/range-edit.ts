import type { Block, Paragraph, Table, TableCell } from '@cds/model';
import { errors } from '../errors.js';
import { assertDeletable, assertEditable, dropContent, insertBesides, insertBlocks, markChanged, newParagraph, removeNode, wrapBlock } from '../doc/edit.js';
import { replaceSpan, splitAt, wrapSpan, writeInlines } from '../doc/spans.js';
import { blocksOf, extent, inlineTextOf, isDocument, paragraphsUnder, type BlockOwner, type Control, type DocIndex, type Node } from '../doc/tree.js';
import type { HostState } from '../runtime/state.js';
import { NotImplementedError } from '../runtime/guard.js';
import { at, rangeBetween, rangeParagraphs, startPoint, whole, type RangeTarget } from './range-target.js';

/** The block a range lives in, for Before/After insertions (a stretch: its first or last paragraph's). */
function blockOf(idx: DocIndex, r: RangeTarget, where: string): Block {
  const n = r.kind === 'span' ? r.paragraph : r.kind === 'between' ? (where === 'Before' ? r.from.paragraph : r.to.paragraph) : r.node;
  if (isDocument(n)) throw errors.invalidArgument('the body has no Before/After');
  if ('kind' in n && n.kind !== 'inlineControl') return n;
  const chain = idx.locs.get(n)?.ancestors ?? [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const a = chain[i]!;
    if ('kind' in a && a.kind !== 'inlineControl') return a;
  }
  throw errors.invalidArgument('no enclosing block');
}

/** Block owner whose content Start/End insertions go into. */
function ownerOf(r: RangeTarget): BlockOwner | undefined {
  if (r.kind !== 'whole') return undefined;
  const n = r.node;
  if (isDocument(n)) return n;
  if ('blocks' in n) return n as TableCell;
  if ('kind' in n && n.kind === 'blockControl') return n;
  return undefined;
}

type Where = 'Before' | 'After' | 'Start' | 'End' | 'Replace';

/** insertParagraph(text, location) on any range-like object. */
export function insertParagraphAt(host: HostState, r: RangeTarget, text: string, where: Where): Paragraph {
  const idx = host.index();
  const owner = ownerOf(r);
  if (owner && (where === 'Start' || where === 'End')) {
    const list = blocksOf(owner);
    const neighbour = where === 'Start' ? list[0] : list[list.length - 1];
    // "Every paragraph inserted should get the current Word paragraph style of the insertion point" (office-js#72).
    const p = newParagraph(host, text, neighbour?.kind === 'paragraph' ? neighbour : undefined);
    insertBlocks(host, owner, where === 'Start' ? 0 : list.length, [p]);
    return p;
  }
  if (where !== 'Before' && where !== 'After') throw errors.invalidArgument(`insertParagraph location '${where}'`);
  const block = blockOf(idx, r, where);
  const p = newParagraph(host, text, block.kind === 'paragraph' ? block : undefined);
  insertBesides(host, block, where, [p]);
  return p;
}

/**
 * insertText(text, location); returns the range of the inserted text. As in Word, "\n"
 * (or "\r") starts a new paragraph and "\v" is a manual line break (office-js#1755, #4275);
 * the model keeps a line break as "\n" inside a run.
 */
export function insertTextAt(host: HostState, r: RangeTarget, text: string, where: Where): RangeTarget {
  const parts = String(text)
    .split(/\r\n|\r|\n/)
    .map((s) => s.replace(/\u000b/g, '\n'));
  const first = insertLineText(host, r, parts[0]!, where);
  if (parts.length === 1) return first;
  const start = first.kind === 'span' ? { paragraph: first.paragraph, offset: first.start } : startPoint(host.index(), first)!;
  let cur = first.kind === 'span' ? first.paragraph : (rangeParagraphs(host.index(), first).at(-1) as Paragraph);
  let off = first.kind === 'span' ? first.end : inlineTextOf(cur.inlines).length;
  for (const part of parts.slice(1)) {
    cur = splitParagraph(host, cur, off);
    if (part) replaceSpan(cur, 0, 0, part);
    off = part.length;
  }
  host.touch();
  return rangeBetween(start, { paragraph: cur, offset: off });
}

/** Splits a paragraph at a text offset, as pressing Enter does: the rest goes to a new paragraph like it. */
export function splitParagraph(host: HostState, p: Paragraph, offset: number): Paragraph {
  assertEditable(host, p);
  const len = inlineTextOf(p.inlines).length;
  let rest: Paragraph['inlines'] = [];
  if (offset < len) {
    const [i] = splitAt(p, offset, len);
    rest = p.inlines.splice(i);
  }
  const q = newParagraph(host, '', p);
  q.inlines = rest;
  insertBesides(host, p, 'After', [q]);
  host.touch();
  markChanged(host, p);
  return q;
}

function insertLineText(host: HostState, r: RangeTarget, text: string, where: Where): RangeTarget {
  const idx = host.index();
  if (r.kind === 'between') {
    if (where === 'Replace') deleteAt(host, r);
    return insertLineText(host, at(where === 'Start' || where === 'Before' || where === 'Replace' ? r.from : r.to), text, 'Start');
  }
  if (r.kind === 'span') {
    assertEditable(host, r.paragraph);
    const at = where === 'Start' || where === 'Before' ? r.start : where === 'Replace' ? r.start : r.end;
    const hadControls = r.paragraph.inlines.some((i) => i.kind === 'inlineControl');
    if (where === 'Replace') replaceSpan(r.paragraph, r.start, r.end, text);
    else replaceSpan(r.paragraph, at, at, text);
    if (hadControls) host.touch();
    else host.textChanged();
    markChanged(host, r.paragraph);
    return { kind: 'span', paragraph: r.paragraph, start: at, end: at + text.length };
  }
  const n = r.node;
  assertEditable(host, n);
  if (!isDocument(n) && 'kind' in n && (n.kind === 'paragraph' || n.kind === 'inlineControl')) {
    if (where === 'Before' || where === 'After') {
      if (n.kind === 'paragraph') throw errors.invalidArgument(`Paragraph.insertText location '${where}'`);
      const p = paragraphsUnder(idx, n)[0]!;
      const [s, e] = extent(idx, n);
      const ps = idx.start.get(p) ?? 0;
      return insertLineText(host, { kind: 'span', paragraph: p, start: s - ps, end: e - ps }, text, where === 'Before' ? 'Start' : 'End');
    }
    const list = n.kind === 'paragraph' ? n.inlines : n.children;
    const removed = where === 'Replace' ? list.filter((i) => i.kind === 'inlineControl') : [];
    dropContent(host, removed);
    const [s, e] = writeInlines(list, text, where);
    if (removed.length) host.touch();
    else host.textChanged();
    markChanged(host, n);
    const p = n.kind === 'paragraph' ? n : paragraphsUnder(host.index(), n)[0]!;
    const base = n.kind === 'paragraph' ? 0 : extent(host.index(), n)[0] - (host.index().start.get(p) ?? 0);
    return { kind: 'span', paragraph: p, start: base + s, end: base + e };
  }
  const owner = ownerOf(r);
  if (owner) {
    const list = blocksOf(owner);
    if (where === 'Replace') {
      const first = list.find((b): b is Paragraph => b.kind === 'paragraph');
      assertDeletable(list);
      for (const b of [...list]) removeNode(host, b);
      const p = newParagraph(host, text, first);
      blocksOf(owner).splice(0, blocksOf(owner).length, p);
      host.touch();
      host.changes.paragraphsAdded.add(p);
      markChanged(host, owner);
      return whole(p);
    }
    const ps = paragraphsUnder(idx, isDocument(owner) ? owner : (owner as Node));
    const target = where === 'Start' || where === 'Before' ? ps[0] : ps[ps.length - 1];
    if (!target) throw errors.generalException('empty container');
    return insertLineText(host, whole(target), text, where === 'Start' || where === 'Before' ? 'Start' : 'End');
  }
  throw errors.invalidArgument(`insertText on ${'kind' in n ? n.kind : 'object'}`);
}

/** insertContentControl() on a range-like object: block control around blocks, inline around a text span. */
export function insertControlAt(host: HostState, r: RangeTarget): Control {
  if (r.kind === 'span') return wrapSpan(host, r.paragraph, r.start, r.end, {});
  if (r.kind === 'between') return wrapStretch(host, r.from.paragraph, r.to.paragraph);
  const n = r.node;
  if (isDocument(n)) {
    assertEditable(host, n);
    const ctl = { kind: 'blockControl' as const, id: host.nextId(), cc: { sdtId: host.nextSdtId() }, children: n.body.splice(0) };
    n.body.push(ctl);
    host.touch();
    host.changes.controlsAdded.add(ctl);
    markChanged(host, ctl);
    return ctl;
  }
  if ('kind' in n && n.kind !== 'inlineControl') return wrapBlock(host, n, {});
  if ('kind' in n) {
    const p = paragraphsUnder(host.index(), n)[0]!;
    const [s, e] = extent(host.index(), n);
    const ps = host.index().start.get(p) ?? 0;
    return wrapSpan(host, p, s - ps, e - ps, {});
  }
  throw errors.invalidArgument('insertContentControl on a table row or cell');
}

/**
 * A block control around a stretch of paragraphs: the blocks, in one list, from the one
 * holding the first paragraph to the one holding the last (a heading and its section).
 */
function wrapStretch(host: HostState, first: Paragraph, last: Paragraph): Control {
  const idx = host.index();
  const chainA = [...(idx.locs.get(first)?.ancestors ?? []), first];
  const chainB = [...(idx.locs.get(last)?.ancestors ?? []), last];
  let d = 0;
  while (d < chainA.length && d < chainB.length && chainA[d] === chainB[d]) d++;
  const a = chainA[d] as Block | undefined;
  const b = chainB[d] as Block | undefined;
  const loc = a && idx.locs.get(a);
  if (!a || !b || !loc || !('kind' in a) || (a.kind as string) === 'inlineControl' || !loc.list.includes(b))
    throw errors.invalidArgument('the range does not cover whole blocks of one container');
  const owner = loc.parent as BlockOwner;
  assertEditable(host, owner as never);
  const list = blocksOf(owner);
  const i = list.indexOf(a);
  const j = list.indexOf(b);
  const ctl = { kind: 'blockControl' as const, id: host.nextId(), cc: { sdtId: host.nextSdtId() }, children: list.slice(i, j + 1) };
  markChanged(host, owner as never);
  list.splice(i, j - i + 1, ctl);
  host.touch();
  host.changes.controlsAdded.add(ctl);
  return ctl;
}

/** Builds a table of rowCount × columnCount with optional values. */
export function newTable(host: HostState, rowCount: number, columnCount: number, values?: string[][]): Table {
  if (rowCount < 1 || columnCount < 1) throw errors.invalidArgument('rowCount and columnCount must be at least 1');
  return {
    kind: 'table',
    id: host.nextId(),
    rows: Array.from({ length: rowCount }, (_, r) => ({
      id: host.nextId(),
      cells: Array.from({ length: columnCount }, (_, c) => ({
        id: host.nextId(),
        blocks: [newParagraph(host, values?.[r]?.[c] ?? '')],
      })),
    })),
  };
}

export function insertTableAt(host: HostState, r: RangeTarget, rows: number, cols: number, where: Where, values?: string[][]): Table {
  const t = newTable(host, rows, cols, values);
  const owner = ownerOf(r);
  if (owner && (where === 'Start' || where === 'End')) insertBlocks(host, owner, where === 'Start' ? 0 : blocksOf(owner).length, [t]);
  else if (where === 'Before' || where === 'After') insertBesides(host, blockOf(host.index(), r, where), where, [t]);
  else throw errors.invalidArgument(`insertTable location '${where}'`);
  return t;
}

/** clear(): empties the object, leaving one empty paragraph where a container needs one. */
export function clearAt(host: HostState, r: RangeTarget): void {
  if (r.kind === 'between') return deleteAt(host, r);
  if (r.kind === 'span') {
    insertTextAt(host, r, '', 'Replace');
    return;
  }
  const n = r.node;
  assertEditable(host, n);
  const owner = ownerOf(r);
  if (owner) {
    const like = blocksOf(owner).find((b): b is Paragraph => b.kind === 'paragraph');
    assertDeletable(blocksOf(owner));
    for (const b of [...blocksOf(owner)]) removeNode(host, b);
    const list = blocksOf(owner);
    list.splice(0, list.length, newParagraph(host, '', like));
    host.touch();
    markChanged(host, owner);
    return;
  }
  if (!isDocument(n) && 'kind' in n && (n.kind === 'paragraph' || n.kind === 'inlineControl')) {
    const list = n.kind === 'paragraph' ? n.inlines : n.children;
    dropContent(
      host,
      list.filter((i) => i.kind === 'inlineControl'),
    );
    list.splice(0);
    host.touch();
    markChanged(host, n);
  }
}

/** Range.delete(): a span loses its text; a whole object is removed. */
export function deleteAt(host: HostState, r: RangeTarget): void {
  if (r.kind === 'between') throw new NotImplementedError('deleting or replacing text across paragraphs (Range.delete/clear/insertText Replace)');
  if (r.kind === 'span') {
    insertTextAt(host, r, '', 'Replace');
    return;
  }
  const n = r.node;
  if (isDocument(n)) return clearAt(host, r);
  if ('kind' in n) return removeNode(host, n);
  throw errors.invalidArgument('delete on a table row or cell range');
}
