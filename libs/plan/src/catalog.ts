import * as z from 'zod';
import { AGENCY_KINDS } from '@cds/template/enums';

/** One entry of MST's indicator catalogue (see shared/reference/chi-tieu-mau.md). */
export const CatalogEntrySchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  unit: z.string(),
  /** Source document and annex row. */
  source: z.string().default(''),
  /** Which agencies must plan for it: a kind, all, or a list of agency codes. */
  appliesTo: z.union([z.enum([...AGENCY_KINDS, 'all']), z.array(z.string()).min(1)]),
  target2026: z.string().nullable().default(null),
  target2030: z.string().nullable().default(null),
  /** Plans must give a 2030 target for this indicator. */
  requires2030: z.boolean().default(false),
  direction: z.enum(['up', 'down']).default('up'),
});
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

export const CatalogSchema = z.object({
  name: z.string(),
  /** True for the demo sample: it must be labelled as such wherever it shows. */
  sample: z.boolean().default(false),
  entries: z.array(CatalogEntrySchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;
