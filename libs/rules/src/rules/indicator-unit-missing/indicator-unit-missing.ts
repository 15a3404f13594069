import { isBlankish } from '../../context/content.js';
import { indicatorName, isEmptyRow, matchEntry } from '../../context/indicators.js';

import type { Rule } from '../../rule.js';
import { missingColumnsOf } from '../../context/tables.js';

/**
 * Each indicator has a unit. When the row stands for a catalogue entry, the fix
 * fills the entry's unit in.
 */
export const indicatorUnitMissing: Rule = {
  id: 'indicator-unit-missing',
  severity: 'error',
  description: 'Mỗi chỉ tiêu phải có đơn vị tính.',
  reads: ['plan.indicators', 'plan.tables', 'tables'],
  run(ctx, report) {
    const section = ctx.template.tables.indicators.section;
    ctx.plan.indicators.forEach((ind, i) => {
      if (isEmptyRow(ind) || !isBlankish(ind.unit) || missingColumnsOf(ctx, ind.blockId).has('unit')) return;
      const name = indicatorName(ind, i);
      const entry = ctx.catalog ? matchEntry(ind, ctx.catalog) : undefined;
      if (entry?.unit)
        report({
          section,
          blockId: ind.blockId,
          messageId: 'indicatorUnitMissingFix',
          data: { name, unit: entry.unit },
          fix: { kind: 'setCell', rowBlockId: ind.blockId, column: 'unit', value: entry.unit },
        });
      else report({ section, blockId: ind.blockId, messageId: 'indicatorUnitMissing', data: { name } });
    });
  },
};
