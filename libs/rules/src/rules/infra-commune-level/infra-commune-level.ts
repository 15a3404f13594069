import { ownContent } from '../../context/area.js';
import { indexOf } from '../../context/index.js';
import type { Rule } from '../../rule.js';

/** Matched on lower-case text with diacritics: folded, "xã" would match "xa" and "phường" "phương". */
const COMMUNE = /(?<!\p{L})(xã(?!\s+hội)|phường|thị trấn|đặc khu|cấp cơ sở)(?!\p{L})/u;
const AFFILIATED = /(?<!\p{L})(trực thuộc|đơn vị thuộc|đơn vị cơ sở|đơn vị sự nghiệp|các cục|các vụ|cơ quan thuộc)(?!\p{L})/u;

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
      if ((province ? COMMUNE : AFFILIATED).test(own.lower)) continue;
      report({ section: s.id, blockId: found.headingBlockId, messageId: province ? 'infraCommuneProvince' : 'infraCommuneCentral' });
    }
  },
};
