import { indexOf } from '../../context/index.js';
import { excerpt } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/**
 * Headings the recognizer could not match to the template (an agency's own
 * section, or a heading worded too differently): an `info` note, so the drafter
 * can check that no template section is hiding behind it.
 */
export const headingUnknown: Rule = {
  id: 'heading-unknown',
  severity: 'info',
  description: 'Tiêu đề không thuộc khung kế hoạch.',
  reads: ['outline', 'structure'],
  run(ctx, report) {
    const sectionOf = new Map(indexOf(ctx).paragraphs.map((p) => [p.id, p.section]));
    for (const h of ctx.outline.unknownHeadings) {
      const section = sectionOf.get(h.blockId) ?? null;
      const found = excerpt(h.text, 80);
      report({ section, blockId: h.blockId, messageId: section ? 'headingUnknown' : 'headingUnknownTop', data: { found } });
    }
  },
};
