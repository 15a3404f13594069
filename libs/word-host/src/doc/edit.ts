import type { Block, BlockContentControl, ContentControlProps, Inline, InlineContentControl, Paragraph } from '@cds/model';
import { errors } from '../errors.js';
import type { HostState } from '../runtime/state.js';
import { blocksOf, isControl, isDocument, type BlockOwner, type Control, type Node } from './tree.js';

/** A fresh paragraph; `like` lends its style and paragraph formatting, as pressing Enter does. */
export function newParagraph(host: HostState, text: string, like?: Paragraph): Paragraph {
  const p: Paragraph = { kind: 'paragraph', id: host.nextId(), inlines: text ? [{ kind: 'run', text }] : [] };
  if (like) {
    if (like.styleId !== undefined) p.styleId = like.styleId;
    if (like.styleName !== undefined) p.styleName = like.styleName;
    if (like.outlineLevel !== undefined) p.outlineLevel = like.outlineLevel;
    if (like.props) p.props = structuredClone(like.props);
    if (like.numbering) p.numbering = { ...like.numbering };
  }
  return p;
}

/** Rejects a change inside a control whose content is locked (`w:lock` contentLocked). */
export function assertEditable(host: HostState, node: Node | BlockOwner): void {
  if (isDocument(node)) return;
  const chain = [...(host.index().locs.get(node)?.ancestors ?? []), node];
  for (const n of chain) if (isControl(n) && n.cc.cannotEdit) throw errors.accessDenied(`content control ${n.cc.tag ?? n.cc.sdtId ?? ''} cannot be edited`);
}

/** Records that `node` changed: its paragraphs and every enclosing control. */
export function markChanged(host: HostState, node: Node | BlockOwner): void {
  if (isDocument(node)) return;
  const idx = host.index();
  const chain = [...(idx.locs.get(node)?.ancestors ?? []), node];
  for (const n of chain) if (isControl(n)) host.changes.controlsChanged.add(n);
  if ('kind' in node && node.kind === 'paragraph') host.changes.paragraphsChanged.add(node);
  for (const n of chain) if ('kind' in n && n.kind === 'paragraph') host.changes.paragraphsChanged.add(n);
}

function visit(blocks: readonly (Block | Inline)[], onPara: (p: Paragraph) => void, onCtl: (c: Control) => void): void {
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      onPara(b);
      visit(b.inlines, onPara, onCtl);
    } else if (b.kind === 'blockControl' || b.kind === 'inlineControl') {
      onCtl(b);
      visit(b.children, onPara, onCtl);
    } else if (b.kind === 'table') {
      for (const r of b.rows) {
        for (const c of r.cells) visit(c.blocks, onPara, onCtl);
      }
    }
  }
}

/** Checks, before anything changes, that no cannotDelete control is in `content` (Word refuses the whole operation). */
export function assertDeletable(content: readonly (Block | Inline)[]): void {
  visit(
    content,
    () => undefined,
    (c) => {
      if (c.cc.cannotDelete) throw errors.accessDenied(`content control ${c.cc.tag ?? c.cc.sdtId ?? ''} cannot be deleted`);
    },
  );
}

/**
 * Rejects removing content that holds a cannotDelete (`w:lock` sdtLocked) control,
 * and records the controls and paragraphs that go.
 */
export function dropContent(host: HostState, content: readonly (Block | Inline)[]): void {
  assertDeletable(content);
  visit(
    content,
    (p) => host.changes.paragraphsDeleted.add(p),
    (c) => host.changes.controlsDeleted.add(c),
  );
}

/** Inserts blocks into an owner's list at `index`, recording what was added. */
export function insertBlocks(host: HostState, owner: BlockOwner, index: number, blocks: Block[]): void {
  assertEditable(host, owner);
  markChanged(host, owner); // before the change: the owner's place is the same, and the index is still valid
  blocksOf(owner).splice(index, 0, ...blocks);
  host.inserted(blocks, owner, blocksOf(owner));
  visit(
    blocks,
    (p) => host.changes.paragraphsAdded.add(p),
    (c) => {
      if (c.cc.sdtId === undefined) c.cc.sdtId = host.nextSdtId();
      host.changes.controlsAdded.add(c);
    },
  );
}

/** Inserts blocks before or after a block node. */
export function insertBesides(host: HostState, node: Block, where: 'Before' | 'After', blocks: Block[]): void {
  const loc = host.index().locs.get(node);
  if (!loc) throw errors.itemNotFound('block is no longer in the document');
  const owner = loc.parent as BlockOwner;
  const at = blocksOf(owner).indexOf(node);
  insertBlocks(host, owner, where === 'Before' ? at : at + 1, blocks);
}

/** Removes a block (or inline control), keeping one empty paragraph where Word requires one. */
export function removeNode(host: HostState, node: Block | InlineContentControl): void {
  const loc = host.index().locs.get(node);
  if (!loc) throw errors.itemNotFound('object is no longer in the document');
  assertEditable(host, loc.parent as Node);
  dropContent(host, [node]);
  markChanged(host, loc.parent as Node);
  loc.list.splice(loc.list.indexOf(node), 1);
  if (node.kind !== 'inlineControl') {
    const owner = loc.parent as BlockOwner;
    const list = blocksOf(owner);
    if (list.length === 0) list.push(newParagraph(host, ''));
  }
  host.touch();
}

/** Wraps a block in a new block-level content control. */
export function wrapBlock(host: HostState, node: Block, cc: ContentControlProps): BlockContentControl {
  const loc = host.index().locs.get(node);
  if (!loc) throw errors.itemNotFound('block is no longer in the document');
  assertEditable(host, loc.parent as Node);
  const ctl: BlockContentControl = { kind: 'blockControl', id: host.nextId(), cc: { ...cc, sdtId: host.nextSdtId() }, children: [node] };
  markChanged(host, loc.parent as Node);
  loc.list.splice(loc.list.indexOf(node), 1, ctl);
  host.inserted([ctl], loc.parent as BlockOwner, loc.list);
  host.changes.controlsAdded.add(ctl);
  return ctl;
}

/** Replaces a control by its content (ContentControl.delete(true)). */
export function unwrap(host: HostState, ctl: Control): void {
  const loc = host.index().locs.get(ctl);
  if (!loc) throw errors.itemNotFound('content control is no longer in the document');
  if ('kind' in ctl) (loc.list as unknown[]).splice(loc.list.indexOf(ctl), 1, ...ctl.children);
  else delete (ctl as { cc?: unknown }).cc; // a row or cell keeps its content and loses the control
  host.changes.controlsDeleted.add(ctl);
  host.touch();
  markChanged(host, loc.parent as Node);
}
