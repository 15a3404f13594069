import type { Block, BlockContentControl } from '@cds/model';
import { chooseAlternate } from './alternate.js';
import type { ReadContext } from './context.js';
import { readSdtPr } from './controls.js';
import { readParagraph } from './paragraph.js';
import { readTable } from './table.js';
import { child, kids, tag, type XNode } from './xml.js';

/** Block wrappers whose children belong to the enclosing block list. */
const TRANSPARENT = new Set(['w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag']);

/**
 * Reads a block list (body, cell, control content, header). Ids are
 * `${prefix}b${i}`: top level `b0`, `b1`…; inside a control `b5.b0`; inside a cell
 * `b3.r0.c1.b0`. `top` marks the body itself, whose indexes sections refer to.
 */
export function readBlocks(nodes: XNode[], prefix: string, ctx: ReadContext, top = false, out: Block[] = [], seq = { n: 0 }): Block[] {
  for (const n of nodes) {
    const t = tag(n);
    if (top) ctx.topIndex = out.length;
    // Ids count this list's own blocks; text-box blocks placed in it have ids of their own.
    if (t === 'w:p') readParagraphWithBoxes(n, `${prefix}b${seq.n++}`, ctx, top, out);
    else if (t === 'w:tbl') out.push(readTable(n, `${prefix}b${seq.n++}`, ctx));
    else if (t === 'w:sdt') out.push(readBlockControl(n, `${prefix}b${seq.n++}`, ctx));
    else if (TRANSPARENT.has(t)) {
      if (t === 'w:ins' || t === 'w:moveTo') ctx.tracked.insertions++;
      readBlocks(kids(n), prefix, ctx, top, out, seq);
    } else if (t === 'mc:AlternateContent') readBlocks(chooseAlternate(n), prefix, ctx, top, out, seq);
    else if (t === 'w:sectPr' && top) ctx.sectPrs.push({ node: n, topIndex: Math.max(0, out.length - 1) });
    else if (t === 'w:del' || t === 'w:moveFrom') ctx.tracked.deletions++;
    // w:altChunk (imported foreign content), bookmarks, permissions: nothing to read.
  }
  return out;
}

/**
 * A paragraph, then the content of its text boxes, in reading order: LibreOffice
 * anchors a box's text inside the paragraph holding it, and a paragraph of ours
 * holds no blocks, so the boxes' blocks follow it (ids `b5.x0.b0`: block 0 of text
 * box 0 of block b5), and body ids after them do not move. A section that ends
 * with the paragraph ends after its boxes.
 */
function readParagraphWithBoxes(n: XNode, id: string, ctx: ReadContext, top: boolean, out: Block[]): void {
  const sections = ctx.sectPrs.length;
  const outer = ctx.textBoxes;
  ctx.textBoxes = undefined;
  out.push(readParagraph(n, id, ctx));
  const boxes = ctx.textBoxes as XNode[] | undefined; // set while reading the paragraph
  ctx.textBoxes = outer; // the paragraph holding this one's box, if any
  if (!boxes) return;
  boxes.forEach((box, k) => out.push(...readBlocks(kids(box), `${id}.x${k}.`, ctx)));
  if (top) for (let i = sections; i < ctx.sectPrs.length; i++) ctx.sectPrs[i]!.topIndex = out.length - 1;
}

function readBlockControl(n: XNode, id: string, ctx: ReadContext): BlockContentControl {
  return {
    kind: 'blockControl',
    id,
    cc: readSdtPr(child(n, 'w:sdtPr'), ctx),
    children: readBlocks(kids(child(n, 'w:sdtContent') ?? {}), `${id}.`, ctx),
  };
}
