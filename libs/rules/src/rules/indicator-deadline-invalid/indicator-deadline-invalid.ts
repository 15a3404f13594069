import { parseDeadline } from '@cds/vn';
import { isBlankish } from '../../context/content.js';
import { indicatorName, isEmptyRow } from '../../context/indicators.js';
import { excerpt } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';
import { missingColumnsOf } from '../../context/tables.js';

/** Phase targets may run to 2030; yearly ones end within it. */
export const INDICATOR_WINDOW = { from: 2026, to: 2030 } as const;

/**
 * An indicator's deadline must be a real date or period in 2026–2030
 * ("31/12/2026", "Quý IV/2026"). "Thường xuyên"/"Hằng năm" is only a warning.
 */
export const indicatorDeadlineInvalid: Rule = {
  id: 'indicator-deadline-invalid',
  severity: 'error',
  description: 'Thời hạn của mỗi chỉ tiêu phải là ngày hoặc khoảng thời gian có thật trong giai đoạn 2026–2030.',
  reads: ['plan.indicators', 'plan.tables', 'tables'],
  run(ctx, report) {
    const section = ctx.template.tables.indicators.section;
    ctx.plan.indicators.forEach((ind, i) => {
      if (isEmptyRow(ind)) return;
      const name = indicatorName(ind, i);
      if (isBlankish(ind.deadline)) {
        if (missingColumnsOf(ctx, ind.blockId).has('deadline')) return;
        report({ section, blockId: ind.blockId, messageId: 'indicatorDeadlineMissing', data: { name } });
        return;
      }
      const r = parseDeadline(ind.deadline, INDICATOR_WINDOW);
      const found = excerpt(ind.deadline, 40);
      if ('error' in r) report({ section, blockId: ind.blockId, messageId: 'indicatorDeadlineInvalid', data: { name, found, reason: r.reason } });
      else if (r.kind === 'ongoing')
        report({ section, blockId: ind.blockId, severity: 'warning', messageId: 'indicatorDeadlineOngoing', data: { name, found } });
    });
  },
};
