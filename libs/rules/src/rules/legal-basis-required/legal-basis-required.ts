import { findCitations } from '@cds/vn';
import { compareCitation, viDate } from '../../context/citations.js';
import { indexOf } from '../../context/index.js';
import { msg } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/** The section that lists the plan's legal basis, when the template does not name one. */
export const DEFAULT_BASIS = 'P2.I';

/**
 * P2.I must cite the documents the template requires (Nghị quyết 57-NQ/TW and
 * 71/NQ-CP). The fix inserts the correct citation line. A citation with a wrong
 * date or a miswritten number still counts as citing it (legal-basis-wrong-date reports it).
 */
export const legalBasisRequired: Rule = {
  id: 'legal-basis-required',
  severity: 'error',
  description: 'Căn cứ lập kế hoạch phải dẫn Nghị quyết số 57-NQ/TW và Nghị quyết số 71/NQ-CP.',
  run(ctx, report) {
    const ix = indexOf(ctx);
    const basis = ctx.template.legalBasisSection ?? DEFAULT_BASIS;
    const found = ix.present.get(basis)?.[0];
    if (!found) return;
    const cited = (ix.allBySection.get(basis) ?? []).flatMap((p) => (p.isHeading ? [] : findCitations(p.text)));
    for (const d of ctx.template.knownDocuments) {
      if (!d.requiredInBasis || cited.some((c) => compareCitation(c, d) !== 'other')) continue;
      const vars = { kind: d.kind, number: d.number, date: viDate(d.date), issuer: d.issuer, section: basis };
      report({
        section: basis,
        blockId: found.headingBlockId,
        messageId: 'legalBasisRequired',
        data: vars,
        fix: { kind: 'insertParagraph', section: basis, text: msg('citationText', vars) },
      });
    }
  },
};
