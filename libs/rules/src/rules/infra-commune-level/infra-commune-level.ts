import { ownContent } from '../../context/area.js';
import { indexOf } from '../../context/index.js';
import { msg } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

const COMMUNE = /\b(xa|phuong|cap co so|thi tran|dac khu)\b/;
const AFFILIATED = /\b(truc thuoc|don vi thuoc|cac don vi|don vi co so|cac cuc|cac vu)\b/;

/**
 * Digital infrastructure (the area whose template requires `communeLevel`, P2.III.3)
 * reaches commune/ward level for provinces and affiliated units for ministries.
 * Skipped when the agency's kind is unknown or the area is empty (other rules report that).
 */
export const infraCommuneLevel: Rule = {
  id: 'infra-commune-level',
  severity: 'error',
  description: 'Hạ tầng số phải tới cấp xã, phường (tỉnh) hoặc tới các đơn vị trực thuộc (bộ, ngành).',
  run(ctx, report) {
    if (!ctx.agencyKind) return;
    const ix = indexOf(ctx);
    for (const s of ctx.template.sections) {
      if (!s.requires?.includes('communeLevel')) continue;
      const found = ix.present.get(s.id)?.[0];
      if (!found) continue;
      const own = ownContent(ix, s.id, ctx.plan.tasks);
      if (!own.paragraphs.length && !own.tasks.length) continue;
      const province = ctx.agencyKind === 'province';
      if ((province ? COMMUNE : AFFILIATED).test(own.folded)) continue;
      report({ section: s.id, blockId: found.headingBlockId, message: msg(province ? 'infraCommuneProvince' : 'infraCommuneCentral', { section: s.id }) });
    }
  },
};
