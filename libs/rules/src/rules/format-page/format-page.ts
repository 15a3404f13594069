import { sectionStartBlock } from '../../context/format.js';
import { tables } from '@cds/model';

import type { Rule } from '../../rule.js';

const near = (a: number, b: number) => Math.abs(a - b) <= 2;

/** A4 paper; portrait, except for the pages (document sections) that hold tables. */
export const formatPage: Rule = {
  id: 'format-page',
  severity: 'warning',
  description: 'Khổ giấy A4, đặt dọc (trang có bảng được đặt ngang).',
  run(ctx, report) {
    const body = ctx.doc.body;
    let start = 0;
    const size: number[] = [],
      landscape: number[] = [];
    ctx.doc.sections.forEach((s, i) => {
      const end = s.endsAfterBlock ?? body.length - 1;
      const a4 = (near(s.widthMm, 210) && near(s.heightMm, 297)) || (near(s.widthMm, 297) && near(s.heightMm, 210));
      if (!a4) size.push(i);
      const isLandscape = s.orientation === 'landscape' || s.widthMm > s.heightMm;
      if (isLandscape && tables(body.slice(start, end + 1)).next().done) landscape.push(i);
      start = end + 1;
    });
    const first = (list: number[]) => ctx.doc.sections[list[0]!]!;
    if (size.length) {
      const s = first(size);
      report({
        section: null,
        blockId: sectionStartBlock(ctx.doc, size[0]!),
        messageId: 'formatPageSize',
        data: { index: size.map((i) => i + 1).join(', '), found: `${Math.round(s.widthMm)} × ${Math.round(s.heightMm)} mm` },
      });
    }
    if (landscape.length)
      report({
        section: null,
        blockId: sectionStartBlock(ctx.doc, landscape[0]!),
        messageId: 'formatPageLandscape',
        data: { index: landscape.map((i) => i + 1).join(', ') },
      });
  },
};
