import { ALIGN_VI } from '../../context/format.js';

import type { Rule } from '../../rule.js';

/** Page numbers centred in the top margin, none on the first page. */
export const formatPageNumber: Rule = {
  id: 'format-page-number',
  severity: 'warning',
  description: 'Số trang đặt giữa lề trên, không hiện ở trang đầu.',
  run(ctx, report) {
    const numbered = ctx.doc.sections.find((s) => s.pageNumber)?.pageNumber;
    const at = { section: null, blockId: null } as const;
    if (!numbered) {
      report({ ...at, messageId: 'formatPageNumberMissing' });
      return;
    }
    if (numbered.in === 'footer') report({ ...at, messageId: 'formatPageNumberFooter' });
    if (numbered.alignment && numbered.alignment !== 'center')
      report({ ...at, messageId: 'formatPageNumberAlign', data: { found: ALIGN_VI[numbered.alignment] ?? numbered.alignment } });
    const first = ctx.doc.sections[0]?.pageNumber;
    if (first?.onFirstPage) report({ ...at, messageId: 'formatPageNumberFirst' });
  },
};
