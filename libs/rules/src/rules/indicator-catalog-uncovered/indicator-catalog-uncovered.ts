import { indexOf } from '../../context/index.js';
import { SAME_NAME, nameSimilarity } from '../../context/indicators.js';

import type { Rule } from '../../rule.js';

/**
 * Every indicator the catalogue assigns to this agency must have a row: one whose
 * code is the entry's, or whose name matches the entry's closely. Runs only when
 * a catalogue is known (the command line needs `--catalog`).
 */
export const indicatorCatalogUncovered: Rule = {
  id: 'indicator-catalog-uncovered',
  severity: 'error',
  description: 'Mọi chỉ tiêu được giao trong danh mục phải có trong bảng chỉ tiêu của kế hoạch.',
  reads: ['outline', 'plan.indicators'],
  run(ctx, report) {
    if (!ctx.catalog) return;
    const section = ctx.template.tables.indicators.section;
    const heading = indexOf(ctx).present.get(section)?.[0]?.headingBlockId ?? null;
    const codes = new Set(ctx.plan.indicators.map((i) => (i.code ?? '').trim().toUpperCase()).filter(Boolean));
    for (const e of ctx.catalog) {
      if (codes.has(e.code.trim().toUpperCase())) continue;
      if (ctx.plan.indicators.some((i) => nameSimilarity(i.name, e.name) >= SAME_NAME)) continue;
      report({ section, blockId: heading, messageId: 'indicatorCatalogUncovered', data: { name: e.name, code: e.code, unit: e.unit || '—' } });
    }
  },
};
