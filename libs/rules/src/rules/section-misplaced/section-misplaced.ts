import { sectionById } from '@cds/template';
import { parentPhrase } from '../../context/template.js';
import { indexOf } from '../../context/index.js';
import type { Rule } from '../../rule.js';
import { isMisplaced } from './placement.js';

/** A section must sit under its template parent ("2.1." under "2.", "III.6" under "III."). */
export const sectionMisplaced: Rule = {
  id: 'section-misplaced',
  severity: 'error',
  description: 'Mỗi mục phải nằm đúng trong mục cha của nó theo khung kế hoạch.',
  reads: ['outline'],
  run(ctx, report) {
    const ix = indexOf(ctx);
    for (const s of ctx.outline.sections) {
      if (!sectionById(ctx.template, s.id) || !isMisplaced(ctx.template, s, ix.present)) continue;
      report({
        section: s.id,
        blockId: s.headingBlockId,
        messageId: 'sectionMisplaced',
        data: {
          expectedParent: parentPhrase(ctx.template, sectionById(ctx.template, s.id)?.parent ?? null),
          foundParent: parentPhrase(ctx.template, s.foundUnder),
        },
      });
    }
  },
};
