import { cleanText, paragraphText } from '@cds/model';
import type { Paragraph } from '@cds/model';
import { convertLegacy, detectLegacyEncoding, isVietnameseSyllable, type LegacyEncoding } from '@cds/vn';
import { romanValue } from './roman.js';

/** The numbering a heading starts with, as typed or as Word renders it. */
export type HeadingNumber =
  | { kind: 'part'; value: number | null }
  | { kind: 'roman'; value: number }
  | { kind: 'arabic'; value: number }
  | { kind: 'decimal'; value: [number, number] }
  | { kind: 'none' };

export interface HeadingCandidate {
  number: HeadingNumber;
  /** The text after the numbering ("NHIỆM VỤ"). */
  title: string;
  /** The whole heading as shown (label included), cleaned. */
  full: string;
  /** Styled as a heading (outline level or heading style). */
  styled: boolean;
  /** Every visible run bold (directly or through paragraph defaults). */
  bold: boolean;
  /** The paragraph's outline level, when it has one (0 = Heading 1). */
  outlineLevel?: number;
}

/** Lower case without diacritics, punctuation kept (so "PHẦN II:" → "phan ii:"). */
function loose(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

const SEP = String.raw`\s*[.:\-–—)]`;
const PART = new RegExp(String.raw`^phan\s+([ivxlc]+|\d{1,2}|thu nhat|thu hai|thu ba)(?:${SEP}+|\s+|$)\s*`);
const ORDINALS: Record<string, number> = { 'thu nhat': 1, 'thu hai': 2, 'thu ba': 3 };
const DECIMAL = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})(?:\.|${SEP}|\s)\s*`);
const ROMAN = new RegExp(String.raw`^([ivxlc]{1,6})(?:${SEP}+\s*|\s+(?=\S))`);
const ARABIC = new RegExp(String.raw`^(\d{1,2})${SEP}+\s*`);
/** a), b), đ): the items of an area (never headings). */
export const ITEM_LABEL = /^([a-zđ])\s*\)\s*/i;

/** Reads a leading section number from a heading's text (label already prepended). */
export function parseHeadingNumber(full: string): { number: HeadingNumber; rest: string } {
  // "c)", "d)" are items, not the roman 100 or a section.
  if (/^[a-zđ]\s*\)/.test(full)) return { number: { kind: 'none' }, rest: full };
  const l = loose(full);
  let m = PART.exec(l);
  if (m) {
    const v = ORDINALS[m[1]!] ?? (/^\d+$/.test(m[1]!) ? Number(m[1]) : romanValue(m[1]!));
    return { number: { kind: 'part', value: v }, rest: full.slice(m[0].length) };
  }
  m = DECIMAL.exec(l);
  if (m) return { number: { kind: 'decimal', value: [Number(m[1]), Number(m[2])] }, rest: full.slice(m[0].length) };
  m = ROMAN.exec(l);
  if (m) {
    const v = romanValue(m[1]!);
    // A lone "I " could be English text; require a separator or an upper-case title.
    if (v !== null && (/[.:\-–—)]/.test(m[0]) || full.slice(m[0].length) === full.slice(m[0].length).toUpperCase()))
      return { number: { kind: 'roman', value: v }, rest: full.slice(m[0].length) };
  }
  m = ARABIC.exec(l);
  if (m && !/^\d{1,2}[.,]\d/.test(l)) return { number: { kind: 'arabic', value: Number(m[1]) }, rest: full.slice(m[0].length) };
  return { number: { kind: 'none' }, rest: full };
}

const HEADING_STYLE = /heading|tieu de|title|^muc\s?\d/i;

function isBold(p: Paragraph): boolean {
  const paraBold = p.props?.runDefaults?.bold === true;
  let any = false;
  const visit = (inl: Paragraph['inlines']): boolean => {
    for (const i of inl) {
      if (i.kind === 'inlineControl') {
        if (!visit(i.children)) return false;
      } else if (i.text.trim()) {
        any = true;
        if (!(i.props?.bold ?? paraBold)) return false;
      }
    }
    return true;
  };
  return visit(p.inlines) && any;
}

/** Reads a paragraph as a possible heading (cheap; called for every body paragraph). */
export function readHeading(p: Paragraph): HeadingCandidate {
  const text = unicodeText(paragraphText(p));
  const label = p.numbering?.label ?? '';
  const full = cleanText(label ? `${label} ${text}` : text);
  const { number, rest } = parseHeadingNumber(full);
  const style = `${p.styleId ?? ''} ${p.styleName ?? ''}`;
  const styled = (p.outlineLevel !== undefined && p.outlineLevel < 9) || HEADING_STYLE.test(loose(style));
  const h: HeadingCandidate = { number, title: cleanText(rest.replace(/^[.:\-–—)\s]+/, '')), full, styled, bold: isBold(p) };
  if (p.outlineLevel !== undefined && p.outlineLevel < 9) h.outlineLevel = p.outlineLevel;
  return h;
}

/**
 * Text pasted from a TCVN3/VNI document reads as "PhÇn II. Néi dung"; the section
 * is still there, so match it in Unicode (the legacy-encoding rule reports the text).
 */
function unicodeText(text: string): string {
  // Legacy text always carries Latin-1 letters outside Vietnamese Unicode; skip the detector otherwise.
  if (!/[\u00a1-\u00ff]/.test(text)) return text;
  const detected = detectLegacyEncoding(text);
  if (detected) return convertLegacy(text, detected);
  // A short heading gives the detector too little to go on ("II. MôC TI£U"): convert
  // when that turns words that are not Vietnamese into words that all are.
  if (allSyllables(text)) return text;
  for (const encoding of LEGACY) {
    const converted = convertLegacy(text, encoding);
    if (allSyllables(converted)) return converted;
  }
  return text;
}

const LEGACY: readonly LegacyEncoding[] = ['tcvn3', 'vni'];

function allSyllables(text: string): boolean {
  return text
    .split(/[\s.,;:()/\-–—0-9]+/)
    .filter(Boolean)
    .every((w) => /^[IVX]+$/.test(w) || isVietnameseSyllable(w));
}

/** The tree level a heading's numbering stands for: Phần 0, roman 1, arabic 2, "2.1" 3; else its outline level. */
export function headingLevel(h: HeadingCandidate): number | undefined {
  switch (h.number.kind) {
    case 'part':
      return 0;
    case 'roman':
      return 1;
    case 'arabic':
      return 2;
    case 'decimal':
      return 3;
    default:
      return h.outlineLevel;
  }
}
