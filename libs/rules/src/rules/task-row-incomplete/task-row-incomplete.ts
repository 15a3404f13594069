import type { Task } from '@cds/plan';
import { isBlankish } from '../../context/content.js';
import { isEmptyTask, taskName } from '../../context/tasks.js';
import { msg, type MessageKey } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';
import { missingColumnsOf } from '../../context/tables.js';

const FIELDS: ReadonlyArray<[keyof Task, MessageKey]> = [
  ['expectedResult', 'taskFieldExpectedResult'],
  ['effectiveness', 'taskFieldEffectiveness'],
  ['deadline', 'taskFieldDeadline'],
  ['implementingUnit', 'taskFieldImplementingUnit'],
  ['fundingSource', 'taskFieldFundingSource'],
];

/** Each row of the task/project list (P2.VI) gives expected result, effectiveness, deadline, unit and funding source. */
export const taskRowIncomplete: Rule = {
  id: 'task-row-incomplete',
  severity: 'error',
  description: 'Mỗi nhiệm vụ, dự án phải có kết quả dự kiến, hiệu quả, thời hạn, đơn vị triển khai và nguồn kinh phí.',
  reads: ['plan.tasks', 'plan.tables', 'tables'],
  run(ctx, report) {
    const section = ctx.template.tables.tasks.section;
    ctx.plan.tasks.forEach((t, i) => {
      if (t.section !== section || isEmptyTask(t)) return;
      const noColumn = missingColumnsOf(ctx, t.blockId);
      const absent = FIELDS.filter(([k]) => isBlankish(String(t[k] ?? '')) && !noColumn.has(k));
      // `missingIds` keeps the message keys of the list, so another language can render it.
      if (absent.length)
        report({
          section,
          blockId: t.blockId,
          messageId: 'taskRowIncomplete',
          data: { name: taskName(t, i), missing: absent.map(([, m]) => msg(m)).join(', '), missingIds: absent.map(([, m]) => m).join(',') },
        });
    });
  },
};
