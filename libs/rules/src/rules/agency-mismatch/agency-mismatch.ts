import { agencyByCode } from '@cds/template';
import type { Rule } from '../../rule.js';

/**
 * A plan is its own agency's: when the caller says which agency is signed in
 * (`agencyCode`) and the document's header names another known agency, the plan
 * would be filed (and its indicators exported) under the wrong one. Silent when
 * either side is unknown: a header naming no listed agency proves nothing.
 */
export const agencyMismatch: Rule = {
  id: 'agency-mismatch',
  severity: 'error',
  description: 'Cơ quan ghi ở đầu văn bản phải là cơ quan đang nộp kế hoạch.',
  reads: ['structure'],
  run(ctx, report) {
    const signedIn = ctx.agencyCode ? agencyByCode(ctx.agencyCode) : undefined;
    const named = ctx.detectedAgency?.agency;
    if (!signedIn || !named || named.code === signedIn.code) return;
    report({
      section: null,
      blockId: ctx.doc.body[0]?.id ?? null,
      messageId: 'agencyMismatch',
      data: { found: named.name, expected: signedIn.name, foundCode: named.code, expectedCode: signedIn.code },
    });
  },
};
