import type { Inline, InlineContentControl, Run, RunProps } from '@cds/model';
import { logField, type ReadContext } from './context.js';
import { readSdtPr } from './controls.js';
import { chooseAlternate } from './alternate.js';
import { merge, runPropsOf, sameProps } from './props.js';
import { xmlCharOf } from './chars.js';
import { attr, child, childVal, kids, tag, textOf, type XNode } from './xml.js';

/** Characters of the paragraph being read (shared by the builders of its inline controls). */
export interface ParaText {
  chars: number;
  start: string;
}

/** Collects inlines, joining neighbouring runs that carry the same properties. */
export class InlineBuilder {
  readonly out: Inline[] = [];
  private last: Run | undefined;
  constructor(
    private readonly para: ParaText,
    private readonly ctx: ReadContext,
  ) {}
  text(s: string, props: RunProps): void {
    if (!s) return;
    const para = this.para;
    para.chars += s.length;
    if (para.start.length < 60) para.start += s.slice(0, 60);
    this.ctx.budget.text(s.length, para);
    if (this.last && sameProps(this.last.props, props)) this.last.text += s;
    // Props objects are shared style-cache entries: each run gets its own copy so callers may edit it.
    else this.out.push((this.last = { kind: 'run', text: s, props: { ...props } }));
  }
  control(c: InlineContentControl): void {
    this.out.push(c);
    this.last = undefined;
  }
}

/** Containers whose children are read as if they stood in the paragraph itself. */
export const INLINE_TRANSPARENT: ReadonlySet<string> = new Set([
  'w:hyperlink',
  'w:smartTag',
  'w:customXml',
  'w:ins',
  'w:moveTo',
  'w:dir',
  'w:bdo',
  'w:fldSimple',
]);

/**
 * Reads a paragraph's content (everything after `w:pPr`). `base` is the paragraph
 * style's run props; inline controls get ids `${paraId}.i0`, `.i1`… depth first.
 */
export function readInlines(nodes: XNode[], paraId: string, pStyleKey: string, base: RunProps, ctx: ReadContext, labelChars = 0): Inline[] {
  const para: ParaText = { chars: labelChars, start: '' };
  const b = new InlineBuilder(para, ctx);
  const counter = { n: 0 };
  walk(nodes, b, para, paraId, counter, pStyleKey, base, ctx);
  return b.out;
}

function walk(nodes: XNode[], b: InlineBuilder, para: ParaText, paraId: string, counter: { n: number }, pKey: string, base: RunProps, ctx: ReadContext): void {
  for (const n of nodes) {
    const t = tag(n);
    if (t === 'w:r') readRun(n, b, pKey, base, ctx);
    else if (INLINE_TRANSPARENT.has(t)) {
      if (t === 'w:fldSimple') simpleField(attr(n, 'w:instr'), ctx);
      else if (t === 'w:ins' || t === 'w:moveTo') ctx.tracked.insertions++;
      walk(kids(n), b, para, paraId, counter, pKey, base, ctx);
    } else if (t === 'w:del' || t === 'w:moveFrom') ctx.tracked.deletions++;
    else if (t === 'w:sdt') {
      const id = `${paraId}.i${counter.n++}`;
      const inner = new InlineBuilder(para, ctx);
      walk(kids(child(n, 'w:sdtContent') ?? {}), inner, para, paraId, counter, pKey, base, ctx);
      b.control({ kind: 'inlineControl', id, cc: readSdtPr(child(n, 'w:sdtPr'), ctx), children: inner.out });
    } else if (t === 'mc:AlternateContent') walk(chooseAlternate(n), b, para, paraId, counter, pKey, base, ctx);
    // Bookmarks, proofErr, comments, permissions, math: no visible body text.
  }
}

/** A `w:fldSimple`: a field whose content is its result. */
export function simpleField(instr: string | undefined, ctx: ReadContext): void {
  ctx.budget.field();
  logField(ctx, { instr: instr ?? '', phase: 'result', paragraph: ctx.paragraph, logged: false });
}

/** A run's props from its `w:rPr` over the paragraph style's (`base`), character style included. */
export function runProps(rPr: XNode | undefined, pKey: string, base: RunProps, ctx: ReadContext): RunProps {
  if (!rPr) return base;
  // Counted here, once per run that shows text: a changed format on a run with no text changes nothing visible.
  if (child(rPr, 'w:rPrChange')) ctx.tracked.formatChanges++;
  const rStyle = childVal(rPr, 'w:rStyle');
  let styled = base;
  if (rStyle) {
    const key = `${pKey}|${rStyle}`;
    styled = ctx.runBase.get(key) ?? merge(base, ctx.styles.character(rStyle));
    ctx.runBase.set(key, styled);
  }
  return merge(styled, runPropsOf(rPr, ctx.theme));
}

function readRun(r: XNode, b: InlineBuilder, pKey: string, base: RunProps, ctx: ReadContext): void {
  let props: RunProps | undefined;
  const emit = (s: string): void => {
    if (!visible(ctx)) return;
    b.text(s, (props ??= runProps(child(r, 'w:rPr'), pKey, base, ctx)));
  };
  runContent(kids(r), emit, ctx);
}

function runContent(nodes: XNode[], emit: (s: string) => void, ctx: ReadContext): void {
  for (const c of nodes) {
    switch (tag(c)) {
      case 'w:t':
        emit(kids(c).map(textOf).join(''));
        break;
      case 'w:tab':
      case 'w:ptab':
        emit('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (attr(c, 'w:type') !== 'page' && attr(c, 'w:type') !== 'column') emit('\n');
        break;
      case 'w:noBreakHyphen':
        emit('-');
        break;
      case 'w:sym':
        emit(symbol(attr(c, 'w:char')));
        break;
      case 'w:instrText': {
        const top = ctx.fields[ctx.fields.length - 1];
        if (top && top.phase === 'instr') top.instr += kids(c).map(textOf).join('');
        break;
      }
      case 'w:fldChar':
        fieldChar(attr(c, 'w:fldCharType'), ctx);
        break;
      case 'mc:AlternateContent':
        // Inside a run, an alternate holds run content (drawings, symbols).
        runContent(chooseAlternate(c), emit, ctx);
        break;
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        // Text boxes (DrawingML wps:txbx, VML v:textbox) are read as blocks after the paragraph.
        if (visible(ctx)) collectTextBoxes(kids(c), (ctx.textBoxes ??= []));
        break;
    }
  }
}

/** Every `w:txbxContent` under a drawing, reading one branch of each alternate; not inside another box. */
function collectTextBoxes(nodes: XNode[], out: XNode[]): void {
  for (const n of nodes) {
    const t = tag(n);
    if (t === 'w:txbxContent') out.push(n);
    else if (t === 'mc:AlternateContent') collectTextBoxes(chooseAlternate(n), out);
    else if (t !== '#text') collectTextBoxes(kids(n), out);
  }
}

/** A `w:fldChar` of this `w:fldCharType`: opens, separates or closes a complex field. */
export function fieldChar(type: string | undefined, ctx: ReadContext): void {
  if (type === 'begin') {
    ctx.budget.field();
    const f = { instr: '', phase: 'instr' as const, paragraph: ctx.paragraph, logged: false };
    ctx.fields.push(f);
    ctx.inInstr.push(f);
  } else if (type === 'separate') {
    const top = ctx.fields[ctx.fields.length - 1];
    // The top field, when still in its instruction, is the last of `inInstr` (both are in stack order).
    if (top?.phase === 'instr') ctx.inInstr.pop();
    if (top) {
      top.phase = 'result';
      logField(ctx, top);
    }
  } else if (type === 'end') {
    const top = ctx.fields.pop();
    if (top?.phase === 'instr') ctx.inInstr.pop();
    if (top) logField(ctx, top);
  }
}

/** Text shows unless some open field is still in its instruction. */
export function visible(ctx: ReadContext): boolean {
  return ctx.inInstr.length === 0;
}

/** `w:sym`: symbol-font code points (F0xx) map to their ASCII position, best effort; invalid ones give nothing. */
export function symbol(code: string | undefined): string {
  const cp = code && /^[0-9a-fA-F]{1,8}$/.test(code) ? parseInt(code, 16) : NaN;
  if (!Number.isFinite(cp) || cp <= 0) return '';
  return xmlCharOf(cp >= 0xf000 && cp <= 0xf0ff ? cp - 0xf000 : cp);
}
