import { faultyCitations, viDate } from '../../context/citations.js';
import type { Rule } from '../../rule.js';

/**
 * A document the template or MST's letter names must be cited with its right date
 * ("Nghị quyết số 71/NQ-CP ngày 01/4/2025"; "ngày 01/5/2025" is wrong). Checked
 * wherever the plan cites it, outside tables. A wrong number is legal-basis-wrong-number's.
 */
export const legalBasisWrongDate: Rule = {
  id: 'legal-basis-wrong-date',
  severity: 'error',
  description: 'Văn bản được dẫn phải đúng ngày ban hành.',
  run(ctx, report) {
    for (const { paragraph: p, citation: c, document: d, match } of faultyCitations(ctx)) {
      if (match !== 'wrong-date') continue;
      report({
        section: p.section,
        blockId: p.id,
        messageId: 'legalBasisWrongDate',
        data: { kind: d.kind, number: d.number, found: viDate(c.date!), expected: viDate(d.date) },
      });
    }
  },
};
