import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { PlanData } from '@cds/plan';
import type { Finding } from '@cds/rules';
import { bytea } from './_shared.js';
import { plans } from './plans.js';
import { users } from './users.js';

/**
 * The last receipt number given in each year (BKHCN-2026-000123). Updated in the
 * submission's own transaction, so numbers are gapless: a rolled-back or crashed
 * submission gives its number back (a sequence would skip it, and PGlite skipped
 * its cache of 32 after each crash).
 */
export const receiptCounters = pgTable('receipt_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** A submitted .docx with what the server itself found in it. */
export const submissions = pgTable(
  'submissions',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    receiptNumber: text('receipt_number').notNull().unique(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** sha256 of the .docx and the plan field the key was first used with. Null for rows stored before it existed. */
    requestHash: text('request_hash'),
    fileName: text('file_name').notNull(),
    docx: bytea('docx').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    late: boolean('late').notNull(),
    /** The server's own findings (all severities; none of them errors, or it was refused). */
    findings: jsonb('findings').$type<Finding[]>().notNull(),
    /** The plan data the server extracted from the .docx. */
    plan: jsonb('plan').$type<PlanData>().notNull(),
    completeness: integer('completeness').notNull(),
    submittedBy: integer('submitted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [unique('submissions_plan_key_uq').on(t.planId, t.idempotencyKey), index('submissions_plan_idx').on(t.planId)],
);

export type Submission = typeof submissions.$inferSelect;
export type NewSubmission = typeof submissions.$inferInsert;
