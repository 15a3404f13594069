import type { Numbering, Paragraph } from '@cds/model';
import { logField, type ReadContext } from './context.js';
import { readInlines } from './inline.js';
import { merge, num, paraPropsOf, runPropsOf } from './props.js';
import type { ParaStyleInfo } from './styles.js';
import { child, childVal, kids, tag, type XNode } from './xml.js';

/**
 * Reads one `w:p`: style, outline level, numbering label, props, inlines. The
 * text boxes met in it are left in `ctx.textBoxes`, for the caller to read after it.
 */
export function readParagraph(p: XNode, id: string, ctx: ReadContext): Paragraph {
  ctx.budget.paragraph();
  const all = kids(p);
  const pPr = all[0] && tag(all[0]) === 'w:pPr' ? all[0] : undefined;
  const { para, styleId, style, numbering } = beginParagraph(pPr, id, ctx);
  para.inlines = readInlines(pPr ? all.slice(1) : all, id, styleId ?? '', style.rProps, ctx, numbering?.label.length ?? 0);
  endParagraph(ctx);
  return para;
}

/**
 * A paragraph from its `w:pPr` (only when that is its first child), before its
 * content: style, outline level, props, numbering label (the counters advance
 * here, once), its `w:sectPr`. Shared by the tree and the stream readers.
 */
export function beginParagraph(
  pPr: XNode | undefined,
  id: string,
  ctx: ReadContext,
): { para: Paragraph; styleId: string | undefined; style: ParaStyleInfo; numbering: Numbering | undefined } {
  const styleId = childVal(pPr, 'w:pStyle');
  const style = ctx.styles.paragraph(styleId);
  const para: Paragraph = { kind: 'paragraph', id, inlines: [] };
  if (styleId) para.styleId = styleId;
  if (styleId && style.name) para.styleName = style.name;
  const lvl = childVal(pPr, 'w:outlineLvl');
  const lvlN = num(lvl);
  const outline = lvl !== undefined ? (lvlN !== undefined && lvlN >= 0 && lvlN < 9 ? lvlN : undefined) : style.outlineLevel;
  if (outline !== undefined) para.outlineLevel = outline;
  // Fresh objects: the merged values may be shared style-cache entries.
  const props = { ...merge(style.pProps, paraPropsOf(pPr)) };
  if (props.lineSpacing) props.lineSpacing = { ...props.lineSpacing };
  const markRPr = child(pPr, 'w:rPr');
  if (pPr) countMarkChanges(pPr, markRPr, ctx);
  props.runDefaults = { ...(markRPr ? merge(style.rProps, runPropsOf(markRPr, ctx.theme)) : style.rProps) };
  para.props = props;
  const numbering = numberingOf(pPr, styleId, ctx);
  if (numbering) para.numbering = numbering;
  const sect = child(pPr, 'w:sectPr');
  if (sect) ctx.sectPrs.push({ node: sect, topIndex: ctx.topIndex });
  ctx.paragraph = para;
  return { para, styleId, style, numbering };
}

/**
 * At a paragraph's end: a field whose instruction never reaches `separate` must not
 * hide the rest of the document. Each such field is settled here once, so unclosed
 * fields cost O(1) each.
 */
export function endParagraph(ctx: ReadContext): void {
  for (const f of ctx.inInstr) {
    f.phase = 'result';
    logField(ctx, f);
  }
  ctx.inInstr.length = 0;
}

/** Tracked changes on the paragraph itself: its mark inserted or deleted, its properties changed. */
function countMarkChanges(pPr: XNode, markRPr: XNode | undefined, ctx: ReadContext): void {
  if (child(pPr, 'w:pPrChange')) ctx.tracked.formatChanges++;
  if (!markRPr) return;
  if (child(markRPr, 'w:ins') || child(markRPr, 'w:moveTo')) ctx.tracked.insertions++;
  if (child(markRPr, 'w:del') || child(markRPr, 'w:moveFrom')) ctx.tracked.deletions++;
  if (child(markRPr, 'w:rPrChange')) ctx.tracked.formatChanges++;
}

/** Direct `w:numPr` wins over the style's; numId 0 switches numbering off. */
function numberingOf(pPr: XNode | undefined, styleId: string | undefined, ctx: ReadContext): Numbering | undefined {
  const numPr = child(pPr, 'w:numPr');
  const styleRef = ctx.styles.paragraph(styleId).numRef;
  const numId = childVal(numPr, 'w:numId') ?? styleRef?.numId;
  if (!numId || numId === '0') return undefined;
  const direct = childVal(numPr, 'w:ilvl');
  const ilvl = num(direct) ?? styleRef?.ilvl ?? (styleId ? ctx.numbering.levelForStyle(numId, styleId) : undefined) ?? 0;
  return ctx.numbering.next(numId, Math.min(8, Math.max(0, ilvl)));
}
