import type * as z from 'zod';
import type { PlanCompareSchema } from '@cds/api';
import { foldKey } from '@cds/model';
import type { Indicator, PlanData, PlanSection, Task } from '@cds/plan';

type Compare = z.infer<typeof PlanCompareSchema>;
type FieldChange = { field: string; before: string; after: string };
type RowChange = Compare['indicators'][number];

const text = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : String(v));

function fieldChanges<T extends object>(a: T | undefined, b: T | undefined, fields: readonly (keyof T & string)[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of fields) {
    const before = text(a?.[f]);
    const after = text(b?.[f]);
    if (before !== after) out.push({ field: f, before, after });
  }
  return out;
}

const sectionView = (s: PlanSection) => ({ heading: s.heading, text: s.text, results: s.items?.results ?? null, shortcomings: s.items?.shortcomings ?? null });
const SECTION_FIELDS = ['heading', 'text', 'results', 'shortcomings'] as const;
const INDICATOR_FIELDS = [
  'name',
  'unit',
  'target2026',
  'target2030',
  'method',
  'measurement',
  'lead',
  'deadline',
  'resources',
  'parentCode',
] as const satisfies readonly (keyof Indicator)[];
const TASK_FIELDS = [
  'section',
  'name',
  'expectedResult',
  'effectiveness',
  'deadline',
  'implementingUnit',
  'fundingSource',
  'amount',
] as const satisfies readonly (keyof Task)[];

/** Rows matched by key (a repeated key is numbered: the second "x" is "x #2"), then compared field by field. */
function rowChanges<T extends object>(a: T[], b: T[], keyOf: (r: T) => string, fields: readonly (keyof T & string)[]): RowChange[] {
  const keyed = (rows: T[]) => {
    const seen = new Map<string, number>();
    return new Map(
      rows.map((r) => {
        const k = keyOf(r);
        const n = (seen.get(k) ?? 0) + 1;
        seen.set(k, n);
        return [n > 1 ? `${k} #${n}` : k, r] as const;
      }),
    );
  };
  const before = keyed(a);
  const after = keyed(b);
  const out: RowChange[] = [];
  for (const [key, row] of before) {
    const next = after.get(key);
    if (!next) out.push({ key, change: 'removed', fields: fieldChanges(row, undefined, fields) });
    else {
      const fs = fieldChanges(row, next, fields);
      if (fs.length) out.push({ key, change: 'changed', fields: fs });
    }
  }
  for (const [key, row] of after) if (!before.has(key)) out.push({ key, change: 'added', fields: fieldChanges(undefined, row, fields) });
  return out;
}

/**
 * What changed between two versions of a plan, in the extracted data: section by
 * section (heading, body text, a)/b) items), then indicators by catalogue code (or
 * name) and tasks by area and name. Pure.
 */
export function diffPlans(a: PlanData, b: PlanData): Pick<Compare, 'sections' | 'indicators' | 'tasks'> {
  const sa = new Map(a.sections.map((s) => [s.id, s]));
  const sb = new Map(b.sections.map((s) => [s.id, s]));
  const ids = [...new Set([...b.sections.map((s) => s.id), ...a.sections.map((s) => s.id)])];
  const sections: Compare['sections'] = [];
  for (const id of ids) {
    const x = sa.get(id);
    const y = sb.get(id);
    const fields = fieldChanges(x && sectionView(x), y && sectionView(y), SECTION_FIELDS);
    if (!x) sections.push({ id, heading: y!.heading, change: 'added', fields });
    else if (!y) sections.push({ id, heading: x.heading, change: 'removed', fields });
    else if (fields.length) sections.push({ id, heading: y.heading, change: 'changed', fields });
  }
  return {
    sections,
    indicators: rowChanges(a.indicators, b.indicators, (i) => i.code ?? foldKey(i.name), INDICATOR_FIELDS),
    tasks: rowChanges(a.tasks, b.tasks, (t) => `${t.section} · ${foldKey(t.name)}`, TASK_FIELDS),
  };
}
