import { findCitations } from '@cds/vn';
import { compareCitation, viDate } from '../../context/citations.js';
import { indexOf } from '../../context/index.js';

import type { Rule } from '../../rule.js';

/** Cheap pre-check on the folded paragraph: it names a kind of legal document and a number. */
const CITES = /\b(nghi quyet|quyet dinh|thong tu|nghi dinh|chi thi|ket luan|cong van|van ban|luat) (so )?\d/;

/**
 * A document the template or MST's letter names must be cited with its right
 * number and date ("Nghị quyết số 71/NQ-CP ngày 01/4/2025"; "ngày 01/5/2025" is
 * wrong). Checked wherever the plan cites it, outside tables.
 */
export const legalBasisWrongDate: Rule = {
  id: 'legal-basis-wrong-date',
  severity: 'error',
  description: 'Văn bản được dẫn phải đúng số hiệu và ngày ban hành.',
  run(ctx, report) {
    const known = ctx.template.knownDocuments;
    for (const p of indexOf(ctx).paragraphs) {
      if (p.tableId || !CITES.test(p.folded)) continue;
      for (const c of findCitations(p.text)) {
        for (const d of known) {
          const m = compareCitation(c, d);
          if (m === 'wrong-date')
            report({
              section: p.section,
              blockId: p.id,
              messageId: 'legalBasisWrongDate', data: { kind: d.kind, number: d.number, found: viDate(c.date!), expected: viDate(d.date) },
            });
          else if (m === 'wrong-number')
            report({
              section: p.section,
              blockId: p.id,
              messageId: 'legalBasisWrongNumber', data: { kind: d.kind, date: viDate(d.date), found: c.number, expected: d.number },
            });
        }
      }
    }
  },
};
