import type * as z from 'zod';
import type { IndicatorAgencyValueSchema, IndicatorDetailSchema, IndicatorListSchema, OutlierKind } from '@cds/api';
import { foldKey } from '@cds/model';
import type { CatalogEntry } from '@cds/plan';
import { parseVnNumber } from '@cds/vn';
import type { Agency } from '../db/schema/index.js';
import type { Repositories } from '../plugins/app/repositories.js';
import type { Actor } from '../repositories/ownership.js';
import { lookupRound, type RoundLookup } from './round-lookup.js';

type AgencyValue = z.infer<typeof IndicatorAgencyValueSchema>;
type Detail = z.infer<typeof IndicatorDetailSchema>;
type List = z.infer<typeof IndicatorListSchema>;

/** The fields of a plan's indicator that the view reads (nothing else leaves the database). */
const DETAIL_FIELDS = ['code', 'name', 'unit', 'target2026', 'target2026Value', 'target2030', 'target2030Value', 'lead', 'deadline'] as const;
const LIST_FIELDS = ['code', 'unit', 'target2026Value'] as const;

/** A catalogue target as a number: "≥ 80%" → 80; null when it does not state one. */
export const nationalValue = (text: string | null | undefined) => (text ? (parseVnNumber(text)?.value ?? null) : null);

/** Is this agency one the entry is assigned to? */
export const assignedTo = (e: CatalogEntry, a: Pick<Agency, 'kind' | 'code'>) =>
  Array.isArray(e.appliesTo) ? e.appliesTo.includes(a.code) : e.appliesTo === 'all' || e.appliesTo === a.kind;

/**
 * What MST would question in one agency's value: a 2026 target below the national
 * goal (above it, for an indicator that should go down), a unit that is not the catalogue's.
 */
export function outliersOf(e: CatalogEntry, national: number | null, v: { unit: string; target2026Value: number | null }): OutlierKind[] {
  const out: OutlierKind[] = [];
  if (national !== null && v.target2026Value !== null && (e.direction === 'down' ? v.target2026Value > national : v.target2026Value < national))
    out.push('below_national');
  if (v.unit.trim() && foldKey(v.unit).replace(/\s+/g, '') !== foldKey(e.unit).replace(/\s+/g, '')) out.push('unit_mismatch');
  return out;
}

export type IndicatorListResult = Exclude<RoundLookup, { kind: 'ok' }> | { kind: 'ok'; list: List };

/** The round's catalogue, a page at a time, each entry with how many assigned agencies planned it and how many values stand out. */
export async function indicatorList(
  repos: Repositories,
  actor: Actor,
  q: { roundId?: number | undefined; page: number; pageSize: number },
  now: Date,
): Promise<IndicatorListResult> {
  const found = await lookupRound(repos.rounds, q.roundId, now);
  if (found.kind !== 'ok') return found;
  const roundId = found.round.id;
  const [catalog, agencies] = await Promise.all([repos.rounds.catalog(roundId), repos.agencies.list()]);
  const pageEntries = catalog.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const stats = new Map(pageEntries.map((e) => [e.code, { entry: e, national: nationalValue(e.target2026), planners: new Set<number>(), outliers: 0 }]));
  if (stats.size) {
    for await (const page of repos.mst.latestItems(actor, { roundId, list: 'indicators', fields: LIST_FIELDS })) {
      for (const { plan, items } of page) {
        for (const i of items) {
          const s = i.code ? stats.get(i.code) : undefined;
          if (!s) continue;
          if (assignedTo(s.entry, plan.agency)) s.planners.add(plan.agency.id);
          if (outliersOf(s.entry, s.national, i).length) s.outliers++;
        }
      }
    }
  }
  const items = pageEntries.map((e) => {
    const s = stats.get(e.code)!;
    return { entry: e, assigned: agencies.filter((a) => assignedTo(e, a)).length, planned: s.planners.size, outliers: s.outliers };
  });
  return { kind: 'ok', list: { roundId, page: q.page, pageSize: q.pageSize, total: catalog.length, items } };
}

export type IndicatorDetailResult = Exclude<RoundLookup, { kind: 'ok' }> | { kind: 'entry_not_found' } | { kind: 'ok'; detail: Detail };

/** One catalogue indicator across agencies: every value (paged), the distribution of 2026 targets, coverage, outliers. */
export async function indicatorDetail(
  repos: Repositories,
  actor: Actor,
  code: string,
  q: { roundId?: number | undefined; page: number; pageSize: number },
  now: Date,
): Promise<IndicatorDetailResult> {
  const found = await lookupRound(repos.rounds, q.roundId, now);
  if (found.kind !== 'ok') return found;
  const roundId = found.round.id;
  const [catalog, agencies] = await Promise.all([repos.rounds.catalog(roundId), repos.agencies.list()]);
  const entry = catalog.find((e) => e.code === code);
  if (!entry) return { kind: 'entry_not_found' };
  const national = { target2026: nationalValue(entry.target2026), target2030: nationalValue(entry.target2030) };
  const values: AgencyValue[] = [];
  for await (const page of repos.mst.latestItems(actor, { roundId, list: 'indicators', fields: DETAIL_FIELDS, code })) {
    for (const { plan, items } of page) {
      for (const i of items) {
        values.push({
          agency: plan.agency,
          planId: plan.planId,
          status: plan.status,
          source: plan.source,
          name: i.name,
          unit: i.unit,
          target2026: i.target2026,
          target2026Value: i.target2026Value,
          target2030: i.target2030,
          target2030Value: i.target2030Value,
          lead: i.lead,
          deadline: i.deadline,
          outliers: outliersOf(entry, national.target2026, i),
        });
      }
    }
  }
  const planners = new Set(values.map((v) => v.agency.id));
  const assigned = agencies.filter((a) => assignedTo(entry, a));
  const missing = assigned.filter((a) => !planners.has(a.id)).map((a) => ({ id: a.id, code: a.code, name: a.name, kind: a.kind }));
  const count = (k: OutlierKind) => values.filter((v) => v.outliers.includes(k)).length;
  return {
    kind: 'ok',
    detail: {
      roundId,
      entry,
      national,
      page: q.page,
      pageSize: q.pageSize,
      total: values.length,
      values: values.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
      distribution: values
        .filter((v) => v.target2026Value !== null)
        .map((v) => ({ code: v.agency.code, name: v.agency.name, kind: v.agency.kind, value: v.target2026Value! })),
      coverage: { assigned: assigned.length, planned: assigned.length - missing.length, missing },
      outliers: { below_national: count('below_national'), unit_mismatch: count('unit_mismatch') },
    },
  };
}
