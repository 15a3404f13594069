import { indexOf } from '../../context/index.js';
import type { Rule } from '../../rule.js';

/** Each P1.II area (and 2.1, 2.2, 9.1–9.3) must carry both a) and b). The fix inserts the missing item. */
export const itemMissing: Rule = {
  id: 'item-missing',
  severity: 'error',
  description: 'Mỗi lĩnh vực phải có đủ a) Kết quả đạt được và b) Tồn tại, hạn chế.',
  reads: ['outline', 'plan.sections'],
  run(ctx, report) {
    const ix = indexOf(ctx);
    for (const s of ctx.template.sections) {
      if (!s.hasResultItems) continue;
      const found = ix.present.get(s.id)?.[0];
      if (!found) continue;
      const items = ix.planSection.get(s.id)?.items;
      for (const spec of ctx.template.resultItems) {
        if (items && items[spec.part] !== null) continue;
        report({
          section: s.id,
          blockId: found.headingBlockId,
          part: spec.part,
          messageId: 'itemMissing',
          data: { label: spec.label, title: spec.title },
          fix: { kind: 'insertItem', section: s.id, part: spec.part },
        });
      }
    }
  },
};
