import type { ParagraphProps, RunProps } from '@cds/model';

/**
 * Formatting per Nghị định 30/2020/NĐ-CP, Phụ lục I, for what the add-in inserts:
 * Times New Roman 14 pt black, justified body with a 1,27 cm first-line indent and
 * 6 pt after; "Phần" headings bold centred, "I."/"1." headings bold; table text 13 pt.
 */
export const FONT = 'Times New Roman';
export const RUN: RunProps = { font: FONT, sizePt: 14, color: '000000' };
export const BODY: ParagraphProps = {
  alignment: 'justify',
  firstLineIndentCm: 1.27,
  spacingBeforePt: 0,
  spacingAfterPt: 6,
  lineSpacing: { rule: 'auto', value: 1.15 },
  runDefaults: RUN,
};
export const PART_HEADING: ParagraphProps = { ...BODY, alignment: 'center', firstLineIndentCm: 0, runDefaults: { ...RUN, bold: true } };
export const HEADING: ParagraphProps = { ...BODY, runDefaults: { ...RUN, bold: true } };
export const CELL_RUN: RunProps = { font: FONT, sizePt: 13, color: '000000' };
export const CELL: ParagraphProps = {
  alignment: 'left',
  firstLineIndentCm: 0,
  spacingBeforePt: 0,
  spacingAfterPt: 6,
  lineSpacing: { rule: 'auto', value: 1 },
  runDefaults: CELL_RUN,
};
export const HEADER_CELL: ParagraphProps = { ...CELL, alignment: 'center', runDefaults: { ...CELL_RUN, bold: true } };
