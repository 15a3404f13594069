import { parseMoneyVnd } from '@cds/vn';
import { isBlankish } from '../../context/content.js';
import { taskName } from '../../context/tasks.js';
import { excerpt } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/** A money amount written in a task row or a 2025 project row must parse ("1.250", "2,5 tỷ đồng"). */
export const taskAmountUnparsed: Rule = {
  id: 'task-amount-unparsed',
  severity: 'error',
  description: 'Số tiền kinh phí phải đọc được theo định dạng số Việt Nam.',
  reads: ['plan.tasks', 'plan.projects2025'],
  run(ctx, report) {
    ctx.plan.tasks.forEach((t, i) => {
      if (isBlankish(t.amount) || t.amountVnd !== null || parseMoneyVnd(t.amount) !== null) return;
      report({ section: t.section, blockId: t.blockId, messageId: 'taskAmountUnparsed', data: { name: taskName(t, i), found: excerpt(t.amount, 40) } });
    });
    const projects = ctx.template.tables.projects2025.section;
    ctx.plan.projects2025.forEach((p, i) => {
      if (isBlankish(p.totalInvestment) || p.totalInvestmentVnd !== null || parseMoneyVnd(p.totalInvestment) !== null) return;
      const name = p.name.trim() || `dòng ${i + 1} của danh mục dự án năm 2025`;
      report({
        section: projects,
        blockId: p.blockId,
        messageId: 'taskAmountUnparsed',
        data: { name: excerpt(name, 90), found: excerpt(p.totalInvestment, 40) },
      });
    });
  },
};
