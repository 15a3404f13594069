import { parseDeadline } from '@cds/vn';
import { isBlankish } from '../../context/content.js';
import { taskName } from '../../context/tasks.js';
import { excerpt } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/** Tasks may run through the 2026–2030 phase. */
export const TASK_WINDOW = { from: 2026, to: 2030 } as const;

/** A task's deadline, when given, is a real date or period in 2026–2030; "Thường xuyên" only warns. */
export const taskDeadlineInvalid: Rule = {
  id: 'task-deadline-invalid',
  severity: 'error',
  description: 'Thời hạn của nhiệm vụ, dự án phải là ngày hoặc khoảng thời gian có thật trong giai đoạn 2026–2030.',
  reads: ['plan.tasks'],
  run(ctx, report) {
    ctx.plan.tasks.forEach((t, i) => {
      if (isBlankish(t.deadline)) return;
      const r = parseDeadline(t.deadline, TASK_WINDOW);
      const found = excerpt(t.deadline, 40);
      const name = taskName(t, i);
      if ('error' in r) report({ section: t.section, blockId: t.blockId, messageId: 'taskDeadlineInvalid', data: { name, found, reason: r.reason } });
      else if (r.kind === 'ongoing')
        report({ section: t.section, blockId: t.blockId, severity: 'warning', messageId: 'taskDeadlineOngoing', data: { name, found } });
    });
  },
};
