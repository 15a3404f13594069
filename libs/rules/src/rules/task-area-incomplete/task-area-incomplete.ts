import { ownContent } from '../../context/area.js';
import { isBlankish } from '../../context/content.js';
import { indexOf } from '../../context/index.js';
import { msg, type MessageKey } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/** Words (folded) by which an area names each thing MST asks for. */
const EXPECTED_RESULT = /\b(ket qua|san pham|muc tieu|dat \d|dat ti|dat ty|hoan thanh|dua vao (van hanh|su dung|khai thac)|\d+ ?%|100)\b/;
const TIMELINE = /\b(thoi gian|thoi han|tien do|quy [ivx]+|quy \d|thang \d{1,2}|nam 20\d\d|20\d\d|hang (nam|quy|thang)|thuong xuyen)\b/;
const UNIT = /\b(don vi|chu tri|co quan|so [a-z]|bo [a-z]|ubnd|uy ban|van phong|trung tam|cuc |vu |phong |cong an|ban chi dao|bch|cac so|nganh)/;

/**
 * Each P2.III area names its content, expected result, timeline and implementing
 * unit, in its text or its task rows. One finding per area, listing what is missing.
 * An empty area is section-empty's to report.
 */
export const taskAreaIncomplete: Rule = {
  id: 'task-area-incomplete',
  severity: 'error',
  description: 'Mỗi nhiệm vụ phải nêu rõ nội dung, dự kiến kết quả, thời gian và đơn vị thực hiện.',
  run(ctx, report) {
    const ix = indexOf(ctx);
    for (const s of ctx.template.sections) {
      const req = s.requires ?? [];
      if (!req.includes('expectedResult') && !req.includes('timeline') && !req.includes('implementingUnit')) continue;
      const found = ix.present.get(s.id)?.[0];
      if (!found) continue;
      const own = ownContent(ix, s.id, ctx.plan.tasks);
      if (!own.paragraphs.length && !own.tasks.length) continue;
      const missing: MessageKey[] = [];
      const anyTask = (k: 'expectedResult' | 'deadline' | 'implementingUnit') => own.tasks.some((t) => !isBlankish(t[k]));
      if (req.includes('expectedResult') && !anyTask('expectedResult') && !EXPECTED_RESULT.test(own.folded)) missing.push('areaExpectedResult');
      if (req.includes('timeline') && !anyTask('deadline') && !TIMELINE.test(own.folded)) missing.push('areaTimeline');
      if (req.includes('implementingUnit') && !anyTask('implementingUnit') && !UNIT.test(own.folded)) missing.push('areaImplementingUnit');
      if (!missing.length) continue;
      report({
        section: s.id,
        blockId: found.headingBlockId,
        messageId: 'taskAreaIncomplete',
        data: { missing: missing.map((k) => msg(k)).join(', '), missingIds: missing.join(',') },
      });
    }
  },
};
