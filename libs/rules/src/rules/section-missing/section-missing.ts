import { headingFor, quotedHeading } from '../../context/template.js';
import { indexOf } from '../../context/index.js';
import type { Rule } from '../../rule.js';

/**
 * Every template section must be present. A missing section whose parent is
 * missing too is covered by the parent's finding (inserting the parent inserts
 * its skeleton). The fix inserts it after the nearest preceding section that is present.
 */
export const sectionMissing: Rule = {
  id: 'section-missing',
  severity: 'error',
  description: 'Mỗi mục của khung kế hoạch phải có trong văn bản.',
  reads: ['outline', 'structure'],
  run(ctx, report) {
    const ix = indexOf(ctx);
    let lastPresent: string | null = null;
    for (const s of ctx.template.sections) {
      if (ix.present.has(s.id)) {
        lastPresent = s.id;
        continue;
      }
      if (s.parent && !ix.present.has(s.parent)) continue;
      const heading = headingFor(ctx.template, s.id);
      // The message names the template's own neighbour; the fix inserts after the nearest present one.
      const siblings = ctx.template.sections.filter((t) => t.parent === s.parent);
      const before = siblings[siblings.indexOf(s) - 1];
      report({
        section: s.id,
        blockId: lastPresent ? (ix.present.get(lastPresent)?.[0]?.headingBlockId ?? null) : (ctx.doc.body[0]?.id ?? null),
        ...(before
          ? { messageId: 'sectionMissing' as const, data: { heading, after: quotedHeading(ctx.template, before.id) } }
          : s.parent
            ? { messageId: 'sectionMissingFirstChild' as const, data: { heading, parent: quotedHeading(ctx.template, s.parent) } }
            : { messageId: 'sectionMissingFirst' as const, data: { heading } }),
        fix: { kind: 'insertSection', section: s.id, afterSection: lastPresent },
      });
    }
  },
};
