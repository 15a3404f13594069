import { CatalogEntrySchema, type CatalogEntry } from '@cds/plan';

/** A catalogue entry for tests (defaults: a percentage for every agency). */
export function entry(p: Partial<CatalogEntry> & { code: string; name: string }): CatalogEntry {
  return CatalogEntrySchema.parse({ unit: '%', appliesTo: 'all', ...p });
}
