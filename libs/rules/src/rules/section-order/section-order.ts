import { templateOrder } from '@cds/template';
import type { OutlineSection } from '@cds/plan';
import { quotedHeading } from '../../context/template.js';
import { indexOf } from '../../context/index.js';
import { msg } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';
import { isMisplaced } from '../section-misplaced/placement.js';

/**
 * Sections must follow the template's order. The fewest sections that break the
 * order are reported (those outside a longest in-order run), so swapping two
 * sections gives one finding, not one per following section. Duplicates and
 * misplaced sections are left to their own rules.
 */
export const sectionOrder: Rule = {
  id: 'section-order',
  severity: 'error',
  description: 'Các mục phải theo đúng thứ tự của khung kế hoạch.',
  reads: ['outline'],
  run(ctx, report) {
    const ix = indexOf(ctx);
    const seen = new Set<string>();
    const list: OutlineSection[] = [];
    for (const s of ctx.outline.sections) {
      if (seen.has(s.id) || templateOrder(ctx.template, s.id) < 0) continue;
      seen.add(s.id);
      if (!isMisplaced(ctx.template, s, ix.present)) list.push(s);
    }
    const keep = longestIncreasing(list.map((s) => templateOrder(ctx.template, s.id)));
    list.forEach((s, i) => {
      if (keep.has(i)) return;
      const order = templateOrder(ctx.template, s.id);
      // The section it should follow: the in-order section just before it in the template.
      let expectedAfter: string | null = null;
      for (const j of keep) {
        const o = templateOrder(ctx.template, list[j]!.id);
        if (o < order && (expectedAfter === null || o > templateOrder(ctx.template, expectedAfter))) expectedAfter = list[j]!.id;
      }
      report({
        section: s.id,
        blockId: s.headingBlockId,
        messageId: 'sectionOrder',
        data: {
          expectedAfter: expectedAfter ? quotedHeading(ctx.template, expectedAfter) : msg('documentStart'),
          foundAfter: i > 0 ? quotedHeading(ctx.template, list[i - 1]!.id) : msg('documentStart'),
        },
      });
    });
  },
};

/** Indices of one longest strictly increasing subsequence (O(n log n)). */
export function longestIncreasing(xs: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0,
      hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.add(k);
  return out;
}
