import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { DiagnosticsReportBody } from '@cds/api';
import { createdAt } from './_shared.js';
import { agencies } from './agencies.js';
import { users } from './users.js';

/**
 * Reports of the Word add-in's "Chẩn đoán": what a real Word did with each adapter
 * operation. Append-only. The columns administrators sort and filter by are their
 * own; the rest of the report is kept as sent (bounded by the contract).
 */
export const diagnosticReports = pgTable(
  'diagnostic_reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The sender's agency when they sent it (MST staff have none). */
    agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    /** When it ran, by the client's clock. */
    ranAt: timestamp('ran_at', { withTimezone: true, mode: 'date' }).notNull(),
    wordVersion: text('word_version').notNull(),
    platform: text('platform').notNull(),
    webview: text('webview').notNull(),
    passed: integer('passed').notNull(),
    failed: integer('failed').notNull(),
    report: jsonb('report').$type<DiagnosticsReportBody>().notNull(),
    createdAt,
  },
  (t) => [index('diagnostic_reports_created_idx').on(t.createdAt)],
);

export type DiagnosticReport = typeof diagnosticReports.$inferSelect;
export type NewDiagnosticReport = typeof diagnosticReports.$inferInsert;
