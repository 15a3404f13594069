import type { CatalogEntry, Indicator } from '@cds/plan';
import { foldKey } from '@cds/model';
import type { LatestPlanRef, PlanItems } from '../repositories/latest-plan-items.js';

/** The indicator fields the cross-agency view reads (nothing else leaves the database). */
export const INDICATOR_VIEW_FIELDS = ['code', 'name', 'unit', 'target2026', 'target2026Value', 'target2030', 'target2030Value'] as const;
export type IndicatorViewFields = Pick<Indicator, (typeof INDICATOR_VIEW_FIELDS)[number]>;

export interface IndicatorValue {
  agency: LatestPlanRef['agency'];
  planId: number;
  status: LatestPlanRef['status'];
  source: LatestPlanRef['source'];
  name: string;
  target2026: string;
  target2026Value: number | null;
  target2030: string;
  target2030Value: number | null;
}

export interface IndicatorAcrossAgencies {
  code: string | null;
  name: string;
  unit: string;
  inCatalog: boolean;
  values: IndicatorValue[];
}

/**
 * Groups plans' indicators by catalogue code (catalogue order first), then the
 * agencies' own indicators by folded name, as plans are added (in plan order).
 */
export class IndicatorGroups {
  private readonly groups = new Map<string, IndicatorAcrossAgencies>();

  constructor(catalog: CatalogEntry[]) {
    for (const e of catalog) this.groups.set(`code:${e.code}`, { code: e.code, name: e.name, unit: e.unit, inCatalog: true, values: [] });
  }

  add(data: Iterable<PlanItems<IndicatorViewFields>>): void {
    for (const { plan: d, items } of data) {
      for (const ind of items) {
        const key = ind.code ? `code:${ind.code}` : `name:${foldKey(ind.name)}`;
        let g = this.groups.get(key);
        if (!g) {
          g = { code: ind.code, name: ind.name, unit: ind.unit, inCatalog: false, values: [] };
          this.groups.set(key, g);
        }
        g.values.push({
          agency: d.agency,
          planId: d.planId,
          status: d.status,
          source: d.source,
          name: ind.name,
          target2026: ind.target2026,
          target2026Value: ind.target2026Value,
          target2030: ind.target2030,
          target2030Value: ind.target2030Value,
        });
      }
    }
  }

  result(onlyCode?: string): IndicatorAcrossAgencies[] {
    const all = [...this.groups.values()];
    return onlyCode ? all.filter((g) => g.code === onlyCode) : all;
  }
}

/** The groups of plans' indicators across agencies. Pure. */
export function indicatorsAcrossAgencies(data: PlanItems<IndicatorViewFields>[], catalog: CatalogEntry[], onlyCode?: string): IndicatorAcrossAgencies[] {
  const groups = new IndicatorGroups(catalog);
  groups.add(data);
  return groups.result(onlyCode);
}
