import type { Alignment, ParagraphProps, RunProps } from '@cds/model';
import { attr, child, childVal, onOff, type XNode } from './xml.js';

/** Major/minor Latin fonts of the theme, for `w:asciiTheme`. */
export interface ThemeFonts {
  major?: string;
  minor?: string;
}

const TWIPS_PER_CM = 1440 / 2.54;

/** Run properties set by one `w:rPr` (only what it sets). */
export function runPropsOf(rPr: XNode | undefined, theme: ThemeFonts): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  const b = onOff(child(rPr, 'w:b'));
  if (b !== undefined) out.bold = b;
  const i = onOff(child(rPr, 'w:i'));
  if (i !== undefined) out.italic = i;
  const u = childVal(rPr, 'w:u');
  if (u !== undefined) out.underline = u !== 'none' && u !== '0';
  else if (child(rPr, 'w:u')) out.underline = true;
  const caps = onOff(child(rPr, 'w:caps'));
  if (caps !== undefined) out.caps = caps;
  const fonts = child(rPr, 'w:rFonts');
  if (fonts) {
    const f = attr(fonts, 'w:ascii') ?? attr(fonts, 'w:hAnsi') ?? themeFont(attr(fonts, 'w:asciiTheme') ?? attr(fonts, 'w:hAnsiTheme'), theme);
    if (f) out.font = f;
  }
  const sz = num(childVal(rPr, 'w:sz'));
  if (sz !== undefined) out.sizePt = sz / 2;
  const color = childVal(rPr, 'w:color');
  if (color) out.color = color === 'auto' ? 'auto' : color.toUpperCase();
  return out;
}

function themeFont(name: string | undefined, theme: ThemeFonts): string | undefined {
  if (!name) return undefined;
  return name.startsWith('major') ? theme.major : theme.minor;
}

const JC: Record<string, Alignment> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'distribute',
  lowKashida: 'justify',
  mediumKashida: 'justify',
  highKashida: 'justify',
  thaiDistribute: 'distribute',
};

/** Paragraph properties set by one `w:pPr` (only what it sets). */
export function paraPropsOf(pPr: XNode | undefined): ParagraphProps {
  const out: ParagraphProps = {};
  if (!pPr) return out;
  const jc = childVal(pPr, 'w:jc');
  if (jc && JC[jc]) out.alignment = JC[jc];
  const ind = child(pPr, 'w:ind');
  if (ind) {
    const first = num(attr(ind, 'w:firstLine'));
    const hanging = num(attr(ind, 'w:hanging'));
    if (hanging !== undefined) out.firstLineIndentCm = -cm(hanging);
    else if (first !== undefined) out.firstLineIndentCm = cm(first);
    const left = num(attr(ind, 'w:left') ?? attr(ind, 'w:start'));
    if (left !== undefined) out.leftIndentCm = cm(left);
  }
  const sp = child(pPr, 'w:spacing');
  if (sp) {
    const before = num(attr(sp, 'w:before'));
    if (before !== undefined) out.spacingBeforePt = before / 20;
    const after = num(attr(sp, 'w:after'));
    if (after !== undefined) out.spacingAfterPt = after / 20;
    const line = num(attr(sp, 'w:line'));
    if (line !== undefined) {
      const rule = attr(sp, 'w:lineRule') ?? 'auto';
      out.lineSpacing = rule === 'auto' ? { rule: 'auto', value: round(line / 240) } : { rule: rule === 'exact' ? 'exact' : 'atLeast', value: line / 20 };
    }
  }
  return out;
}

const cm = (twips: number): number => round(twips / TWIPS_PER_CM);

/** A numeric attribute, or undefined when absent or not a number (damaged files). */
export function num(v: string | undefined): number | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}
const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Later layers win, key by key; undefined keys never erase. */
export function merge<T extends object>(base: T, over: T): T {
  let out: T | undefined;
  for (const k in over) {
    if (over[k] === undefined) continue;
    out ??= { ...base };
    out[k] = over[k];
  }
  return out ?? base;
}

/** True when both objects hold the same own values (shallow). */
export function sameProps(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  return true;
}
