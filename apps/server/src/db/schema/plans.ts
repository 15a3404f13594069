import { boolean, index, integer, json, jsonb, pgEnum, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { PLAN_STATUSES } from '@cds/api';
import type { PlanData } from '@cds/plan';
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

/** Every synced revision of a plan, as the add-in extracted it. */
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
    /** sha256 of the request body the key was first used with: the same key with another body is refused. Null for rows stored before it existed. */
    requestHash: text('request_hash'),
    /**
     * `json`, not `jsonb`: revisions are written on every sync, and storing the text
     * is about twice as fast to insert. Only MST's cross-agency views look inside
     * (latest-plan-items.ts unnests indicators and tasks), paying a parse per plan.
     */
    plan: json('plan').$type<PlanData>().notNull(),
    findingsSummary: jsonb('findings_summary').$type<FindingsSummary>().notNull(),
    completeness: integer('completeness').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt,
  },
  (t) => [unique('plan_revisions_plan_number_uq').on(t.planId, t.number), unique('plan_revisions_plan_key_uq').on(t.planId, t.idempotencyKey)],
);

export type Plan = typeof plans.$inferSelect;
export type PlanRevision = typeof planRevisions.$inferSelect;
export type NewPlanRevision = typeof planRevisions.$inferInsert;
