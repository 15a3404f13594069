import { indexOf } from '../../context/index.js';
import type { Rule } from '../../rule.js';

/** A template section must appear once; every extra occurrence is reported at its heading. */
export const sectionDuplicate: Rule = {
  id: 'section-duplicate',
  severity: 'error',
  description: 'Mỗi mục của khung kế hoạch chỉ được xuất hiện một lần.',
  reads: ['outline'],
  run(ctx, report) {
    for (const [id, list] of indexOf(ctx).present) {
      if (list.length < 2) continue;
      for (const extra of list.slice(1))
        report({
          section: id,
          blockId: extra.headingBlockId,
          messageId: 'sectionDuplicate',
          data: { count: list.length },
        });
    }
  },
};
