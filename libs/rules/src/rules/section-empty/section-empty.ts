import { ownContent } from '../../context/area.js';
import { indexOf } from '../../context/index.js';
import type { Rule } from '../../rule.js';

/**
 * A section the template says must hold content (P1.I, P2.I, P2.II.1, the P2.III
 * areas, the P2.IV solutions, P2.V…) must not be empty. A section holding only
 * guidance or placeholders is left to guidance-left and placeholder-left.
 */
export const sectionEmpty: Rule = {
  id: 'section-empty',
  severity: 'error',
  description: 'Mục bắt buộc có nội dung không được để trống.',
  run(ctx, report) {
    const ix = indexOf(ctx);
    for (const s of ctx.template.sections) {
      if (!s.requires?.includes('content')) continue;
      const found = ix.present.get(s.id)?.[0];
      if (!found) continue;
      const own = ownContent(ix, s.id, ctx.plan.tasks);
      const hasTable = (ix.allBySection.get(s.id) ?? []).some((p) => p.tableId !== null);
      if (own.paragraphs.length || own.tasks.length || hasTable || own.leftovers) continue;
      report({ section: s.id, blockId: found.headingBlockId, messageId: 'sectionEmpty' });
    }
  },
};
