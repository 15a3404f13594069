import type { AgencyKind, CatalogEntry } from '@cds/plan';

/** The entries a given agency must plan for: by kind, "all", or by its code. */
export function entriesFor(entries: readonly CatalogEntry[], agency: { kind: AgencyKind; code?: string | null }): CatalogEntry[] {
  return entries.filter((e) =>
    Array.isArray(e.appliesTo)
      ? agency.code != null && e.appliesTo.includes(agency.code)
      : e.appliesTo === 'all' || e.appliesTo === agency.kind,
  );
}
