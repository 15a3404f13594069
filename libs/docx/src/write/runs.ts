import type { Alignment, Inline, Paragraph, ParagraphProps, RunProps } from '@cds/model';
import type { WriteContext } from './context.js';
import { sdtPr } from './sdt.js';
import { esc, val } from './xml.js';

const TWIPS_PER_CM = 1440 / 2.54;
const JC: Record<Alignment, string> = { left: 'left', center: 'center', right: 'right', justify: 'both', distribute: 'distribute' };

/**
 * `w:rPr` for run properties ('' when none). Keys equal to what the style chain
 * already gives (`base`) are left out: the reader resolves them back identically.
 */
export function rPr(props: RunProps | undefined, base: RunProps = {}): string {
  if (!props) return '';
  const p = only(props, base);
  let s = '';
  if (p.font) s += `<w:rFonts w:ascii="${esc(p.font)}" w:hAnsi="${esc(p.font)}" w:cs="${esc(p.font)}"/>`;
  if (p.bold !== undefined) s += p.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  if (p.italic !== undefined) s += p.italic ? '<w:i/><w:iCs/>' : '<w:i w:val="0"/><w:iCs w:val="0"/>';
  if (p.caps !== undefined) s += p.caps ? '<w:caps/>' : '<w:caps w:val="0"/>';
  if (p.color) s += val('w:color', p.color);
  if (p.sizePt !== undefined) s += val('w:sz', Math.round(p.sizePt * 2)) + val('w:szCs', Math.round(p.sizePt * 2));
  if (p.underline !== undefined) s += val('w:u', p.underline ? 'single' : 'none');
  return s ? `<w:rPr>${s}</w:rPr>` : '';
}

/** Run content: tabs as `w:tab`, newlines as `w:br`, text with xml:space where spaces would be lost. */
export function runContent(text: string): string {
  let s = '';
  for (const part of text.split(/(\t|\r?\n)/)) {
    if (part === '') continue;
    if (part === '\t') s += '<w:tab/>';
    else if (part === '\n' || part === '\r\n') s += '<w:br/>';
    else s += /^\s|\s$/.test(part) ? `<w:t xml:space="preserve">${esc(part)}</w:t>` : `<w:t>${esc(part)}</w:t>`;
  }
  return s;
}

export function inlines(list: readonly Inline[], ctx: WriteContext, base: RunProps = {}): string {
  let s = '';
  for (const i of list) {
    if (i.kind === 'run') s += `<w:r>${rPr(i.props, base)}${runContent(i.text)}</w:r>`;
    else s += `<w:sdt>${sdtPr(i.cc, ctx)}<w:sdtContent>${inlines(i.children, ctx, base)}</w:sdtContent></w:sdt>`;
  }
  return s;
}

/** Keys of `p` whose values differ from `base` (line spacing compared by value). */
function only<T extends object>(p: T, base: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k in p) {
    const v = p[k];
    const b = base[k];
    if (v === undefined || v === b) continue;
    if (typeof v === 'object' && typeof b === 'object' && JSON.stringify(v) === JSON.stringify(b)) continue;
    out[k] = v;
  }
  return out;
}

function pPrBody(props: ParagraphProps | undefined, base: ParagraphProps): string {
  if (!props) return '';
  const p = only(props, base);
  let s = '';
  const sp: string[] = [];
  if (p.spacingBeforePt !== undefined) sp.push(`w:before="${Math.round(p.spacingBeforePt * 20)}"`);
  if (p.spacingAfterPt !== undefined) sp.push(`w:after="${Math.round(p.spacingAfterPt * 20)}"`);
  if (p.lineSpacing)
    sp.push(
      p.lineSpacing.rule === 'auto'
        ? `w:line="${Math.round(p.lineSpacing.value * 240)}" w:lineRule="auto"`
        : `w:line="${Math.round(p.lineSpacing.value * 20)}" w:lineRule="${p.lineSpacing.rule}"`,
    );
  if (sp.length) s += `<w:spacing ${sp.join(' ')}/>`;
  const ind: string[] = [];
  if (p.leftIndentCm !== undefined) ind.push(`w:left="${twips(p.leftIndentCm)}"`);
  if (p.firstLineIndentCm !== undefined)
    ind.push(p.firstLineIndentCm < 0 ? `w:hanging="${twips(-p.firstLineIndentCm)}"` : `w:firstLine="${twips(p.firstLineIndentCm)}"`);
  if (ind.length) s += `<w:ind ${ind.join(' ')}/>`;
  if (p.alignment) s += val('w:jc', JC[p.alignment]);
  return s;
}

const twips = (cm: number): number => Math.round(cm * TWIPS_PER_CM);

/**
 * A `w:p`. `sectPr` ends a section here; `literalLabel` writes a numbering label
 * as text when the list could not be expressed faithfully in numbering.xml.
 */
export function paragraph(p: Paragraph, ctx: WriteContext, sectPr = ''): string {
  let pr = p.styleId ? val('w:pStyle', p.styleId) : '';
  const num = p.numbering && ctx.numbering.numPr(p);
  if (num) pr += num;
  const style = ctx.inherited(p.styleId);
  pr += pPrBody(p.props, style.pProps);
  // Schema order: … jc, outlineLvl, rPr, sectPr.
  if (p.outlineLevel !== ctx.styleOutline.get(p.styleId ?? '')) pr += val('w:outlineLvl', p.outlineLevel ?? 9);
  pr += rPr(p.props?.runDefaults, style.rProps) + sectPr;
  const literal = p.numbering && !num && p.numbering.label ? `<w:r>${runContent(`${p.numbering.label}\t`)}</w:r>` : '';
  return `<w:p>${pr ? `<w:pPr>${pr}</w:pPr>` : ''}${literal}${inlines(p.inlines, ctx, style.rProps)}</w:p>`;
}
