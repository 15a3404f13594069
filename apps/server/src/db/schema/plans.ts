import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, json, jsonb, pgEnum, pgTable, primaryKey, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { PLAN_STATUSES } from '@cds/api';
import type { PlanData, SectionList } from '@cds/plan';
import { createdAt, timestamps } from './_shared.js';
import { agencies } from './agencies.js';
import { rounds } from './rounds.js';
import { users } from './users.js';

export const planStatus = pgEnum('plan_status', PLAN_STATUSES);
export type PlanStatus = (typeof planStatus.enumValues)[number];

/** Counts of findings by severity, as the add-in last computed them. */
export interface FindingsSummary {
  error: number;
  warning: number;
  info: number;
}

/** One agency's plan in one round: draft → submitted → returned → submitted … → accepted. */
export const plans = pgTable(
  'plans',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    status: planStatus('status').notNull().default('draft'),
    /** Number of the latest revision; 0 before the first sync. */
    currentRevision: integer('current_revision').notNull().default(0),
    completeness: integer('completeness').notNull().default(0),
    lastSyncedAt: timestamp('last_synced_at', { withTimezone: true, mode: 'date' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    late: boolean('late').notNull().default(false),
    ...timestamps,
  },
  (t) => [unique('plans_round_agency_uq').on(t.roundId, t.agencyId), index('plans_agency_idx').on(t.agencyId)],
);

/**
 * Every synced revision of a plan. Since migration 0006 a revision is the list of its
 * parts' hashes (`sections`: the plan-level rest and one body per section, see
 * @cds/plan's section-hash.ts), the parts stored once per plan in plan_section_bodies;
 * revisions stored before keep their whole `plan` JSON. Exactly one of the two is set.
 */
export const planRevisions = pgTable(
  'plan_revisions',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    baseRevision: integer('base_revision').notNull(),
    /** Client-chosen key: a retried sync returns this revision instead of making another. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** sha256 of the request the key was first used with: the same key with another request is refused. Null for rows stored before it existed. */
    requestHash: text('request_hash'),
    /** The whole plan, for revisions stored before migration 0006 (null since: see `sections`). */
    plan: json('plan').$type<PlanData>(),
    /** The revision as hashes (`json`: written on every sync, read back whole, never searched). */
    sections: json('sections').$type<SectionList>(),
    findingsSummary: jsonb('findings_summary').$type<FindingsSummary>().notNull(),
    completeness: integer('completeness').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt,
  },
  (t) => [
    unique('plan_revisions_plan_number_uq').on(t.planId, t.number),
    unique('plan_revisions_plan_key_uq').on(t.planId, t.idempotencyKey),
    check('plan_revisions_plan_or_sections', sql`${t.plan} is not null or ${t.sections} is not null`),
  ],
);

/**
 * Each distinct part (a section body or the plan-level rest) of a plan's revisions,
 * once, by the SHA-256 of its canonical JSON: a sync stores only the parts that
 * changed. `body` is that canonical JSON as text (its hash is over these exact
 * characters). The row counts let MST's views open only the parts that hold rows.
 */
export const planSectionBodies = pgTable(
  'plan_section_bodies',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    hash: text('hash').notNull(),
    body: text('body').notNull(),
    /** The plan-level rest (named by a list's `rest`), not a section body: a list may not use one for the other. */
    isRest: boolean('is_rest').notNull().default(false),
    indicators: integer('indicators').notNull().default(0),
    tasks: integer('tasks').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'plan_section_bodies_pk', columns: [t.planId, t.hash] })],
);

export type Plan = typeof plans.$inferSelect;
/** A revision row as stored: `plan` (before 0006) or `sections` (since). */
export type PlanRevisionRow = typeof planRevisions.$inferSelect;
/** A revision as read: its plan rebuilt from its parts when it was stored as hashes. */
export type PlanRevision = Omit<PlanRevisionRow, 'plan' | 'sections'> & { plan: PlanData };
export type NewPlanRevision = typeof planRevisions.$inferInsert;
export type PlanSectionBody = typeof planSectionBodies.$inferSelect;
