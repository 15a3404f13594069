import { indexOf } from '../../context/index.js';
import type { Rule } from '../../rule.js';

/** The indicator section (P2.II.2) must hold the indicator table. */
export const indicatorTableMissing: Rule = {
  id: 'indicator-table-missing',
  severity: 'error',
  description: 'Mục Mục tiêu, chỉ tiêu cụ thể phải có bảng chỉ tiêu.',
  reads: ['outline', 'plan.indicators'],
  run(ctx, report) {
    const section = ctx.template.tables.indicators.section;
    const found = indexOf(ctx).present.get(section)?.[0];
    if (!found || ctx.plan.indicators.length > 0) return;
    report({ section, blockId: found.headingBlockId, messageId: 'indicatorTableMissing' });
  },
};
