import type { PageSetup, ParagraphProps, RunProps } from '@cds/model';

/**
 * Formatting that follows Nghị định 30/2020/NĐ-CP, Phụ lục I: what the add-in inserts
 * (Times New Roman 14 pt black, justified body with a 1,27 cm first-line indent and
 * 6 pt after; "Phần" headings bold centred, "I."/"1." headings bold; table text 13 pt)
 * and what the test plans are written with, so the format rules find nothing to warn
 * about in a clean plan. One copy, beside the template they belong to.
 */
export const ND30_FONT = 'Times New Roman';

/** Body text: 14 pt Times New Roman, black. */
export const ND30_RUN: RunProps = { font: ND30_FONT, sizePt: 14, color: '000000' };

/** Body paragraph: justified, first-line indent 1.27 cm, 6 pt after, single-to-1.5 line spacing. */
export const ND30_BODY: ParagraphProps = {
  alignment: 'justify',
  firstLineIndentCm: 1.27,
  spacingBeforePt: 0,
  spacingAfterPt: 6,
  lineSpacing: { rule: 'auto', value: 1.15 },
  runDefaults: ND30_RUN,
};

/** "Phần I. …": bold, centred. */
export const ND30_PART_HEADING: ParagraphProps = { ...ND30_BODY, alignment: 'center', firstLineIndentCm: 0, runDefaults: { ...ND30_RUN, bold: true } };

/** "I.", "1.", "2.1." headings: bold, justified like the body. */
export const ND30_HEADING: ParagraphProps = { ...ND30_BODY, runDefaults: { ...ND30_RUN, bold: true } };

/** Preamble lines (agency, national motto, title): centred, no indent. */
export const ND30_CENTERED: ParagraphProps = { ...ND30_BODY, alignment: 'center', firstLineIndentCm: 0 };

/** Table cells: 13 pt, no first-line indent (the indent is a body-text rule), left aligned; header cells centred bold. */
export const ND30_CELL_RUN: RunProps = { font: ND30_FONT, sizePt: 13, color: '000000' };
export const ND30_CELL: ParagraphProps = {
  alignment: 'left',
  firstLineIndentCm: 0,
  spacingBeforePt: 0,
  spacingAfterPt: 6,
  lineSpacing: { rule: 'auto', value: 1 },
  runDefaults: ND30_CELL_RUN,
};
export const ND30_HEADER_CELL: ParagraphProps = { ...ND30_CELL, alignment: 'center', runDefaults: { ...ND30_CELL_RUN, bold: true } };

/** A4 portrait; margins top 20, bottom 20, left 30, right 15 mm; page number centred in the header, not on page 1. */
export const ND30_PAGE: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  orientation: 'portrait',
  margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15, headerMm: 10, footerMm: 10 },
  differentFirstPage: true,
  pageNumber: { in: 'header', alignment: 'center', onFirstPage: false },
};
