import { sql } from 'drizzle-orm';
import { pgEnum, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { AGENCY_KINDS } from '@cds/template/enums';
import { timestamps } from './_shared.js';

export const agencyKind = pgEnum('agency_kind', AGENCY_KINDS);

/** An agency that submits a plan: a province/city or a central agency. Editable by admins. */
export const agencies = pgTable(
  'agencies',
  {
    id: serial('id').primaryKey(),
    /** Official province code ("01") or our short code for central agencies ("BTC"). */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: agencyKind('kind').notNull(),
    /** Finer grouping for display: city, province, ministry, ministry-level, government-agency. */
    category: text('category'),
    ...timestamps,
  },
  // "BO-TEST" and "bo-test" are one agency: codes are unique whatever their case.
  (t) => [uniqueIndex('agencies_code_lower_uq').on(sql`lower(${t.code})`)],
);

export type Agency = typeof agencies.$inferSelect;
export type NewAgency = typeof agencies.$inferInsert;
