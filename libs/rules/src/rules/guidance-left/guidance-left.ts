import { childrenOf } from '@cds/template';
import { isBlankish, isGuidance } from '../../context/content.js';
import { indexOf, type ParagraphInfo, type RuleIndex } from '../../context/index.js';
import { excerpt } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/**
 * A section's guidance paragraphs and whether it has content of its own, memoised per
 * section list: the incremental analyzer's index keeps a section's list (the same
 * object) while none of its paragraphs changed.
 */
const memo = new WeakMap<readonly ParagraphInfo[], { guidance: RuleIndex['guidance']; left: ParagraphInfo[]; hasOwn: boolean }>();

function leftIn(ix: RuleIndex, paras: readonly ParagraphInfo[]): { left: ParagraphInfo[]; hasOwn: boolean } {
  const hit = memo.get(paras);
  if (hit && hit.guidance === ix.guidance) return hit;
  const left = paras.filter((p) => !p.isHeading && !p.tableId && p.item === null && isGuidance(ix, p.folded));
  const guidance = new Set(left);
  const hasOwn = left.length > 0 && paras.some((p) => !p.isHeading && !p.isItemLabel && !guidance.has(p) && (p.tableId !== null || !isBlankish(p.text)));
  memo.set(paras, { guidance: ix.guidance, left, hasOwn });
  return { left, hasOwn };
}

/**
 * MST's guidance paragraphs must not be left in a plan. A warning when the section
 * has content of its own besides; an error when the guidance is all a leaf section
 * holds. Guidance inside an a)/b) item is item-empty's to report.
 */
export const guidanceLeft: Rule = {
  id: 'guidance-left',
  severity: 'warning',
  description: 'Không để nguyên văn bản hướng dẫn của Bộ Khoa học và Công nghệ trong kế hoạch.',
  run(ctx, report) {
    const ix = indexOf(ctx);
    for (const [section, paras] of ix.allBySection) {
      const { left, hasOwn } = leftIn(ix, paras);
      if (!left.length) continue;
      const leaf = childrenOf(ctx.template, section).length === 0;
      const only = !hasOwn && leaf;
      for (const p of left)
        report({
          section,
          blockId: p.id,
          severity: only ? 'error' : 'warning',
          messageId: only ? 'guidanceOnly' : 'guidanceLeft',
          data: { excerpt: excerpt(p.text) },
        });
    }
  },
};
