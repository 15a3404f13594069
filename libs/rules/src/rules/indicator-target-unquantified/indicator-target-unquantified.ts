import { parseVnNumber } from '@cds/vn';
import { indicatorName, isEmptyRow } from '../../context/indicators.js';
import { excerpt } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/** The 2026 target must be a number, percentage or count ("95%", "≥ 80", "1.200"); "nâng cao" is not. */
export const indicatorTargetUnquantified: Rule = {
  id: 'indicator-target-unquantified',
  severity: 'error',
  description: 'Mục tiêu năm 2026 của mỗi chỉ tiêu phải được định lượng (con số, tỷ lệ, số lượng).',
  reads: ['plan.indicators'],
  run(ctx, report) {
    const section = ctx.template.tables.indicators.section;
    ctx.plan.indicators.forEach((ind, i) => {
      if (isEmptyRow(ind) || ind.target2026Value !== null || parseVnNumber(ind.target2026)) return;
      report({
        section,
        blockId: ind.blockId,
        ...(ind.target2026.trim()
          ? { messageId: 'indicatorTargetUnquantified' as const, data: { name: indicatorName(ind, i), found: excerpt(ind.target2026, 40) } }
          : { messageId: 'indicatorTargetEmpty' as const, data: { name: indicatorName(ind, i) } }),
      });
    });
  },
};
