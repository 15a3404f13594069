import type { AgencyKind } from './schema.js';
import type { CatalogEntry } from './catalog.js';

/**
 * The catalogue entries an agency must plan for: those for `all`, for its kind,
 * or naming its code.
 */
export function assignedEntries(entries: readonly CatalogEntry[], kind: AgencyKind | null, agencyCode?: string | null): CatalogEntry[] {
  return entries.filter((e) =>
    Array.isArray(e.appliesTo) ? agencyCode != null && e.appliesTo.includes(agencyCode) : e.appliesTo === 'all' || (kind !== null && e.appliesTo === kind),
  );
}
