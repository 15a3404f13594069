import type { MessageKey } from '../../messages.vi.js';
import { msg } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

const TABLE_NAME: Record<string, MessageKey> = { indicators: 'tableIndicators', tasks: 'tableTasks', projects2025: 'tableProjects2025' };

/**
 * A recognised indicator, task or 2025-project table must have a column for each
 * required field. One finding per missing column, naming the template's label and
 * the headers that were not understood ("không nhận ra cột …"); the per-row field
 * rules then stay silent about that field. Tables under another section (a task
 * table under a P2.III area) have their own requirements and are not checked here.
 */
export const tableColumnMissing: Rule = {
  id: 'table-column-missing',
  severity: 'error',
  description: 'Bảng chỉ tiêu, bảng nhiệm vụ, dự án phải có đủ các cột theo khung kế hoạch.',
  reads: ['plan.tables'],
  run(ctx, report) {
    for (const table of ctx.plan.tables ?? []) {
      const spec = ctx.template.tables[table.kind];
      if (!table.missing.length || (table.section !== null && table.section !== spec.section)) continue;
      for (const key of table.missing) {
        const column = spec.columns.find((c) => c.key === key)?.label ?? key;
        const data = { table: msg(TABLE_NAME[table.kind]!), column, field: column.toLowerCase(), key };
        report({
          section: table.section ?? spec.section,
          blockId: table.blockId,
          ...(table.unrecognized.length
            ? { messageId: 'tableColumnUnrecognized' as const, data: { ...data, unrecognized: table.unrecognized.map((h) => `"${h}"`).join(', ') } }
            : { messageId: 'tableColumnMissing' as const, data }),
        });
      }
    }
  },
};
