import { createInsertSchema } from 'drizzle-zod';
import { z } from 'zod';
import { agencies } from '../db/schema/agencies.js';
import { AgencySchema, IsoDate, RoleSchema } from './common.js';
import { RoundSchema } from './plans.js';

export const RoundBodySchema = z.object({
  name: z.string().trim().min(1).max(300),
  templateVersion: z.string().min(1),
  opensAt: z.iso.datetime({ offset: true }),
  deadline: z.iso.datetime({ offset: true }),
  latePolicy: z.enum(['accept-flagged', 'refuse']).default('accept-flagged'),
});

export const RoundWithCatalogSchema = RoundSchema.extend({ catalogName: z.string().nullable(), catalogSample: z.boolean(), createdAt: IsoDate });

/** Derived from the table (drizzle-zod), tightened for input. */
export const AgencyBodySchema = createInsertSchema(agencies, {
  code: (s) => s.trim().min(1).max(40),
  name: (s) => s.trim().min(1).max(300),
  category: (s) => s.max(60),
}).pick({ code: true, name: true, kind: true, category: true });
export { AgencySchema };

export const UserBodySchema = z.object({
  email: z.email().max(200),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(8).max(200),
  role: RoleSchema,
  agencyId: z.number().int().positive().nullable().default(null),
});

export const CatalogImportBodySchema = z.object({
  roundId: z.number().int().positive(),
  format: z.enum(['csv', 'json']),
  /** The file's text (CSV with a header row, or JSON: an array or { entries }). */
  content: z.string().min(1),
  name: z.string().trim().min(1).max(300).default('Danh mục chỉ tiêu'),
  sample: z.boolean().default(false),
});

export const CatalogImportResultSchema = z.object({ roundId: z.number(), name: z.string(), sample: z.boolean(), imported: z.number() });
