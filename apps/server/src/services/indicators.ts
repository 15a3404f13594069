import type { CatalogEntry } from '@cds/plan';
import { foldKey } from '@cds/model';
import type { LatestPlanData } from '../repositories/mst.js';

export interface IndicatorValue {
  agency: LatestPlanData['agency'];
  planId: number;
  status: LatestPlanData['status'];
  source: LatestPlanData['source'];
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
 * Groups every plan's indicators by catalogue code (catalogue order first), then
 * the agencies' own indicators by folded name. Pure.
 */
export function indicatorsAcrossAgencies(data: LatestPlanData[], catalog: CatalogEntry[], onlyCode?: string): IndicatorAcrossAgencies[] {
  const groups = new Map<string, IndicatorAcrossAgencies>();
  for (const e of catalog) groups.set(`code:${e.code}`, { code: e.code, name: e.name, unit: e.unit, inCatalog: true, values: [] });
  for (const d of data) {
    for (const ind of d.plan.indicators) {
      const key = ind.code ? `code:${ind.code}` : `name:${foldKey(ind.name)}`;
      let g = groups.get(key);
      if (!g) {
        g = { code: ind.code, name: ind.name, unit: ind.unit, inCatalog: false, values: [] };
        groups.set(key, g);
      }
      g.values.push({
        agency: d.agency, planId: d.planId, status: d.status, source: d.source, name: ind.name,
        target2026: ind.target2026, target2026Value: ind.target2026Value, target2030: ind.target2030, target2030Value: ind.target2030Value,
      });
    }
  }
  const all = [...groups.values()];
  return onlyCode ? all.filter((g) => g.code === onlyCode) : all;
}
