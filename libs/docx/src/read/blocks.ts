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
export function readBlocks(nodes: XNode[], prefix: string, ctx: ReadContext, top = false, out: Block[] = []): Block[] {
  for (const n of nodes) {
    const t = tag(n);
    if (top) ctx.topIndex = out.length;
    if (t === 'w:p') out.push(readParagraph(n, `${prefix}b${out.length}`, ctx));
    else if (t === 'w:tbl') out.push(readTable(n, `${prefix}b${out.length}`, ctx));
    else if (t === 'w:sdt') out.push(readBlockControl(n, `${prefix}b${out.length}`, ctx));
    else if (TRANSPARENT.has(t)) readBlocks(kids(n), prefix, ctx, top, out);
    else if (t === 'mc:AlternateContent') readBlocks(chooseAlternate(n), prefix, ctx, top, out);
    else if (t === 'w:sectPr' && top) ctx.sectPrs.push({ node: n, topIndex: Math.max(0, out.length - 1) });
    // w:altChunk (imported foreign content), bookmarks, w:del, permissions: nothing to read.
  }
  return out;
}

function readBlockControl(n: XNode, id: string, ctx: ReadContext): BlockContentControl {
  return {
    kind: 'blockControl',
    id,
    cc: readSdtPr(child(n, 'w:sdtPr'), ctx),
    children: readBlocks(kids(child(n, 'w:sdtContent') ?? {}), `${id}.`, ctx),
  };
}
