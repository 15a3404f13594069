import type { Rule } from '../../rule.js';

/**
 * Unaccepted tracked changes (Word's Theo dõi thay đổi) mean the text MST reads may not
 * be the final one: deleted text is still in the file, inserted text may be rejected.
 * A warning, not an error: the content can still be checked and MST may accept the
 * plan, but it is shown to MST (PRODUCT.md: warnings are what MST sees) and the drafter
 * is told how to settle it. Silent when the reader does not count changes.
 */
export const trackedChanges: Rule = {
  id: 'tracked-changes',
  severity: 'warning',
  description: 'Văn bản nộp không còn thay đổi chưa được chấp nhận (Theo dõi thay đổi).',
  reads: ['doc'],
  run(ctx, report) {
    const t = ctx.doc.trackedChanges;
    if (!t) return;
    const total = t.insertions + t.deletions + t.formatChanges;
    if (total === 0) return;
    report({
      section: null,
      blockId: null,
      messageId: 'trackedChanges',
      data: { total, insertions: t.insertions, deletions: t.deletions, formatChanges: t.formatChanges },
    });
  },
};
