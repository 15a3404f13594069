import type { Indicator } from '@cds/plan';
import { isBlankish } from '../../context/content.js';
import { indicatorName, isEmptyRow } from '../../context/indicators.js';

import type { Rule } from '../../rule.js';
import { missingColumnsOf } from '../../context/tables.js';

/** Fields every indicator must fill (unit, targets and deadline have rules of their own). */
const FIELDS = ['name', 'method', 'measurement', 'lead', 'resources'] as const satisfies readonly (keyof Indicator)[];

/** Each indicator names itself, its calculation method, measurement, lead unit and resources: one finding per empty field. */
export const indicatorFieldMissing: Rule = {
  id: 'indicator-field-missing',
  severity: 'error',
  description: 'Mỗi chỉ tiêu phải có tên, phương pháp tính, cách đo lường, đánh giá, cơ quan chủ trì và nguồn lực.',
  reads: ['plan.indicators', 'plan.tables', 'tables'],
  run(ctx, report) {
    const spec = ctx.template.tables.indicators;
    const label = (key: string) => spec.columns.find((c) => c.key === key)?.label ?? key;
    ctx.plan.indicators.forEach((ind, i) => {
      if (isEmptyRow(ind)) return;
      const noColumn = missingColumnsOf(ctx, ind.blockId);
      for (const field of FIELDS) {
        if (!isBlankish(ind[field]) || noColumn.has(field)) continue;
        report({
          section: spec.section,
          blockId: ind.blockId,
          messageId: 'indicatorFieldMissing',
          data: { name: indicatorName(ind, i), field: label(field), fieldKey: field },
        });
      }
    });
  },
};
