import { tables } from '@cds/model';
import type { RuleContext } from '../rule.js';

const memo = new WeakMap<RuleContext, Map<string, ReadonlySet<string>>>();
const NONE: ReadonlySet<string> = new Set();

/**
 * The required fields a row's table has no column for. table-column-missing reports
 * such a column once for the table; the per-row rules skip the field, so a column the
 * reader could not map gives one finding, not one per row.
 */
export function missingColumnsOf(ctx: RuleContext, rowId: string): ReadonlySet<string> {
  let byRow = memo.get(ctx);
  if (!byRow) {
    byRow = new Map();
    const missing = new Map((ctx.plan.tables ?? []).filter((t) => t.missing.length).map((t) => [t.blockId, new Set(t.missing)]));
    if (missing.size)
      for (const t of tables(ctx.doc.body)) {
        const m = missing.get(t.id);
        if (m) for (const r of t.rows) byRow.set(r.id, m);
      }
    memo.set(ctx, byRow);
  }
  return byRow.get(rowId) ?? NONE;
}
