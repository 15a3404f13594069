import { faultyCitations, viDate } from '../../context/citations.js';
import type { Rule } from '../../rule.js';

/**
 * A document the template names must be cited with its right number: "03-NQ/CP" or
 * "57/NQ-TW" (the same letters and digits written differently, or the same serial and
 * date with another suffix) is reported with the number it should carry.
 */
export const legalBasisWrongNumber: Rule = {
  id: 'legal-basis-wrong-number',
  severity: 'error',
  description: 'Văn bản được dẫn phải đúng số hiệu.',
  run(ctx, report) {
    for (const { paragraph: p, citation: c, document: d, match } of faultyCitations(ctx)) {
      if (match !== 'wrong-number') continue;
      report({
        section: p.section,
        blockId: p.id,
        messageId: 'legalBasisWrongNumber',
        data: { kind: d.kind, date: viDate(d.date), found: c.number, expected: d.number },
      });
    }
  },
};
