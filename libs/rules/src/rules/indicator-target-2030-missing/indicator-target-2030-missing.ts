import { parseVnNumber } from '@cds/vn';
import { indicatorName, matchEntry } from '../../context/indicators.js';
import { excerpt } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/** Indicators whose catalogue entry asks for a 2030 target must give a quantified one. Runs only with a catalogue. */
export const indicatorTarget2030Missing: Rule = {
  id: 'indicator-target-2030-missing',
  severity: 'error',
  description: 'Chỉ tiêu mà danh mục yêu cầu mục tiêu đến năm 2030 phải có mục tiêu 2030 định lượng.',
  reads: ['plan.indicators'],
  run(ctx, report) {
    if (!ctx.catalog) return;
    const section = ctx.template.tables.indicators.section;
    ctx.plan.indicators.forEach((ind, i) => {
      if (ind.target2030Value !== null || parseVnNumber(ind.target2030)) return;
      const entry = matchEntry(ind, ctx.catalog!);
      if (!entry?.requires2030) return;
      report({
        section,
        blockId: ind.blockId,
        ...(ind.target2030.trim()
          ? {
              messageId: 'indicatorTarget2030Unquantified' as const,
              data: { name: indicatorName(ind, i), code: entry.code, found: excerpt(ind.target2030, 40) },
            }
          : { messageId: 'indicatorTarget2030Missing' as const, data: { name: indicatorName(ind, i), code: entry.code } }),
      });
    });
  },
};
