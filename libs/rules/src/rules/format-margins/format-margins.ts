import { sectionStartBlock } from '../../context/format.js';
import type { PageSetup } from '@cds/model';

import type { Rule } from '../../rule.js';

type Side = keyof Pick<PageSetup['margins'], 'topMm' | 'bottomMm' | 'leftMm' | 'rightMm'>;
/** Margins in mm (Nghị định 30): top/bottom 20–25, left 30–35, right 15–20; 0,3 mm slack for unit rounding. */
const RANGES: ReadonlyArray<[Side, string, number, number]> = [
  ['topMm', 'lề trên', 20, 25],
  ['bottomMm', 'lề dưới', 20, 25],
  ['leftMm', 'lề trái', 30, 35],
  ['rightMm', 'lề phải', 15, 20],
];
const SLACK = 0.3;
const mm = (n: number) => `${Math.round(n * 10) / 10}`.replace('.', ',');

/** Page margins per Nghị định 30; one finding naming the document sections that differ. */
export const formatMargins: Rule = {
  id: 'format-margins',
  severity: 'warning',
  description: 'Lề trên, dưới 20–25 mm; lề trái 30–35 mm; lề phải 15–20 mm.',
  run(ctx, report) {
    const bad: number[] = [];
    let found = '';
    ctx.doc.sections.forEach((s, i) => {
      const wrong = RANGES.filter(([k, , lo, hi]) => s.margins[k] < lo - SLACK || s.margins[k] > hi + SLACK);
      if (!wrong.length) return;
      bad.push(i + 1);
      if (!found) found = wrong.map(([k, name]) => `${name} ${mm(s.margins[k])} mm`).join(', ');
    });
    if (bad.length)
      report({ section: null, blockId: sectionStartBlock(ctx.doc, bad[0]! - 1), messageId: 'formatMargins', data: { index: bad.join(', '), found } });
  },
};
