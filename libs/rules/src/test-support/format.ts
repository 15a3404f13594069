import type { PageSetup, ParagraphProps, RunProps } from '@cds/model';

/**
 * Nghị định 30 formatting for hand-built test contexts (the same values as
 * @cds/plan/testing's ND30_* fixtures, which a domain package may not import outside tests).
 */
export const RUN: RunProps = { font: 'Times New Roman', sizePt: 14, color: '000000' };
export const BODY: ParagraphProps = {
  alignment: 'justify',
  firstLineIndentCm: 1.27,
  spacingBeforePt: 0,
  spacingAfterPt: 6,
  lineSpacing: { rule: 'auto', value: 1.15 },
  runDefaults: RUN,
};
export const HEADING: ParagraphProps = { ...BODY, runDefaults: { ...RUN, bold: true } };
export const PART_HEADING: ParagraphProps = { ...HEADING, alignment: 'center', firstLineIndentCm: 0 };
export const PAGE: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  orientation: 'portrait',
  margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
  differentFirstPage: true,
  pageNumber: { in: 'header', alignment: 'center', onFirstPage: false },
};
